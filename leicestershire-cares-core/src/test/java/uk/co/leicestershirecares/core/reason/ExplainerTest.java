package uk.co.leicestershirecares.core.reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.eligibility.ConditionFinding;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.eligibility.MissingCondition;
import uk.co.leicestershirecares.core.eligibility.Requirement;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.engagement.EnrolmentStatus;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.plan.AgeBand;
import uk.co.leicestershirecares.core.plan.AnnualPlan;
import uk.co.leicestershirecares.core.plan.PlanYear;
import uk.co.leicestershirecares.core.programme.Programme;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.table.AnnualPlanTable;
import uk.co.leicestershirecares.core.table.EligibilityTable;

/** How every finding is worded, and how findings become a decision, its reasons and its gaps. */
final class ExplainerTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
  private static final PlanYear YEAR = PlanYear.containing(AS_OF);
  private static final String ROUTE_ID = "WIRE.progression-from-UP";
  private static final String PLAN_ID = "TARGETED_YOUTH_WORK.plan-in-force";

  private static final Requirement UP_AGE = requirement("UP.age");
  private static final Requirement UP_OFFENDING = requirement("UP.offending");
  private static final Requirement UP_AREA = requirement("UP.area");
  private static final Requirement WIRE_CONVICTION = requirement("WIRE.conviction");
  private static final Requirement WIRE_AGE = requirement("WIRE.age");
  private static final Requirement WIRE_AREA = requirement("WIRE.area");
  private static final Requirement LEAVING_CARE_AGE = requirement("LEAVING_CARE.age");
  private static final Requirement TYW_AGE = requirement("TARGETED_YOUTH_WORK.age");
  private static final Requirement TYW_GROUP =
      requirement("TARGETED_YOUTH_WORK.priority-group");
  private static final AnnualPlan PLAN_2024 = AnnualPlanTable.shipped()
      .plans(ProgrammeCode.TARGETED_YOUTH_WORK).inForceOn(AS_OF).orElseThrow();
  private static final AnnualPlan PLAN_2021 = AnnualPlanTable.shipped()
      .plans(ProgrammeCode.TARGETED_YOUTH_WORK).inForceOn(LocalDate.of(2022, 6, 1))
      .orElseThrow();

  private static final Enrolment UP_COMPLETED = Enrolment.builder().programme(ProgrammeCode.UP)
      .status(EnrolmentStatus.COMPLETED).from(LocalDate.of(2024, 10, 1))
      .to(LocalDate.of(2025, 3, 31)).build();
  private static final Enrolment UP_COMPLETES_LATER = Enrolment.builder()
      .programme(ProgrammeCode.UP).status(EnrolmentStatus.COMPLETED)
      .from(LocalDate.of(2025, 1, 6)).to(LocalDate.of(2025, 9, 30)).build();
  private static final Enrolment UP_ON_HOLD = Enrolment.builder().programme(ProgrammeCode.UP)
      .status(EnrolmentStatus.ON_HOLD).from(LocalDate.of(2025, 1, 6)).build();

  /** One finding of every kind, each with the words it must read as. */
  private static final List<Worded> EVERY_KIND = List.of(
      new Worded(ConditionFinding.ageUnknown(UP_AGE, AgeBand.of(18, 25), null, AS_OF),
          "The date of birth is not recorded, so the age on 2025-06-01 is unknown.",
          "record a date of birth"),
      new Worded(ConditionFinding.ageUnder(UP_AGE, AgeBand.of(18, 25), null, AS_OF,
          OptionalInt.of(17), LocalDate.of(2025, 9, 10)),
          "Aged 17 on 2025-06-01, under UP's age band 18–25.",
          "turns 18 on 2025-09-10"),
      new Worded(ConditionFinding.ageOver(UP_AGE, AgeBand.of(18, 25), null, AS_OF,
          26, LocalDate.of(2025, 5, 1)),
          "Aged 26 on 2025-06-01, over UP's age band 18–25.",
          "no longer eligible from 26th birthday 2025-05-01"),
      new Worded(ConditionFinding.ageWithin(UP_AGE, AgeBand.of(18, 25), null, AS_OF,
          20),
          "Aged 20 on 2025-06-01, within UP's age band 18–25.",
          null),
      new Worded(ConditionFinding.circumstancesHeld(UP_OFFENDING,
          List.of(CircumstanceType.CONVICTION, CircumstanceType.YOUTH_JUSTICE), AS_OF),
          "Has a conviction and youth-justice involvement on 2025-06-01.",
          null),
      new Worded(ConditionFinding.circumstancesNone(UP_OFFENDING, AS_OF),
          "No conviction or risk of offending is recorded on 2025-06-01.",
          "has a conviction or is at risk of offending"),
      new Worded(ConditionFinding.areaIn(UP_AREA, HomeArea.LEICESTER_CITY, AS_OF),
          "Lives in Leicester city, in Leicester, Leicestershire and Rutland.",
          null),
      new Worded(ConditionFinding.areaOut(UP_AREA, HomeArea.OUTSIDE_LLR, AS_OF),
          "Lives outside Leicester, Leicestershire and Rutland, where UP works.",
          "lives in Leicester, Leicestershire or Rutland"),
      new Worded(ConditionFinding.completed(ProgrammeCode.WIRE, ROUTE_ID, Sources.WIRE_AFTER_UP,
          ConditionFinding.Placement.ROUTE, UP_COMPLETED, false, AS_OF),
          "Completed UP on 2025-03-31: may join WIRE.",
          null),
      new Worded(ConditionFinding.completed(ProgrammeCode.WIRE, ROUTE_ID, Sources.WIRE_AFTER_UP,
          ConditionFinding.Placement.ROUTE, UP_COMPLETED, true, AS_OF),
          "Completed UP on 2025-03-31; under this policy UP completers also need a conviction"
              + " to join WIRE.",
          null),
      new Worded(ConditionFinding.notCompleted(ProgrammeCode.WIRE, ROUTE_ID,
          Sources.WIRE_AFTER_UP, UP_COMPLETES_LATER, AS_OF),
          "Completes UP on 2025-09-30, after 2025-06-01.",
          "completes UP, then may join WIRE"),
      new Worded(ConditionFinding.notCompleted(ProgrammeCode.WIRE, ROUTE_ID,
          Sources.WIRE_AFTER_UP, UP_ON_HOLD, AS_OF),
          "On UP (on hold) but has not completed it by 2025-06-01.",
          "completes UP, then may join WIRE"),
      new Worded(ConditionFinding.planInForce(ProgrammeCode.TARGETED_YOUTH_WORK,
          Sources.NO_PLAN_IN_FORCE, PLAN_2024, AS_OF),
          "The 2024/25 annual plan is in force on 2025-06-01 (from 2024-04-01).",
          null),
      new Worded(ConditionFinding.noPlanInForce(ProgrammeCode.TARGETED_YOUTH_WORK,
          Sources.NO_PLAN_IN_FORCE, LocalDate.of(2021, 4, 1),
          LocalDate.of(2020, 1, 1)),
          "No annual plan is in force on 2020-01-01 (the first starts on 2021-04-01).",
          "an annual plan in force (the first starts on 2021-04-01)"),
      new Worded(ConditionFinding.inPriorityGroups(TYW_GROUP, PLAN_2024, List.of("NEET", "SEND"),
          AS_OF),
          "In the priority groups of the 2024/25 annual plan: NEET and SEND.",
          null),
      new Worded(ConditionFinding.inNoPriorityGroup(TYW_GROUP, PLAN_2021, AS_OF),
          "In none of the priority groups of the 2021/22 annual plan (care experienced, NEET,"
              + " homeless and ex-offending) on 2025-06-01.",
          "is in a priority group of the 2021/22 annual plan: care experienced, NEET, homeless"
              + " and ex-offending"),
      new Worded(ConditionFinding.inNoPriorityGroup(TYW_GROUP, PLAN_2024, AS_OF),
          "In none of the priority groups of the 2024/25 annual plan (care experienced, NEET,"
              + " homeless, SEND and youth-justice involved) on 2025-06-01: the plan prioritises"
              + " them and turns no one away.",
          null),
      new Worded(ConditionFinding.notRunning(programme(ProgrammeCode.UP)
          .runsFrom(LocalDate.of(2019, 9, 1)).build(), Sources.PROGRAMME_RUNS,
          LocalDate.of(2019, 8, 31)),
          "UP did not run on 2019-08-31: it runs from 2019-09-01.",
          "a day UP runs: from 2019-09-01"),
      new Worded(ConditionFinding.noRules(ProgrammeCode.of("SUMMER_SCHOOL"),
          Sources.PROGRAMME_WITHOUT_RULES, AS_OF),
          "No eligibility rules are written for SUMMER_SCHOOL.",
          "eligibility rules for SUMMER_SCHOOL"));

  @Test
  void everyKindOfFindingIsWordedWithItsReasonAndWhatIsMissing() {
    EnumSet<ConditionFinding.Kind> worded = EnumSet.noneOf(ConditionFinding.Kind.class);
    for (Worded w : EVERY_KIND) {
      worded.add(w.finding().kind());
      assertWords(w.finding(), w.reason(), w.missing());
    }

    assertThat(worded).isEqualTo(EnumSet.allOf(ConditionFinding.Kind.class));
  }

  @Test
  void aReasonCarriesItsFindingsRuleIdAndSource() {
    Reason row = Explainer.reason(
        ConditionFinding.circumstancesNone(UP_OFFENDING, AS_OF));
    assertThat(row.ruleId()).isEqualTo("UP.offending");
    assertThat(row.source()).isEqualTo(UP_OFFENDING.source());

    ConditionFinding noRules = ConditionFinding.noRules(ProgrammeCode.of("SUMMER_SCHOOL"),
        Sources.PROGRAMME_WITHOUT_RULES, AS_OF);
    assertThat(Explainer.reason(noRules).ruleId()).isEqualTo("SUMMER_SCHOOL.no-rules");
    assertThat(Explainer.missing(noRules).orElseThrow().ruleId())
        .isEqualTo("SUMMER_SCHOOL.no-rules");
    assertThat(Explainer.reason(noRules).source()).isEqualTo(Sources.PROGRAMME_WITHOUT_RULES);
  }

  @Test
  void someoneNotYetBornIsWordedSo() {
    assertWords(ConditionFinding.ageUnder(UP_AGE, AgeBand.of(18, 25), null, AS_OF,
        OptionalInt.empty(), LocalDate.of(2043, 7, 1)),
        "Not yet born on 2025-06-01, under UP's age band 18–25.",
        "turns 18 on 2043-07-01");
  }

  @Test
  void anOpenEndedBandReadsOrOver() {
    AgeBand band = WIRE_AGE.ageBand().orElseThrow();

    assertWords(ConditionFinding.ageWithin(WIRE_AGE, band, null, AS_OF, 40),
        "Aged 40 on 2025-06-01, within WIRE's age band 18 or over.", null);
    assertWords(ConditionFinding.ageUnder(WIRE_AGE, band, null, AS_OF,
        OptionalInt.of(17), LocalDate.of(2025, 12, 1)),
        "Aged 17 on 2025-06-01, under WIRE's age band 18 or over.",
        "turns 18 on 2025-12-01");
  }

  @Test
  void aLeavingCareBandCarriesItsNote() {
    AgeBand band = LEAVING_CARE_AGE.ageBand().orElseThrow();

    assertWords(ConditionFinding.ageUnder(LEAVING_CARE_AGE, band, null, AS_OF,
        OptionalInt.of(15), LocalDate.of(2025, 8, 1)),
        "Aged 15 on 2025-06-01, under LEAVING_CARE's age band 16–25 (the ages English"
            + " leaving-care support covers).",
        "turns 16 on 2025-08-01");
    assertWords(ConditionFinding.ageOver(LEAVING_CARE_AGE, band, null, AS_OF, 26,
        LocalDate.of(2025, 2, 1)),
        "Aged 26 on 2025-06-01, over LEAVING_CARE's age band 16–25 (the ages English"
            + " leaving-care support covers).",
        "no longer eligible from 26th birthday 2025-02-01");
  }

  @Test
  void aPlansBandIsWordedAsThePlansAndCitesThePlan() {
    ConditionFinding under = ConditionFinding.ageUnder(TYW_AGE, PLAN_2021.ageBand(),
        PLAN_2021, AS_OF, OptionalInt.of(14), LocalDate.of(2025, 11, 2));

    assertWords(under, "Aged 14 on 2025-06-01, under the 2021/22 annual plan's age band 15–24.",
        "turns 15 on 2025-11-02");
    assertThat(Explainer.reason(under).source()).isEqualTo(PLAN_2021.source());
    assertThat(Explainer.reason(under).ruleId()).isEqualTo("TARGETED_YOUTH_WORK.age");
  }

  // Issue 15: the 2024/25 reason must not say "the 2024/25 plan has the age band 15–24, which
  // that plan never states".
  @Test
  void aBandThePlanDoesNotStateIsWordedAsADecisionAndCitesIt() {
    ConditionFinding under = ConditionFinding.ageUnder(TYW_AGE, PLAN_2024.ageBand(),
        PLAN_2024, AS_OF, OptionalInt.of(14), LocalDate.of(2025, 11, 2));

    assertWords(under, "Aged 14 on 2025-06-01, under TARGETED_YOUTH_WORK's age band 15–24 (a"
        + " policy decision: the 2024/25 annual plan states no ages).", "turns 15 on 2025-11-02");
    assertThat(Explainer.reason(under).source()).isEqualTo(Sources.PLAN_2024_AGE_BAND);
  }

  @Test
  void aProgrammeThatHasEndedIsWordedWithItsLastDay() {
    ConditionFinding ended = ConditionFinding.notRunning(
        programme(ProgrammeCode.of("SUMMER_SCHOOL")).runsFrom(LocalDate.of(2020, 6, 1))
            .runsUntil(LocalDate.of(2023, 8, 31)).build(),
        Sources.PROGRAMME_RUNS, AS_OF);
    assertWords(ended, "SUMMER_SCHOOL did not run on 2025-06-01: it runs from 2020-06-01 to"
        + " 2023-08-31.", "a day SUMMER_SCHOOL runs: from 2020-06-01 to 2023-08-31");
  }

  @Test
  void aDecisionIsAPriorityWhenACountedFindingPlacesThePersonInAGroup() {
    ConditionFinding inGroups = ConditionFinding.inPriorityGroups(TYW_GROUP, PLAN_2024,
        List.of("NEET"), AS_OF);
    ConditionFinding outside = ConditionFinding.inNoPriorityGroup(TYW_GROUP, PLAN_2024, AS_OF);
    ConditionFinding young = ConditionFinding.ageUnder(TYW_AGE, PLAN_2024.ageBand(),
        PLAN_2024, AS_OF, OptionalInt.of(14), LocalDate.of(2025, 11, 2));

    assertThat(Explainer.decision(ProgrammeCode.TARGETED_YOUTH_WORK, AS_OF, YEAR,
        List.of(inGroups)).priority()).isTrue();
    assertThat(Explainer.decision(ProgrammeCode.TARGETED_YOUTH_WORK, AS_OF, YEAR,
        List.of(inGroups, young)).priority()).isTrue();
    EligibilityDecision notPriority = Explainer.decision(ProgrammeCode.TARGETED_YOUTH_WORK, AS_OF,
        YEAR, List.of(outside));
    assertThat(notPriority.priority()).isFalse();
    assertThat(notPriority.outcome()).isEqualTo(EligibilityOutcome.ELIGIBLE);
  }

  @Test
  void noPlanBeforeAnyPlanIsWordedWithoutAFirstDay() {
    assertWords(ConditionFinding.noPlanInForce(ProgrammeCode.TARGETED_YOUTH_WORK,
        Sources.NO_PLAN_IN_FORCE, null, LocalDate.of(2020, 1, 1)),
        "No annual plan is in force on 2020-01-01.", "an annual plan in force");
  }

  @Test
  void aCompletionWithNoEndDateIsWordedWithoutADay() {
    Enrolment progressed = Enrolment.builder().programme(ProgrammeCode.UP)
        .status(EnrolmentStatus.PROGRESSED).from(LocalDate.of(2024, 10, 1)).build();

    assertWords(ConditionFinding.completed(ProgrammeCode.WIRE, ROUTE_ID, Sources.WIRE_AFTER_UP,
        ConditionFinding.Placement.ROUTE, progressed, false, AS_OF),
        "Completed UP: may join WIRE.", null);
  }

  @Test
  void aDecisionListsTheRouteThenTheRowsInRowOrderThenTheAlternativeWhateverTheInputOrder() {
    ConditionFinding route = ConditionFinding.completed(ProgrammeCode.WIRE, ROUTE_ID,
        Sources.WIRE_AFTER_UP, ConditionFinding.Placement.ROUTE, UP_COMPLETED, false, AS_OF);
    ConditionFinding conviction = ConditionFinding.circumstancesNone(WIRE_CONVICTION, AS_OF);
    ConditionFinding age = ConditionFinding.ageWithin(WIRE_AGE,
        WIRE_AGE.ageBand().orElseThrow(), null, AS_OF, 22);
    ConditionFinding area = ConditionFinding.areaOut(WIRE_AREA, HomeArea.OUTSIDE_LLR, AS_OF);
    ConditionFinding alternative = ConditionFinding.notCompleted(ProgrammeCode.WIRE, ROUTE_ID,
        Sources.WIRE_AFTER_UP, UP_ON_HOLD, AS_OF);
    List<ConditionFinding> inOrder = List.of(route, conviction, age, area, alternative);
    List<String> expectedReasons = inOrder.stream().map(f -> Explainer.reason(f).text())
        .toList();
    List<String> expectedMissing = List.of(
        "has a conviction", "lives in Leicester, Leicestershire or Rutland",
        "completes UP, then may join WIRE");

    int orders = 0;
    for (List<ConditionFinding> order : permutations(inOrder)) {
      EligibilityDecision decision = Explainer.decision(ProgrammeCode.WIRE, AS_OF, YEAR, order);

      assertThat(decision.reasons()).extracting(Reason::text).as(order.toString())
          .containsExactlyElementsOf(expectedReasons);
      assertThat(decision.reasons()).extracting(Reason::ruleId).containsExactly(ROUTE_ID,
          "WIRE.conviction", "WIRE.age", "WIRE.area", ROUTE_ID);
      assertThat(decision.missing()).extracting(MissingCondition::text)
          .containsExactlyElementsOf(expectedMissing);
      assertThat(decision.outcome()).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
      orders++;
    }
    assertThat(orders).isEqualTo(120);
  }

  @Test
  void findingsInTheSamePlaceKeepTheOrderGiven() {
    ConditionFinding first = ConditionFinding.notCompleted(ProgrammeCode.WIRE, ROUTE_ID,
        Sources.WIRE_AFTER_UP, UP_ON_HOLD, AS_OF);
    ConditionFinding second = ConditionFinding.notCompleted(ProgrammeCode.WIRE, ROUTE_ID,
        Sources.WIRE_AFTER_UP, UP_COMPLETES_LATER, AS_OF);
    ConditionFinding row = ConditionFinding.circumstancesNone(WIRE_CONVICTION, AS_OF);

    assertThat(Explainer.decision(ProgrammeCode.WIRE, AS_OF, YEAR, List.of(first, row, second))
        .reasons()).extracting(Reason::text).containsExactly(
        "No conviction is recorded on 2025-06-01.",
        "On UP (on hold) but has not completed it by 2025-06-01.",
        "Completes UP on 2025-09-30, after 2025-06-01.");
    assertThat(Explainer.decision(ProgrammeCode.WIRE, AS_OF, YEAR, List.of(second, row, first))
        .reasons()).extracting(Reason::text).containsExactly(
        "No conviction is recorded on 2025-06-01.",
        "Completes UP on 2025-09-30, after 2025-06-01.",
        "On UP (on hold) but has not completed it by 2025-06-01.");
  }

  @Test
  void everyConditionMetIsEligibleWithNothingMissing() {
    EligibilityDecision decision = Explainer.decision(ProgrammeCode.UP, AS_OF, YEAR, List.of(
        ConditionFinding.ageWithin(UP_AGE, AgeBand.of(18, 25), null, AS_OF, 20),
        ConditionFinding.circumstancesHeld(UP_OFFENDING, List.of(CircumstanceType.CONVICTION),
            AS_OF),
        ConditionFinding.areaIn(UP_AREA, HomeArea.RUTLAND, AS_OF)));

    assertThat(decision.outcome()).isEqualTo(EligibilityOutcome.ELIGIBLE);
    assertThat(decision.programme()).isEqualTo(ProgrammeCode.UP);
    assertThat(decision.asOf()).isEqualTo(AS_OF);
    assertThat(decision.planYear()).isEqualTo(YEAR);
    assertThat(decision.missing()).isEmpty();
    assertThat(decision.reasons()).extracting(Reason::text).containsExactly(
        "Aged 20 on 2025-06-01, within UP's age band 18–25.",
        "Has a conviction on 2025-06-01.",
        "Lives in Rutland, in Leicester, Leicestershire and Rutland.");
  }

  @Test
  void aFailedAlternativeRouteIsNotCountedButItsMissingConditionIsListed() {
    ConditionFinding unknownAge = ConditionFinding.ageUnknown(WIRE_AGE,
        WIRE_AGE.ageBand().orElseThrow(), null, AS_OF);
    ConditionFinding conviction = ConditionFinding.circumstancesHeld(WIRE_CONVICTION,
        List.of(CircumstanceType.CONVICTION), AS_OF);
    ConditionFinding area = ConditionFinding.areaIn(WIRE_AREA, HomeArea.LEICESTERSHIRE, AS_OF);
    ConditionFinding alternative = ConditionFinding.notCompleted(ProgrammeCode.WIRE, ROUTE_ID,
        Sources.WIRE_AFTER_UP, UP_ON_HOLD, AS_OF);
    assertThat(alternative.verdict()).isEqualTo(ConditionFinding.Verdict.FAILED);
    assertThat(alternative.placement()).isEqualTo(ConditionFinding.Placement.ALTERNATIVE);
    assertThat(alternative.counts()).isFalse();

    EligibilityDecision decision = Explainer.decision(ProgrammeCode.WIRE, AS_OF, YEAR,
        List.of(alternative, area, conviction, unknownAge));

    assertThat(decision.outcome()).isEqualTo(EligibilityOutcome.NEEDS_INFORMATION);
    assertThat(decision.missing()).extracting(MissingCondition::ruleId)
        .containsExactly("WIRE.age", ROUTE_ID);
    assertThat(decision.missing()).extracting(MissingCondition::text)
        .containsExactly("record a date of birth", "completes UP, then may join WIRE");
    assertThat(decision.reasons()).extracting(Reason::ruleId).containsExactly(
        "WIRE.conviction", "WIRE.age", "WIRE.area", ROUTE_ID);
  }

  @Test
  void aRouteNotTakenLeavesAnEligibleDecisionMissingNothing() {
    ConditionFinding conviction = ConditionFinding.circumstancesHeld(WIRE_CONVICTION,
        List.of(CircumstanceType.CONVICTION), AS_OF);
    ConditionFinding age = ConditionFinding.ageWithin(WIRE_AGE, WIRE_AGE.ageBand().orElseThrow(),
        null, AS_OF, 30);
    ConditionFinding area = ConditionFinding.areaIn(WIRE_AREA, HomeArea.RUTLAND, AS_OF);
    ConditionFinding alternative = ConditionFinding.notCompleted(ProgrammeCode.WIRE, ROUTE_ID,
        Sources.WIRE_AFTER_UP, UP_ON_HOLD, AS_OF);

    EligibilityDecision decision = Explainer.decision(ProgrammeCode.WIRE, AS_OF, YEAR,
        List.of(conviction, age, area, alternative));

    assertThat(decision.outcome()).isEqualTo(EligibilityOutcome.ELIGIBLE);
    assertThat(decision.missing()).isEmpty();
    assertThat(decision.reasons()).extracting(Reason::ruleId).containsExactly(
        "WIRE.conviction", "WIRE.age", "WIRE.area", ROUTE_ID);
  }

  @Test
  void aFailedConditionBeatsAnUnknownOne() {
    ConditionFinding unknownAge = ConditionFinding.ageUnknown(UP_AGE, AgeBand.of(18, 25),
        null, AS_OF);
    ConditionFinding noOffending = ConditionFinding.circumstancesNone(UP_OFFENDING, AS_OF);
    ConditionFinding area = ConditionFinding.areaIn(UP_AREA, HomeArea.LEICESTER_CITY, AS_OF);

    EligibilityDecision failed = Explainer.decision(ProgrammeCode.UP, AS_OF, YEAR,
        List.of(noOffending, unknownAge, area));
    assertThat(failed.outcome()).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
    assertThat(failed.missing()).extracting(MissingCondition::text).containsExactly(
        "record a date of birth",
        "has a conviction or is at risk of offending");

    EligibilityDecision unknown = Explainer.decision(ProgrammeCode.UP, AS_OF, YEAR,
        List.of(area, unknownAge));
    assertThat(unknown.outcome()).isEqualTo(EligibilityOutcome.NEEDS_INFORMATION);
    assertThat(unknown.missing()).extracting(MissingCondition::text)
        .containsExactly("record a date of birth");
  }

  @Test
  void aProgrammeWithoutRulesNeedsInformation() {
    ProgrammeCode summer = ProgrammeCode.of("SUMMER_SCHOOL");
    EligibilityDecision decision = Explainer.decision(summer, AS_OF, YEAR, List.of(
        ConditionFinding.noRules(summer, Sources.PROGRAMME_WITHOUT_RULES, AS_OF)));

    assertThat(decision.outcome()).isEqualTo(EligibilityOutcome.NEEDS_INFORMATION);
    assertThat(decision.missing()).extracting(MissingCondition::text)
        .containsExactly("eligibility rules for SUMMER_SCHOOL");
  }

  @Test
  void noFindingForTheProgrammeIsRefused() {
    List<ConditionFinding> wireOnly = List.of(
        ConditionFinding.circumstancesNone(WIRE_CONVICTION, AS_OF));

    assertThatThrownBy(() -> Explainer.decision(ProgrammeCode.UP, AS_OF, YEAR, wireOnly))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no finding decides programme UP");
    assertThatThrownBy(() -> Explainer.decision(ProgrammeCode.UP, AS_OF, YEAR, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no finding decides programme UP");
  }

  @Test
  void findingsOfOtherProgrammesAreIgnored() {
    List<ConditionFinding> findings = List.of(
        ConditionFinding.circumstancesNone(WIRE_CONVICTION, AS_OF),
        ConditionFinding.ageWithin(UP_AGE, AgeBand.of(18, 25), null, AS_OF, 20),
        ConditionFinding.ageUnknown(LEAVING_CARE_AGE, AgeBand.of(16, 25), null,
            AS_OF),
        ConditionFinding.areaIn(UP_AREA, HomeArea.LEICESTER_CITY, AS_OF));

    EligibilityDecision decision = Explainer.decision(ProgrammeCode.UP, AS_OF, YEAR, findings);

    assertThat(decision.outcome()).isEqualTo(EligibilityOutcome.ELIGIBLE);
    assertThat(decision.reasons()).extracting(Reason::ruleId)
        .containsExactly("UP.age", "UP.area");
    assertThat(decision.missing()).isEmpty();
  }

  private static void assertWords(ConditionFinding finding, String reason, String missing) {
    assertThat(Explainer.reason(finding).text()).as(finding + " reason").isEqualTo(reason);
    assertThat(Explainer.reason(finding).ruleId()).isEqualTo(finding.ruleId());
    if (missing == null) {
      assertThat(finding.verdict()).as(finding.toString()).isEqualTo(
          ConditionFinding.Verdict.MET);
      assertThat(Explainer.missing(finding)).as(finding + " missing").isEmpty();
    } else {
      assertThat(Explainer.missing(finding).map(MissingCondition::text))
          .as(finding + " missing").contains(missing);
      assertThat(Explainer.missing(finding).map(MissingCondition::ruleId))
          .contains(finding.ruleId());
    }
  }

  private static Requirement requirement(String ruleId) {
    return EligibilityTable.shipped().requirements().stream()
        .filter(r -> r.ruleId().equals(ruleId)).findFirst().orElseThrow();
  }

  /** A programme of the catalogue's shape; the words name only its code and days. */
  private static Programme.Builder programme(ProgrammeCode code) {
    return Programme.builder().code(code).name(code.value()).description("a programme");
  }

  private static <T> List<List<T>> permutations(List<T> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    List<List<T>> all = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<T> rest = new ArrayList<>(items);
      T head = rest.remove(i);
      for (List<T> tail : permutations(rest)) {
        List<T> order = new ArrayList<>(List.of(head));
        order.addAll(tail);
        all.add(Collections.unmodifiableList(order));
      }
    }
    return all;
  }

  private record Worded(ConditionFinding finding, String reason, String missing) {}

  @Test
  void aRuleIdsOwnSentencesAreFoundByRuleIdAndKind() {
    var own = Explainer.own(java.util.Map.of(
        "UP.age.AGE_OVER", "Too old for UP on {date}.",
        "UP.age.AGE_OVER.missing", "nothing to be done",
        "LEAVING_CARE.age.band-note", "(a note, not a sentence of its own)",
        "AGE_OVER", "the shared sentence",
        "held.DEBT", "debt"));

    assertThat(own).containsOnlyKeys("UP.age");
    assertThat(own.get("UP.age")).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
        "AGE_OVER", "Too old for UP on {date}.", "AGE_OVER.missing", "nothing to be done"));
  }

}
