package uk.co.leicestershirecares.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.AT_RISK_OF_OFFENDING;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.CARE_EXPERIENCED;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.CONVICTION;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.HOMELESS;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.NEET;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.ROUGH_SLEEPING;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.SEND;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.TEMPORARY_ACCOMMODATION;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.YOUTH_JUSTICE;
import static uk.co.leicestershirecares.core.table.TableMistakes.mistake;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.plan.AgeBand;
import uk.co.leicestershirecares.core.plan.AnnualPlan;
import uk.co.leicestershirecares.core.plan.AnnualPlans;
import uk.co.leicestershirecares.core.plan.PlanYear;
import uk.co.leicestershirecares.core.plan.PriorityGroup;
import uk.co.leicestershirecares.core.plan.PriorityGroupRule;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Sources;

/**
 * The annual plans table as analysts edit it: the shipped plans, a new plan year as a new row,
 * and each mistake reported at its file, row and column.
 */
final class AnnualPlanTableTest {
  private static final String FILE = "annual-plans.drl.csv";
  private static final String SHIPPED = AnnualPlanTable.shippedText();
  private static final Consumer<String> READ = text -> AnnualPlanTable.read(FILE, text);
  private static final ProgrammeCode TYW = ProgrammeCode.TARGETED_YOUTH_WORK;
  private static final String NEW_PLAN = "PLAN.2027-28,policy-decisions.md,TARGETED_YOUTH_WORK,"
      + "2027/28,2027-04-01,16 to 24,the plan,NEET: NEET,required,"
      + "The 2027-28 plan works with NEET young people aged 16 to 24.";

