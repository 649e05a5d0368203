package uk.co.leicestershirecares.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.eligibility.Requirement;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.plan.AgeBand;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Source;

/**
 * The eligibility table as analysts edit it: the shipped rows, the conditions in force on a day,
 * and each mistake reported at its file, row and column.
 */
final class EligibilityTableTest {
  private static final String FILE = "eligibility.drl.csv";
  private static final String SHIPPED = EligibilityTable.shippedText();
  private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

  @Test
  void theShippedTableReadsOneRequirementPerRowInFileOrder() {
    EligibilityTable table = EligibilityTable.shipped();

    assertThat(table.file()).isEqualTo(FILE);
    assertThat(table.requirements()).hasSize(14);
    assertThat(table.requirements()).extracting(Requirement::row)
        .containsExactly(9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22);
    assertThat(table.requirements()).extracting(Requirement::ruleId).containsExactly(
        "UP.age", "UP.offending", "UP.area",
        "WIRE.conviction", "WIRE.age", "WIRE.area",
        "LEAVING_CARE.care-experienced", "LEAVING_CARE.age",
        "CARE_LEAVER_MENTORING.care-experienced", "CARE_LEAVER_MENTORING.age",
        "MIND_MATTERS.care-experienced", "MIND_MATTERS.age",
        "TARGETED_YOUTH_WORK.age", "TARGETED_YOUTH_WORK.priority-group");
    assertThat(table.decisionTable().rows()).hasSize(14);
    for (Requirement requirement : table.requirements()) {
      assertThat(requirement.inForceFrom()).as(requirement.ruleId()).isEqualTo(LocalDate.MIN);
      assertThat(requirement.inForceTo()).as(requirement.ruleId()).isEmpty();
      assertThat(requirement.ruleId()).startsWith(requirement.programme().value() + ".");
    }
  }

  @Test
  void theShippedRowsHoldTheirConditions() {
    EligibilityTable table = EligibilityTable.shipped();

    Requirement upAge = table.requirements().get(0);
    assertThat(upAge.ruleId()).isEqualTo("UP.age");
    assertThat(upAge.row()).isEqualTo(9);
    assertThat(upAge.programme()).isEqualTo(ProgrammeCode.UP);
    assertThat(upAge.kind()).isEqualTo(Requirement.Kind.AGE_BAND);
    assertThat(upAge.ageBand()).contains(AgeBand.of(18, 25));
    assertThat(upAge.circumstances()).isEmpty();
    assertThat(upAge.areas()).isEmpty();
    assertThat(upAge.source().document()).isEqualTo("000_8df8b8bd680ae635.txt");
    assertThat(upAge.source().sentence()).startsWith("This year, the charity launched the"
        + " Unlocking Potential Project");

    Requirement upOffending = requirement(table, "UP.offending");
    assertThat(upOffending.kind()).isEqualTo(Requirement.Kind.ANY_OF_CIRCUMSTANCES);
    assertThat(upOffending.circumstances()).containsExactly(CircumstanceType.CONVICTION,
        CircumstanceType.AT_RISK_OF_OFFENDING);
    assertThat(upOffending.ageBand()).isEmpty();

    Requirement upArea = requirement(table, "UP.area");
    assertThat(upArea.kind()).isEqualTo(Requirement.Kind.LIVES_IN);
    assertThat(upArea.areas()).containsExactly(HomeArea.LEICESTER_CITY, HomeArea.LEICESTERSHIRE,
        HomeArea.RUTLAND);
    assertThat(upArea.covers(HomeArea.OUTSIDE_LLR)).isFalse();

    Requirement wireAge = requirement(table, "WIRE.age");
    assertThat(wireAge.row()).isEqualTo(13);
    assertThat(wireAge.kind()).isEqualTo(Requirement.Kind.AGE_BAND);
    assertThat(wireAge.ageBand()).as("18 or over is open-ended").contains(AgeBand.of(18, 150));

    assertThat(requirement(table, "LEAVING_CARE.age").ageBand()).contains(AgeBand.of(16, 25));
    assertThat(requirement(table, "LEAVING_CARE.age").source().document())
        .isEqualTo("policy-decisions.md");

    Requirement tywAge = requirement(table, "TARGETED_YOUTH_WORK.age");
    assertThat(tywAge.row()).isEqualTo(21);
    assertThat(tywAge.kind()).isEqualTo(Requirement.Kind.PLAN_AGE_BAND);
    assertThat(tywAge.ageBand()).isEmpty();
    Requirement tywGroup = requirement(table, "TARGETED_YOUTH_WORK.priority-group");
    assertThat(tywGroup.row()).isEqualTo(22);
    assertThat(tywGroup.kind()).isEqualTo(Requirement.Kind.PLAN_PRIORITY_GROUP);
    assertThat(tywGroup.circumstances()).isEmpty();
  }