  @Test
  void theShippedTableHoldsTheTwoPlansOfTargetedYouthWork() {
    AnnualPlanTable table = AnnualPlanTable.shipped();
    List<AnnualPlan> plans = table.plans(TYW).plans();

    assertThat(table.file()).isEqualTo(FILE);
    assertThat(table.decisionTable().rows()).extracting(DecisionTable.Row::number)
        .containsExactly(9, 10);
    assertThat(plans).hasSize(2);

    AnnualPlan first = plans.get(0);
    assertThat(first.planYear()).isEqualTo(PlanYear.parse("2021/22"));
    assertThat(first.effectiveFrom()).isEqualTo(LocalDate.of(2021, 4, 1));
    assertThat(first.ageBand()).isEqualTo(AgeBand.of(15, 24));
    assertThat(first.priorityGroups()).extracting(PriorityGroup::name)
        .containsExactly("care experienced", "NEET", "homeless", "ex-offending");
    assertThat(group(first, "homeless").circumstances())
        .containsExactlyInAnyOrder(HOMELESS, ROUGH_SLEEPING, TEMPORARY_ACCOMMODATION);
    assertThat(group(first, "ex-offending").circumstances()).containsExactly(CONVICTION);
    assertThat(first.source().document()).isEqualTo("004_8f1d1615dcf5d37d.txt");

    AnnualPlan second = plans.get(1);
    assertThat(second.planYear()).isEqualTo(PlanYear.parse("2024/25"));
    assertThat(second.effectiveFrom()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(second.ageBand()).isEqualTo(AgeBand.of(15, 24));
    assertThat(second.priorityGroups()).extracting(PriorityGroup::name).containsExactly(
        "care experienced", "NEET", "homeless", "SEND", "youth-justice involved");
    assertThat(group(second, "care experienced").circumstances())
        .containsExactly(CARE_EXPERIENCED);
    assertThat(group(second, "NEET").circumstances()).containsExactly(NEET);
    assertThat(group(second, "SEND").circumstances()).containsExactly(SEND);
    assertThat(group(second, "youth-justice involved").circumstances())
        .containsExactlyInAnyOrder(YOUTH_JUSTICE, AT_RISK_OF_OFFENDING);
    assertThat(group(second, "youth-justice involved").beganBefore())
        .containsExactly(Map.entry(CONVICTION, 18));
    assertThat(first.priorityGroupRule()).isEqualTo(PriorityGroupRule.REQUIRED);
    assertThat(first.ageBandSource()).isEqualTo(first.source());
    assertThat(second.priorityGroupRule()).isEqualTo(PriorityGroupRule.PRIORITISED);
    assertThat(second.ageBandSource()).isEqualTo(Sources.PLAN_2024_AGE_BAND);
    assertThat(second.source().document()).isEqualTo("002_c056f95b4ed86a00.txt");
    assertThat(second.source().sentence()).startsWith("We will prioritise working with care"
        + " experienced");
  }

  @Test
  void theLatestShippedPlanInForceApplies() {
    AnnualPlans plans = AnnualPlanTable.shipped().plans(TYW);

    assertThat(plans.firstEffectiveDate()).contains(LocalDate.of(2021, 4, 1));
    assertThat(plans.inForceOn(LocalDate.of(2021, 3, 31))).isEmpty();
    assertThat(plans.inForceOn(LocalDate.of(2021, 4, 1)).map(AnnualPlan::planYear))
        .contains(PlanYear.parse("2021/22"));
    assertThat(plans.inForceOn(LocalDate.of(2024, 3, 31)).map(AnnualPlan::planYear))
        .contains(PlanYear.parse("2021/22"));
    assertThat(plans.inForceOn(LocalDate.of(2024, 4, 1)).map(AnnualPlan::planYear))
        .contains(PlanYear.parse("2024/25"));
    assertThat(plans.inForceOn(LocalDate.of(2030, 1, 1)).map(AnnualPlan::planYear))
        .contains(PlanYear.parse("2024/25"));
  }

  @Test
  void aProgrammeWithNoRowsHasNoPlans() {
    AnnualPlans none = AnnualPlanTable.shipped().plans(ProgrammeCode.UP);

    assertThat(none.plans()).isEmpty();
    assertThat(none.firstEffectiveDate()).isEmpty();
    assertThat(none.inForceOn(LocalDate.of(2025, 1, 1))).isEmpty();
  }

  @Test
  void anAddedRowIsANewPlanInForceFromItsDate() {
    AnnualPlanTable table = AnnualPlanTable.read(FILE, SHIPPED + NEW_PLAN + "\n");
    AnnualPlans plans = table.plans(TYW);

    assertThat(plans.plans()).extracting(AnnualPlan::planYear).containsExactly(
        PlanYear.parse("2021/22"), PlanYear.parse("2024/25"), PlanYear.parse("2027/28"));
    assertThat(plans.inForceOn(LocalDate.of(2027, 3, 31)).map(AnnualPlan::planYear))
        .contains(PlanYear.parse("2024/25"));
    AnnualPlan added = plans.inForceOn(LocalDate.of(2027, 4, 1)).orElseThrow();
    assertThat(added.planYear()).isEqualTo(PlanYear.parse("2027/28"));
    assertThat(added.effectiveFrom()).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(added.ageBand()).isEqualTo(AgeBand.of(16, 24));
    assertThat(added.priorityGroups()).extracting(PriorityGroup::name).containsExactly("NEET");
    assertThat(added.source().document()).isEqualTo("policy-decisions.md");
    assertThat(table.plans(ProgrammeCode.UP).plans()).isEmpty();
  }

  @Test
  void aRowForAnotherProgrammeIsThatProgrammesPlan() {
    AnnualPlanTable table = AnnualPlanTable.read(FILE, SHIPPED + NEW_PLAN
        .replace("PLAN.2027-28,", "PLAN.up-2024-25,")
        .replace(",TARGETED_YOUTH_WORK,2027/28,2027-04-01,", ",UP,2024/25,2024-04-01,") + "\n");

    assertThat(table.plans(ProgrammeCode.UP).plans()).extracting(AnnualPlan::ageBand)
        .containsExactly(AgeBand.of(16, 24));
    assertThat(table.plans(TYW).plans()).hasSize(2);
  }

  @Test
  void twoPlansComingIntoForceOnTheSameDayAreReportedAtTheLaterRow() {
    String sameDay = SHIPPED + NEW_PLAN.replace(",2027-04-01,", ",2024-04-01,") + "\n";

    assertThat(problems(sameDay)).contains(FILE + ":11:5: the plan of"
        + " TARGETED_YOUTH_WORK on row 10 also comes into force on 2024-04-01");
  }

  /**
   * Each mistake with the exact problems it must be reported as: one test, as every case edits
   * the shipped text and expects these problems and no others.
   */
  static Stream<Arguments> mistakes() {
    return Stream.of(
        mistake("theSamePlanYearTwiceForAProgrammeIsReportedAtTheLaterRow",
            SHIPPED + NEW_PLAN.replace(",2027/28,2027-04-01,", ",2024/25,2024-10-01,") + "\n",
            FILE + ":11:4: the 2024/25 plan of TARGETED_YOUTH_WORK is already on row 10"),
        mistake("aPlanComingIntoForceOutsideItsYearIsReportedAtItsDay",
            SHIPPED.replace(",2024/25,2024-04-01,", ",2024/25,2019-04-01,"),
            FILE + ":10:5: the 2024/25 plan cannot come into force on 2019-04-01, outside its"
                + " year (2024-04-01 to 2025-03-31)"),
        mistake("aGroupWithoutAColonIsReportedAtItsCell",
            editGroups("SEND: SEND;", "SEND SEND;"),
            FILE + ":10:8: Priority groups \"SEND SEND\" is not a group such as homeless:"
                + " HOMELESS, ROUGH_SLEEPING (a name, a colon, circumstance names)"),
        mistake("anUnknownCircumstanceInAGroupIsReportedAtItsCell",
            editGroups("SEND: SEND;", "SEND: SEN;"),
            FILE + ":10:8: Priority groups group SEND \"SEN\" is not one of "
                + names(CircumstanceType.values()) + " (separate several with commas)"),
        mistake("aGroupsAreCellOtherThanRequiredOrPrioritisedIsReportedAtItsCell",
            SHIPPED.replace(",prioritised,", ",preferred,"),
            FILE + ":10:9: Groups are \"preferred\" is not required or prioritised"),
        mistake("aBirthdayOutOfRangeIsReportedAtItsCell",
            SHIPPED.replace("YOUTH_JUSTICE, CONVICTION before 18",
                "YOUTH_JUSTICE, CONVICTION before 0"),
            FILE + ":10:8: Priority groups group youth-justice involved counts CONVICTION before"
                + " a birthday from 1 to 150, not 0"),
        mistake("aMemberNamedTwiceIsReportedAtItsCell",
            SHIPPED.replace("YOUTH_JUSTICE, CONVICTION before 18",
                "YOUTH_JUSTICE, YOUTH_JUSTICE before 18"),
            FILE + ":10:8: Priority groups group youth-justice involved names YOUTH_JUSTICE"
                + " twice"),
        mistake("anAgeBandSourceMustBeThePlanOrASentence",
            SHIPPED.replace(",15 to 24,the plan,", ",15 to 24,$the plan,"),
            FILE + ":9:7: Age band source may not hold a double quote, a backslash, a dollar sign"
                + " or a line break"),
        mistake("aGroupNamedTwiceIsReportedAtItsCell",
            editGroups("SEND: SEND;", "NEET: SEND;"),
            FILE + ":10:8: Priority groups names the group NEET twice"),
        mistake("noneIsNotAPlansAgeBand",
            SHIPPED.replace(",2024/25,2024-04-01,15 to 24,", ",2024/25,2024-04-01,none,"),
            FILE + ":10:6: Age band \"none\" is not an age band such as 18 to 25 or 18 or over"),
        mistake("aPlanYearWithTheWrongSecondYearIsReportedAtItsCell",
            SHIPPED.replace(",2024/25,2024-04-01,", ",2024/26,2024-04-01,"),
            FILE + ":10:4: Plan year \"2024/26\" is not a plan year such as 2024/25"),
        mistake("aPlanYearNotWrittenLike2024Slash25IsReportedAtItsCell",
            SHIPPED.replace(",2024/25,2024-04-01,", ",2024-25,2024-04-01,"),
            FILE + ":10:4: Plan year \"2024-25\" is not a plan year such as 2024/25"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void eachMistakeIsRefused(String mistake, String edited, List<String> expected) {
    TableMistakes.assertRefusedWithExactly(READ, SHIPPED, edited, expected);
  }

  private static PriorityGroup group(AnnualPlan plan, String name) {
    return plan.priorityGroups().stream().filter(g -> g.name().equals(name)).findFirst()
        .orElseThrow();
  }

  /** The shipped table with the 2024/25 plan's priority groups edited. */
  private static String editGroups(String from, String to) {
    String row = SHIPPED.lines().filter(l -> l.startsWith("PLAN.2024-25,")).findFirst()
        .orElseThrow();
    assertThat(row).contains(from);
    return SHIPPED.replace(row, row.replace(from, to));
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static List<String> problems(String text) {
    return TableMistakes.problems(READ, text);
  }
}