  @Test
  void aProgrammesRequirementsOnADayAreItsOwnInFileOrder() {
    EligibilityTable table = EligibilityTable.shipped();

    assertThat(table.requirements(ProgrammeCode.UP, DAY)).extracting(Requirement::ruleId)
        .containsExactly("UP.age", "UP.offending", "UP.area");
    assertThat(table.requirements(ProgrammeCode.WIRE, DAY)).extracting(Requirement::ruleId)
        .containsExactly("WIRE.conviction", "WIRE.age", "WIRE.area");
    assertThat(table.requirements(ProgrammeCode.TARGETED_YOUTH_WORK, DAY))
        .extracting(Requirement::kind)
        .containsExactly(Requirement.Kind.PLAN_AGE_BAND, Requirement.Kind.PLAN_PRIORITY_GROUP);
    assertThat(table.requirements(ProgrammeCode.of("NO_SUCH_PROGRAMME"), DAY)).isEmpty();
  }

  @Test
  void aRuleIdMayRepeatForDaysThatDoNotOverlapAndEachRowAppliesOnItsOwnDays() {
    String copy = SHIPPED.replace(line("UP.age,"),
        line("UP.age,").replace(",always,18 to 25,", ",2020-01-01 to 2027-03-31,18 to 25,")
            + "\n"
            + line("UP.age,").replace(",always,18 to 25,", ",from 2027-04-01,18 to 30,"));

    EligibilityTable table = EligibilityTable.read(FILE, copy);

    assertThat(table.requirements()).hasSize(15);
    Requirement until = table.requirements().get(0);
    Requirement from = table.requirements().get(1);
    assertThat(until.inForceFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(until.inForceTo()).contains(LocalDate.of(2027, 3, 31));
    assertThat(from.inForceFrom()).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(from.inForceTo()).isEmpty();

    List<Requirement> lastDay = table.requirements(ProgrammeCode.UP, LocalDate.of(2027, 3, 31));
    assertThat(lastDay).extracting(Requirement::ruleId)
        .containsExactly("UP.age", "UP.offending", "UP.area");
    assertThat(lastDay.get(0).row()).isEqualTo(9);
    assertThat(lastDay.get(0).ageBand()).contains(AgeBand.of(18, 25));

    List<Requirement> firstDay = table.requirements(ProgrammeCode.UP, LocalDate.of(2027, 4, 1));
    assertThat(firstDay).extracting(Requirement::ruleId)
        .containsExactly("UP.age", "UP.offending", "UP.area");
    assertThat(firstDay.get(0).row()).isEqualTo(10);
    assertThat(firstDay.get(0).ageBand()).contains(AgeBand.of(18, 30));

    assertThat(table.requirements(ProgrammeCode.UP, LocalDate.of(2020, 1, 1)))
        .extracting(Requirement::row).containsExactly(9, 11, 12);
    assertThat(table.requirements(ProgrammeCode.UP, LocalDate.of(2019, 12, 31)))
        .as("before the first period only the rows always in force apply")
        .extracting(Requirement::ruleId).containsExactly("UP.offending", "UP.area");
  }

  @Test
  void aPeriodOfOneDayIsInForceOnThatDayOnly() {
    Requirement requirement = EligibilityTable.read(FILE, SHIPPED.replace(
        line("UP.age,"), line("UP.age,").replace(",always,", ",2027-04-01 to 2027-04-01,")))
        .requirements().get(0);

    assertThat(requirement.inForceOn(LocalDate.of(2027, 3, 31))).isFalse();
    assertThat(requirement.inForceOn(LocalDate.of(2027, 4, 1))).isTrue();
    assertThat(requirement.inForceOn(LocalDate.of(2027, 4, 2))).isFalse();
  }

  @Test
  void aCopySavedWithAByteOrderMarkAndWindowsLineEndsReadsAsTheShippedTable() {
    String windows = "\uFEFF" + SHIPPED.replace("\n", "\r\n");
    assertThat(windows).contains("\r\n").doesNotContain("\r\r");

    EligibilityTable copy = EligibilityTable.read(FILE, windows);
    EligibilityTable shipped = EligibilityTable.shipped();

    assertThat(copy.requirements()).hasSameSizeAs(shipped.requirements());
    for (int i = 0; i < shipped.requirements().size(); i++) {
      Requirement expected = shipped.requirements().get(i);
      Requirement actual = copy.requirements().get(i);
      assertThat(describe(actual)).isEqualTo(describe(expected));
    }
    for (int i = 0; i < shipped.decisionTable().rows().size(); i++) {
      for (int c = 1; c <= 8; c++) {
        assertThat(copy.decisionTable().rows().get(i).cell(c))
            .isEqualTo(shipped.decisionTable().rows().get(i).cell(c));
      }
    }
    assertThat(copy.decisionTable().text()).doesNotStartWith("\uFEFF");
  }

  @Test
  void anAgeBandThatIsNotABandIsReportedAtItsCell() {
    assertThat(problems(edit("UP.age,", ",18 to 25,", ",18 to twenty-five,"))).containsExactly(
        FILE + ":9:5: Age band \"18 to twenty-five\" is not an age band such as 18 to 25 or 18"
            + " or over, annual plan or none");
  }

  @Test
  void anAgeBandWhoseYoungestIsOlderThanItsOldestIsReportedAtItsCell() {
    assertThat(problems(edit("UP.age,", ",18 to 25,", ",30 to 18,"))).containsExactly(
        FILE + ":9:5: Age band \"30 to 18\" must have whole ages from 0 to 150, the youngest"
            + " first");
  }

  @Test
  void anAgeOverTheLimitIsReportedAtItsCell() {
    assertThat(problems(edit("WIRE.age,", ",18 or over,", ",151 or over,"))).containsExactly(
        FILE + ":13:5: Age band \"151 or over\" must have whole ages from 0 to 150, the youngest"
            + " first");
  }

  @Test
  void anUnknownCircumstanceIsReportedAtItsCell() {
    assertThat(problems(edit("UP.offending,", "\"CONVICTION, AT_RISK_OF_OFFENDING\"",
        "\"CONVICTION, OFFENDING\""))).containsExactly(
        FILE + ":10:6: Any of circumstances \"OFFENDING\" is not one of "
            + names(CircumstanceType.values()) + " (separate several with commas)");
  }

  @Test
  void anUnknownAreaIsReportedAtItsCell() {
    assertThat(problems(edit("UP.area,", "\"LEICESTER_CITY, LEICESTERSHIRE, RUTLAND\"",
        "\"LEICESTER, LEICESTERSHIRE, RUTLAND\""))).containsExactly(
        FILE + ":11:7: Lives in \"LEICESTER\" is not one of " + names(HomeArea.values())
            + " (separate several with commas)");
  }

  @Test
  void anInForceCellThatIsNotAPeriodIsReportedAtItsCell() {
    assertThat(problems(edit("UP.age,", ",always,", ",sometimes,"))).containsExactly(
        FILE + ":9:4: In force \"sometimes\" is not always, from 2027-04-01, until 2027-03-31,"
            + " or 2024-04-01 to 2027-03-31");
    assertThat(problems(edit("UP.age,", ",always,", ",from 2027-02-30,"))).containsExactly(
        FILE + ":9:4: In force \"from 2027-02-30\" is not always, from 2027-04-01, until"
            + " 2027-03-31, or 2024-04-01 to 2027-03-31");
  }

  @Test
  void aPeriodThatEndsBeforeItStartsIsReportedAtItsCell() {
    assertThat(problems(edit("UP.age,", ",always,", ",2027-04-01 to 2024-04-01,")))
        .containsExactly(FILE + ":9:4: In force \"2027-04-01 to 2024-04-01\" ends before it"
            + " starts");
  }

  @Test
  void aRowWithTwoConditionsIsReported() {
    assertThat(problems(edit("UP.age,", ",18 to 25,none,none,", ",18 to 25,CONVICTION,none,")))
        .containsExactly(FILE + ":9:5: a row asks for one thing: exactly one of Age band, Any"
            + " of circumstances and Lives in must be other than none, not 2");
  }

  @Test
  void aRowWithNoConditionIsReported() {
    assertThat(problems(edit("UP.age,", ",18 to 25,none,none,", ",none,none,none,")))
        .containsExactly(FILE + ":9:5: a row asks for one thing: exactly one of Age band, Any"
            + " of circumstances and Lives in must be other than none, not 0");
  }

  @Test
  void aRuleIdThatDoesNotStartWithItsProgrammeIsReported() {
    assertThat(problems(edit("WIRE.age,", "WIRE.age,", "WIRES.age,"))).containsExactly(
        FILE + ":13:1: rule id WIRES.age must start with its programme, WIRE.");
    assertThat(problems(edit("WIRE.age,", ",WIRE,always,", ",UP,always,"))).containsExactly(
        FILE + ":13:1: rule id WIRE.age must start with its programme, UP.");
  }

  @Test
  void aRuleIdRepeatedOnDaysItIsAlreadyInForceIsReportedAtTheLaterRow() {
    String always = SHIPPED.replace(line("UP.age,"),
        line("UP.age,") + "\n" + line("UP.age,").replace(",always,", ",from 2027-04-01,"));
    assertThat(problems(always)).containsExactly(FILE + ":10:4: rule id UP.age is already in"
        + " force on some of these days on row 9: a rule id may repeat only for days that do"
        + " not overlap");

    String oneDay = SHIPPED.replace(line("UP.age,"),
        line("UP.age,").replace(",always,", ",2020-01-01 to 2027-04-01,") + "\n"
            + line("UP.age,").replace(",always,", ",from 2027-04-01,"));
    assertThat(problems(oneDay)).as("both periods hold 2027-04-01").containsExactly(
        FILE + ":10:4: rule id UP.age is already in force on some of these days on row 9: a rule"
            + " id may repeat only for days that do not overlap");
  }

  @Test
  void everyProblemIsReportedAtOnceInRowOrder() {
    String text = SHIPPED
        .replace(line("UP.age,"), line("UP.age,").replace(",18 to 25,none,none,",
            ",none,none,none,"))
        .replace(line("WIRE.age,"), line("WIRE.age,").replace("WIRE.age,", "WIRES.age,"));

    PolicyTableException e = catchThrowableOfType(PolicyTableException.class,
        () -> EligibilityTable.read("my-rules/" + FILE, text));

    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(TableProblem::toString).containsExactly(
        "my-rules/" + FILE + ":9:5: a row asks for one thing: exactly one of Age band, Any of"
            + " circumstances and Lives in must be other than none, not 0",
        "my-rules/" + FILE + ":13:1: rule id WIRES.age must start with its programme, WIRE.");
    assertThat(e).hasMessageEndingWith("(and 1 more)");
  }

  @Test
  void aChangedHeaderCellIsReportedAtItsCell() {
    String renamed = SHIPPED.replace(
        "Rule id,Source document,Programme,In force,Age band,Any of circumstances,",
        "Rule id,Source document,Programme,In force,Age band,Any circumstance,");

    assertThat(problems(renamed)).containsExactly(FILE + ":8:6: this header cell belongs to the"
        + " developers and must read \"Any of circumstances\", not \"Any circumstance\"");
  }

  @Test
  void aBlankRowInsideTheTableIsReported() {
    String blank = SHIPPED.replace(line("WIRE.conviction,"),
        ",,,,,,,\n" + line("WIRE.conviction,"));

    assertThat(problems(blank)).containsExactly(FILE + ":12:0: a blank row inside the table:"
        + " Drools would end the table here and silently drop every row after it");
  }

  private static Requirement requirement(EligibilityTable table, String ruleId) {
    return table.requirements().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst()
        .orElseThrow();
  }

  /** The shipped row whose text starts with {@code start}, without its line end. */
  private static String line(String start) {
    List<String> lines = SHIPPED.lines().filter(l -> l.startsWith(start)).toList();
    assertThat(lines).as("one shipped row starts with " + start).hasSize(1);
    return lines.get(0);
  }

  /** The shipped table with {@code from} replaced by {@code to} in the row starting so. */
  private static String edit(String rowStart, String from, String to) {
    String line = line(rowStart);
    assertThat(line).contains(from);
    return SHIPPED.replace(line, line.replace(from, to));
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static String describe(Requirement r) {
    Source source = r.source();
    return String.join(" | ", String.valueOf(r.row()), r.ruleId(), r.programme().value(),
        r.kind().name(), String.valueOf(r.inForceFrom()),
        String.valueOf(r.inForceTo().orElse(null)),
        String.valueOf(r.ageBand().orElse(null)), r.circumstances().toString(),
        r.areas().toString(), source.document(), source.sentence());
  }

  private static List<String> problems(String text) {
    PolicyTableException e =
        catchThrowableOfType(PolicyTableException.class, () -> EligibilityTable.read(FILE, text));
    assertThat(e).as("the table should have been refused").isNotNull();
    return e.problems().stream().map(TableProblem::toString).toList();
  }
}
