package uk.co.leicestershirecares.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static uk.co.leicestershirecares.core.policy.PolicyGenerators.CRISES;
import static uk.co.leicestershirecares.core.policy.PolicyGenerators.EARLIEST_AS_OF;
import static uk.co.leicestershirecares.core.policy.PolicyGenerators.LATEST_AS_OF;
import static uk.co.leicestershirecares.core.policy.PolicyGenerators.OFFENDING;
import static uk.co.leicestershirecares.core.policy.PolicyGenerators.PLAN_2021_START;
import static uk.co.leicestershirecares.core.policy.PolicyGenerators.PLAN_2024_START;
import static uk.co.leicestershirecares.core.policy.PolicyGenerators.PROGRAMMES;
import static uk.co.leicestershirecares.core.policy.PolicyGenerators.RECENT_WINDOW_DAYS;
import static uk.co.leicestershirecares.core.policy.PolicyGenerators.asOfDates;
import static uk.co.leicestershirecares.core.policy.PolicyGenerators.cases;
import static uk.co.leicestershirecares.core.policy.PolicyGenerators.datesBetween;
import static uk.co.leicestershirecares.core.policy.PolicyGenerators.datesOfBirth;
import static uk.co.leicestershirecares.core.policy.PolicyGenerators.leapDayBirths;
import static uk.co.leicestershirecares.core.policy.PolicyGenerators.records;
import static uk.co.leicestershirecares.core.policy.PolicyGenerators.recordsWithoutDateOfBirth;
import static uk.co.leicestershirecares.core.policy.PolicyGenerators.seeds;
import static uk.co.leicestershirecares.core.policy.PolicyGenerators.shuffledLists;
import static uk.co.leicestershirecares.testing.PolicyAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.eligibility.MissingCondition;
import uk.co.leicestershirecares.core.engagement.Attendance;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.engagement.EnrolmentStatus;
import uk.co.leicestershirecares.core.engagement.SessionKind;
import uk.co.leicestershirecares.core.engagement.WorkPlacement;
import uk.co.leicestershirecares.core.outcome.OutcomeCategory;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.outcome.OutcomeId;
import uk.co.leicestershirecares.core.outcome.OutcomeType;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.LeapDayBirthday;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantId;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.plan.PlanYear;
import uk.co.leicestershirecares.core.policy.PolicyGenerators.Case;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.core.reason.Sources;
import uk.co.leicestershirecares.core.stage.EmploymentPathway;
import uk.co.leicestershirecares.core.stage.Stage;
import uk.co.leicestershirecares.core.stage.StageChange;

/**
 * Properties of {@link ReferencePolicy#withDefaults()} over generated records (see {@link
 * PolicyGenerators}), from the acceptance list of the reference-policy issue: UP's age band turns
 * on the exact 18th and 26th birthdays (29 February births included); every decision explains
 * itself with reasons and missing conditions under the right rule ids; an unknown date of birth
 * is never guessed; facts no rule reads change nothing; targeted youth work follows the annual
 * plan in force; a crisis puts the stage at WITHIN and the employment pathway on hold; outcome
 * classification does not depend on the order of events; stage histories are exact; UP completers
 * may join WIRE; {@code assessAll} is {@code assess} for each record. Two further properties check
 * outcome classification against the documented table and that facts dated after the as-of date
 * are not evidence.
 */
final class ReferencePolicyPropertiesTest {
  private static final ReferencePolicy POLICY = ReferencePolicy.withDefaults();
  private static final LeapDayBirthday BIRTHDAYS = LeapDayBirthday.DEFAULT;
  private static final String TARGETED = "TARGETED_YOUTH_WORK";

  // 1. UP's age band -----------------------------------------------------------------------------

  @Test
  void upEligibilityFlipsExactlyOnThe18thAnd26thBirthdays() {
    Gen<HomeArea> llr = Generate.pick(
        List.of(HomeArea.LEICESTER_CITY, HomeArea.LEICESTERSHIRE, HomeArea.RUTLAND));
    qt().withExamples(300)
        // Born so that the day before the 18th birthday is a day UP runs (from its launch): the
        // property asks about both days. Earlier births move 8 years on rather than being
        // filtered out: a filter kept only about 60 % of the kit's dates and QuickTheories gave up
        // on some seeds, and 8 years keeps 29 February births on 29 February.
        .forAll(datesOfBirth().map(dob -> BIRTHDAYS.birthday(dob, 18)
            .isAfter(ProgrammeCatalogue.UP_LAUNCHED) ? dob : dob.plusYears(8)),
            llr, Generate.range(0, 18 * 365))
        .checkAssert((dob, area, convictedAfterDays) -> {
          LocalDate turns18 = BIRTHDAYS.birthday(dob, 18);
          assertThat(turns18).isAfter(ProgrammeCatalogue.UP_LAUNCHED);
          LocalDate turns26 = BIRTHDAYS.birthday(dob, 26);
          LocalDate convicted = dob.plusDays(convictedAfterDays);
          if (!convicted.isBefore(turns18)) {
            convicted = turns18.minusDays(1);
          }
          ParticipantRecord record = ParticipantRecord.of(Participant.builder()
              .id(ParticipantId.of("P-UP"))
              .dateOfBirth(dob)
              .homeArea(area)
              .addCircumstance(Circumstance.of(CircumstanceType.CONVICTION, convicted))
              .build());

          EligibilityDecision before18 = up(record, turns18.minusDays(1));
          assertThat(before18).isNotEligible();
          assertThat(before18.missing())
              .containsExactly(MissingCondition.of("UP.age", "turns 18 on " + turns18));

          EligibilityDecision on18 = up(record, turns18);
          assertThat(on18).isEligible();
          assertThat(on18.missing()).isEmpty();

          EligibilityDecision before26 = up(record, turns26.minusDays(1));
          assertThat(before26).isEligible();
          assertThat(before26.missing()).isEmpty();

          EligibilityDecision on26 = up(record, turns26);
          assertThat(on26).isNotEligible();
          assertThat(on26.missing()).containsExactly(MissingCondition.of(
              "UP.age", "no longer eligible from 26th birthday " + turns26));
        });
  }

  @Test
  void someoneBornOn29FebruaryJoinsAndLeavesUpOn1MarchInCommonYears() {
    // Written-out dates, so the property above cannot pass on a wrong birthday rule.
    assertThat(leapDayBirths()).contains(LocalDate.of(2000, 2, 29), LocalDate.of(2004, 2, 29));
    ParticipantRecord born2004 = convicted(LocalDate.of(2004, 2, 29));
    assertThat(up(born2004, LocalDate.of(2022, 2, 28)).missing())
        .containsExactly(MissingCondition.of("UP.age", "turns 18 on 2022-03-01"));
    assertThat(up(born2004, LocalDate.of(2022, 3, 1))).isEligible();
    assertThat(up(born2004, LocalDate.of(2030, 2, 28))).isEligible();
    assertThat(up(born2004, LocalDate.of(2030, 3, 1)).missing())
        .containsExactly(MissingCondition.of("UP.age", "no longer eligible from 26th birthday"
            + " 2030-03-01"));
    // Born 2000: 18 on 2018-03-01, before UP was launched on 2019-09-01.
    ParticipantRecord born2000 = convicted(LocalDate.of(2000, 2, 29));
    assertThat(up(born2000, LocalDate.of(2018, 3, 1)).missing()).extracting(
        MissingCondition::ruleId).containsExactly("UP.runs");
    assertThat(up(born2000, LocalDate.of(2026, 2, 28))).isEligible();
  }

  // 2. Decisions explain themselves -------------------------------------------------------------

  @Test
  void everyAnswerHasReasonsUnderItsOwnRuleIdsAndMissingConditionsExactlyWhenNotEligible() {
    qt().withExamples(1000).forAll(cases()).checkAssert(c -> {
      Assessment a = POLICY.assess(c.record(), c.asOf());
      assertThat(a.participant()).isEqualTo(c.record().id());
      assertThat(a.asOf()).isEqualTo(c.asOf());
      assertThat(a.planYear()).isEqualTo(PlanYear.containing(c.asOf()));
      assertThat(a.eligibility()).extracting(EligibilityDecision::programme)
          .containsExactlyElementsOf(PROGRAMMES);
      for (EligibilityDecision d : a.eligibility()) {
        String prefix = d.programme().value() + ".";
        assertThat(d.asOf()).isEqualTo(c.asOf());
        assertThat(d.reasons()).as("reasons of %s", d.programme()).isNotEmpty()
            .allSatisfy(r -> assertThat(r.ruleId()).startsWith(prefix));
        if (d.outcome() == EligibilityOutcome.ELIGIBLE) {
          assertThat(d.missing()).as("missing of %s", d.programme()).isEmpty();
        } else {
          assertThat(d.missing()).as("missing of %s", d.programme()).isNotEmpty();
        }
        assertThat(d.missing()).allSatisfy(m -> assertThat(m.ruleId()).startsWith(prefix));
        assertThat(d.reasons().stream().map(Reason::ruleId))
            .as("every missing condition is one of the conditions evaluated")
            .containsAll(d.missing().stream().map(MissingCondition::ruleId).toList());
      }
      assertThat(a.stageReasons()).isNotEmpty()
          .allSatisfy(r -> assertThat(r.ruleId()).startsWith("STAGE."));
      assertThat(a.employmentPathwayReasons()).isNotEmpty()
          .allSatisfy(r -> assertThat(r.ruleId()).startsWith("PATHWAY."));
      assertThat(a.outcomes()).extracting(OutcomeClassification::outcome)
          .containsExactlyElementsOf(c.record().outcomes().stream().map(OutcomeEvent::id)
              .toList());
      for (OutcomeClassification o : a.outcomes()) {
        assertThat(o.reasons()).isNotEmpty()
            .allSatisfy(r -> assertThat(r.ruleId()).startsWith("OUTCOME."));
      }
    });
  }

  // 3. An unknown date of birth ------------------------------------------------------------------

  @Test
  void withoutADateOfBirthUpIsNeverEligibleAndNeedsInformationWhenEverythingElseHolds() {
    AtomicInteger needsInformation = new AtomicInteger();
    qt().withExamples(300).forAll(cases(recordsWithoutDateOfBirth())).checkAssert(c -> {
      Assessment a = POLICY.assess(c.record(), c.asOf());
      Participant p = c.record().participant();
      boolean offending = OFFENDING.stream().anyMatch(t -> p.hasCircumstanceOn(t, c.asOf()));
      EligibilityDecision up = a.decision(ProgrammeCode.UP);
      assertThat(up.outcome()).isNotEqualTo(EligibilityOutcome.ELIGIBLE);
      boolean upRuns = !c.asOf().isBefore(ProgrammeCatalogue.UP_LAUNCHED);
      if (offending && p.homeArea().isInLlr() && upRuns) {
        needsInformation.incrementAndGet();
        assertThat(up).needsInformation();
        assertThat(up.missing())
            .containsExactly(MissingCondition.of("UP.age", "record a date of birth"));
      } else {
        assertThat(up).isNotEligible();
      }
      // Every other age-banded answer is never guessed either (WIRE's UP-completer route has no
      // age condition).
      for (EligibilityDecision d : a.eligibility()) {
        if (!d.programme().equals(ProgrammeCode.WIRE)) {
          assertThat(d.outcome()).as("%s", d.programme())
              .isNotEqualTo(EligibilityOutcome.ELIGIBLE);
        }
      }
    });
    assertThat(needsInformation.get()).as("cases where only the date of birth was missing")
        .isGreaterThan(10);
  }

  // 4. Facts no rule reads -----------------------------------------------------------------------

  @Test
  void changingFactsThatNoRuleReadsNeverChangesTheAssessment() {
    qt().withExamples(600)
        .forAll(cases().flatMap(c -> irrelevantlyChanged(c.record())
            .map(changed -> Pair.of(c, changed))))
        .checkAssert(pair -> {
          Case c = pair._1;
          ParticipantRecord changed = pair._2;
          Assessment before = POLICY.assess(c.record(), c.asOf());
          Assessment after = POLICY.assess(changed, c.asOf());
          assertThat(after.stage()).isEqualTo(before.stage());
          assertThat(after.stageReasons()).isEqualTo(before.stageReasons());
          assertThat(after.employmentPathwayReasons()).isEqualTo(before.employmentPathwayReasons());
          assertThat(after.eligibility()).isEqualTo(before.eligibility());
          assertThat(after.outcomes()).isEqualTo(before.outcomes());
          assertThat(after).isEqualTo(before);
        });
  }

  @Test
  void renamingAPlacementPartnerChangesOnlyTheWordsOfTheStageReasons() {
    Gen<String> names = Generate.pick(List.of("Renamed Ltd", "Another Partner plc", "X"));
    qt().withExamples(200).forAll(cases(), names).checkAssert((c, name) -> {
      ParticipantRecord renamed = ParticipantRecord.builder().from(c.record())
          .placements(c.record().placements().stream()
              .map(w -> copy(w, name, w.paid(), w.mentored())).toList())
          .build();
      Assessment before = POLICY.assess(c.record(), c.asOf());
      Assessment after = POLICY.assess(renamed, c.asOf());
      assertThat(after.stage()).isEqualTo(before.stage());
      assertThat(withoutTexts(after.stageReasons())).isEqualTo(withoutTexts(before.stageReasons()));
      assertThat(after.employmentPathway()).isEqualTo(before.employmentPathway());
      assertThat(after.employmentPathwayReasons()).isEqualTo(before.employmentPathwayReasons());
      assertThat(after.eligibility()).isEqualTo(before.eligibility());
      assertThat(after.outcomes()).isEqualTo(before.outcomes());
    });
  }

  // 5. Targeted youth work follows the annual plan in force -------------------------------------

  @Test
  void targetedYouthWorkFollowsTheAnnualPlanInForceOnEachDate() {
    Gen<LocalDate> dates = Generate.frequency(
        Pair.of(3, datesBetween(EARLIEST_AS_OF, LATEST_AS_OF)),
        Pair.of(1, Generate.pick(List.of(PLAN_2021_START.minusDays(1), PLAN_2021_START,
            PLAN_2024_START.minusDays(1), PLAN_2024_START))));
    qt().withExamples(800).forAll(records(), dates).checkAssert((record, asOf) -> {
      EligibilityDecision d =
          POLICY.assess(record, asOf).decision(ProgrammeCode.TARGETED_YOUTH_WORK);
      assertThat(d.planYear()).isEqualTo(expectedTargetedPlanYear(asOf));
      assertThat(d.outcome()).isEqualTo(expectedTargetedOutcome(record.participant(), asOf));
      assertThat(d.priority()).isEqualTo(!asOf.isBefore(PLAN_2021_START)
          && inTargetedGroup(record.participant(), asOf));
      List<Object> sources = d.reasons().stream().map(Reason::source).collect(Collectors.toList());
      if (asOf.isBefore(PLAN_2021_START)) {
        assertThat(d.missing()).extracting(MissingCondition::ruleId)
            .containsExactly(TARGETED + ".plan-in-force");
        assertThat(sources).containsOnly(Sources.NO_PLAN_IN_FORCE);
      } else if (asOf.isBefore(PLAN_2024_START)) {
        assertThat(sources).contains(Sources.TARGETED_WORK_2021)
            .doesNotContain(Sources.TARGETED_WORK_2024);
        assertThat(d.missing()).extracting(MissingCondition::ruleId)
            .doesNotContain(TARGETED + ".plan-in-force");
      } else {
        assertThat(sources).contains(Sources.TARGETED_WORK_2024)
            .doesNotContain(Sources.TARGETED_WORK_2021);
        assertThat(d.missing()).extracting(MissingCondition::ruleId)
            .doesNotContain(TARGETED + ".plan-in-force");
      }
    });
  }

  @Test
  void sendOrRiskOfOffendingAloneIsAPriorityUnderThe2024PlanButNotAGroupUnderThe2021Plan() {
    Gen<LocalDate> dobs = Generate.frequency(
        Pair.of(4, datesBetween(LocalDate.of(2002, 1, 1), LocalDate.of(2006, 3, 31))),
        Pair.of(1, Generate.constant(LocalDate.of(2004, 2, 29))));
    Gen<CircumstanceType> only = Generate.pick(List.of(
        CircumstanceType.SEND, CircumstanceType.AT_RISK_OF_OFFENDING,
        CircumstanceType.YOUTH_JUSTICE));
    Gen<LocalDate> under2021 = datesBetween(PLAN_2021_START, PLAN_2024_START.minusDays(1));
    Gen<LocalDate> under2024 = datesBetween(PLAN_2024_START, LocalDate.of(2026, 12, 31));
    qt().withExamples(200)
        .forAll(dobs.zip(Generate.range(0, 5000), Pair::of), only, under2021, under2024)
        .checkAssert((dobAndStart, type, d2021, d2024) -> {
          LocalDate dob = dobAndStart._1;
          LocalDate since = dob.plusDays(dobAndStart._2);
          if (since.isAfter(PLAN_2021_START)) {
            since = PLAN_2021_START;
          }
          ParticipantRecord record = ParticipantRecord.of(Participant.builder()
              .id(ParticipantId.of("P-TYW"))
              .dateOfBirth(dob)
              .homeArea(HomeArea.OUTSIDE_LLR)
              .addCircumstance(Circumstance.of(type, since))
              .build());
          for (LocalDate asOf : List.of(d2021, PLAN_2024_START.minusDays(1))) {
            EligibilityDecision d = targeted(record, asOf);
            assertThat(d.planYear()).isEqualTo(PlanYear.startingIn(2021));
            assertThat(d).isNotEligible();
            assertThat(d.missing()).extracting(MissingCondition::ruleId)
                .containsExactly(TARGETED + ".priority-group");
          }
          for (LocalDate asOf : List.of(PLAN_2024_START, d2024)) {
            EligibilityDecision d = targeted(record, asOf);
            assertThat(d.planYear()).isEqualTo(PlanYear.startingIn(2024));
            assertThat(d).isEligible();
            assertThat(d.priority()).isTrue();
          }
        });
  }

  // 6. Crises ------------------------------------------------------------------------------------

  @Test
  void anActiveCrisisMeansStageWithinAndPathwayOnHoldAndNoCrisisMeansPathwayOpen() {
    AtomicInteger crises = new AtomicInteger();
    AtomicInteger calm = new AtomicInteger();
    qt().withExamples(800).forAll(cases()).checkAssert(c -> {
      Assessment a = POLICY.assess(c.record(), c.asOf());
      List<Circumstance> active = c.record().participant().circumstances().stream()
          .filter(x -> CRISES.contains(x.type()) && x.isActiveOn(c.asOf()))
          .toList();
      if (!active.isEmpty()) {
        crises.incrementAndGet();
        assertThat(a).hasStage(Stage.WITHIN).hasEmploymentPathway(EmploymentPathway.ON_HOLD);
        assertThat(a.stageReasons()).hasSize(active.size())
            .allSatisfy(r -> assertThat(r.ruleId()).isEqualTo("STAGE.crisis"));
        assertThat(a.employmentPathwayReasons()).hasSize(active.size())
            .allSatisfy(r -> assertThat(r.ruleId()).isEqualTo("PATHWAY.on-hold"));
      } else {
        calm.incrementAndGet();
        assertThat(a).hasEmploymentPathway(EmploymentPathway.OPEN);
        assertThat(a.employmentPathwayReasons()).extracting(Reason::ruleId)
            .containsExactly("PATHWAY.open");
        assertThat(a.stage()).isEqualTo(expectedStageWithoutCrisis(c.record(), c.asOf()));
      }
    });
    assertThat(crises.get()).as("cases with an active crisis").isGreaterThan(40);
    assertThat(calm.get()).as("cases without an active crisis").isGreaterThan(40);
  }

  @Test
  void addingAnActiveCrisisToAnyRecordPutsTheStageAtWithinAndThePathwayOnHold() {
    qt().withExamples(300)
        .forAll(cases(), Generate.pick(CRISES), Generate.range(0, 400), Generate.range(-1, 400))
        .checkAssert((c, crisis, startedDaysBefore, endsDaysAfter) -> {
          Circumstance circumstance = circumstanceAround(c.record(), c.asOf(), crisis,
              startedDaysBefore, endsDaysAfter);
          ParticipantRecord inCrisis = withCircumstance(c.record(), circumstance);
          Assessment a = POLICY.assess(inCrisis, c.asOf());
          assertThat(a).hasStage(Stage.WITHIN).hasEmploymentPathway(EmploymentPathway.ON_HOLD);
          assertThat(a.stageReasons()).extracting(Reason::ruleId).containsOnly("STAGE.crisis");
          assertThat(a.employmentPathwayReasons()).extracting(Reason::ruleId)
              .containsOnly("PATHWAY.on-hold");
          // Otherwise the crisis changes only targeted youth work, whose "homeless" priority group
          // includes homelessness and rough sleeping.
          Assessment without = POLICY.assess(c.record(), c.asOf());
          for (EligibilityDecision d : without.eligibility()) {
            if (!d.programme().equals(ProgrammeCode.TARGETED_YOUTH_WORK)) {
              assertThat(a.decision(d.programme())).as("%s", d.programme()).isEqualTo(d);
            }
          }
          assertThat(a.outcomes()).isEqualTo(without.outcomes());
        });
  }

  // docs/policy-decisions.md, "Crises put the employment pathway on hold" (housing states) and
  // "An acute mental-health crisis is a setting": a roof secured, insecure housing, a
  // mental-health need and an acute mental-health crisis are not crises by default.

  @Test
  void addingASecuredHomeOrAMentalHealthStateChangesNeitherTheStageNorThePathway() {
    List<CircumstanceType> notCrises = List.of(CircumstanceType.TEMPORARY_ACCOMMODATION,
        CircumstanceType.SUPPORTED_ACCOMMODATION, CircumstanceType.INSECURE_HOUSING,
        CircumstanceType.MENTAL_HEALTH_NEED, CircumstanceType.MENTAL_HEALTH_CRISIS);
    qt().withExamples(300)
        .forAll(cases(), Generate.pick(notCrises), Generate.range(0, 400), Generate.range(-1, 400))
        .checkAssert((c, type, startedDaysBefore, endsDaysAfter) -> {
          Circumstance circumstance = circumstanceAround(c.record(), c.asOf(), type,
              startedDaysBefore, endsDaysAfter);
          Assessment with = POLICY.assess(withCircumstance(c.record(), circumstance), c.asOf());
          Assessment without = POLICY.assess(c.record(), c.asOf());
          assertThat(with.stage()).as("%s", type).isEqualTo(without.stage());
          assertThat(with.stageReasons()).as("%s", type).isEqualTo(without.stageReasons());
          assertThat(with.employmentPathway()).as("%s", type)
              .isEqualTo(without.employmentPathway());
          assertThat(with.employmentPathwayReasons()).as("%s", type)
              .isEqualTo(without.employmentPathwayReasons());
          assertThat(with.outcomes()).isEqualTo(without.outcomes());
          // Only targeted youth work may read them: its "homeless" priority group may list them.
          for (EligibilityDecision d : without.eligibility()) {
            if (!d.programme().equals(ProgrammeCode.TARGETED_YOUTH_WORK)) {
              assertThat(with.decision(d.programme())).as("%s", d.programme()).isEqualTo(d);
            }
          }
        });
  }

  // 7. Determinism and order independence -------------------------------------------------------

  @Test
  void classificationIsDeterministicAndIndependentOfTheOrderOfEvents() {
    qt().withExamples(500).forAll(cases(), seeds()).checkAssert((c, seed) -> {
      Assessment once = POLICY.assess(c.record(), c.asOf());
      assertThat(POLICY.assess(c.record(), c.asOf())).isEqualTo(once);
      assertThat(ReferencePolicy.withDefaults().assess(c.record(), c.asOf())).isEqualTo(once);

      ParticipantRecord shuffled = shuffledLists(c.record(), seed);
      Assessment reordered = POLICY.assess(shuffled, c.asOf());
      assertThat(byId(reordered.outcomes())).isEqualTo(byId(once.outcomes()));
      assertThat(reordered.outcomes()).extracting(OutcomeClassification::outcome)
          .containsExactlyElementsOf(shuffled.outcomes().stream().map(OutcomeEvent::id).toList());
      assertThat(reordered.stage()).isEqualTo(once.stage());
      assertThat(reordered.stageReasons()).containsExactlyInAnyOrderElementsOf(once.stageReasons());
      assertThat(reordered.employmentPathway()).isEqualTo(once.employmentPathway());
      assertThat(reordered.employmentPathwayReasons())
          .containsExactlyInAnyOrderElementsOf(once.employmentPathwayReasons());
      for (EligibilityDecision d : once.eligibility()) {
        EligibilityDecision r = reordered.decision(d.programme());
        assertThat(r.outcome()).as("%s", d.programme()).isEqualTo(d.outcome());
        assertThat(r.planYear()).isEqualTo(d.planYear());
        assertThat(r.reasons().stream().map(Reason::ruleId).toList())
            .containsExactlyInAnyOrderElementsOf(d.reasons().stream().map(Reason::ruleId)
                .toList());
        assertThat(r.missing().stream().map(MissingCondition::ruleId).toList())
            .containsExactlyInAnyOrderElementsOf(d.missing().stream()
                .map(MissingCondition::ruleId).toList());
      }
    });
  }

  // 8. Stage history -----------------------------------------------------------------------------

  @Test
  void stageAloneIsTheStageOfTheWholeAssessment() {
    qt().withExamples(1000).forAll(cases()).checkAssert(c ->
        assertThat(POLICY.stage(c.record(), c.asOf()))
            .isEqualTo(POLICY.assess(c.record(), c.asOf()).stage()));
  }

  @Test
  void stageHistoryEqualsADayByDayScan() {
    qt().withExamples(300).forAll(cases(), Generate.range(0, 400)).checkAssert((c, days) -> {
      LocalDate from = c.asOf();
      LocalDate to = from.plusDays(days);
      List<StageChange> history = POLICY.stageHistory(c.record(), from, to);

      List<StageChange> scan = new ArrayList<>();
      Stage current = null;
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        Stage stage = POLICY.assess(c.record(), d).stage();
        if (current == null) {
          scan.add(StageChange.first(d, stage));
        } else if (stage != current) {
          scan.add(StageChange.of(d, current, stage));
        }
        current = stage;
      }
      assertThat(history).isEqualTo(scan);
      assertThat(history.get(0).date()).isEqualTo(from);
      assertThat(history.get(0).previous()).isEmpty();
      for (int i = 1; i < history.size(); i++) {
        assertThat(history.get(i).previous()).contains(history.get(i - 1).stage());
        assertThat(history.get(i).stage()).isNotEqualTo(history.get(i - 1).stage());
        assertThat(history.get(i).date()).isAfter(history.get(i - 1).date());
      }
    });
  }

  // 9. WIRE after UP -----------------------------------------------------------------------------

  @Test
  void anyoneWhoCompletedUpIsEligibleForWire() {
    AtomicInteger withoutConviction = new AtomicInteger();
    qt().withExamples(300)
        .forAll(cases(), completions(), Generate.range(0, 2000), Generate.range(0, 400))
        .checkAssert((c, status, startedDaysBefore, lastedDays) -> {
          ParticipantRecord record = withCompletedUp(c, status, startedDaysBefore, lastedDays);
          if (!record.participant().hasCircumstanceOn(CircumstanceType.CONVICTION, c.asOf())) {
            withoutConviction.incrementAndGet();
          }
          EligibilityDecision wire = POLICY.assess(record, c.asOf()).decision(ProgrammeCode.WIRE);
          assertThat(wire).isEligible();
          assertThat(wire.reasons()).extracting(Reason::ruleId)
              .contains("WIRE.progression-from-UP");
          assertThat(wire.reasons()).filteredOn(r -> r.ruleId().equals("WIRE.progression-from-UP"))
              .extracting(Reason::source).containsOnly(Sources.WIRE_AFTER_UP);
        });
    assertThat(withoutConviction.get()).as("completers without a conviction").isGreaterThan(30);
  }

  @Test
  void whenUpCompletersNeedAConvictionAnAtRiskCompleterWithoutOneIsNotEligibleForWire() {
    ReferencePolicy strict = ReferencePolicy.of(
        PolicyParameters.builder().upCompletersNeedConviction(true).build(),
        ProgrammeCatalogue.standard());
    qt().withExamples(200)
        .forAll(cases(), completions(), Generate.range(0, 2000), Generate.range(0, 400))
        .checkAssert((c, status, startedDaysBefore, lastedDays) -> {
          ParticipantRecord completer = withCompletedUp(c, status, startedDaysBefore, lastedDays);
          ParticipantRecord atRisk = withCircumstance(
              withoutCircumstances(completer, CircumstanceType.CONVICTION),
              Circumstance.of(CircumstanceType.AT_RISK_OF_OFFENDING, earliest(completer)));

          EligibilityDecision strictly =
              strict.assess(atRisk, c.asOf()).decision(ProgrammeCode.WIRE);
          assertThat(strictly).isNotEligible();
          assertThat(strictly.missing()).extracting(MissingCondition::ruleId)
              .contains("WIRE.conviction");
          assertThat(POLICY.assess(atRisk, c.asOf()).decision(ProgrammeCode.WIRE))
              .as("the same person under the default parameters")
              .isEligible();

          ParticipantRecord convicted = withCircumstance(atRisk,
              Circumstance.of(CircumstanceType.CONVICTION, earliest(completer)));
          assertThat(strict.assess(convicted, c.asOf()).decision(ProgrammeCode.WIRE))
              .as("a completer with a conviction")
              .isEligible();
        });
  }

  @Test
  void someoneStillOnUpWithoutAConvictionIsToldToCompleteUpFirst() {
    qt().withExamples(300)
        .forAll(cases(), Generate.range(0, 2000), Generate.range(-1, 400), PolicyGenerators.seeds())
        .checkAssert((c, startedDaysBefore, endsDaysAfter, seed) -> {
          ParticipantRecord base = withoutCircumstances(c.record(), CircumstanceType.CONVICTION);
          LocalDate from = c.asOf().minusDays(startedDaysBefore);
          if (from.isBefore(earliest(base))) {
            from = earliest(base);
          }
          Enrolment active = Enrolment.builder()
              .programme(ProgrammeCode.UP)
              .status(EnrolmentStatus.ACTIVE)
              .from(from)
              .to(endsDaysAfter < 0 ? Optional.empty()
                  : Optional.of(c.asOf().plusDays(endsDaysAfter)))
              .build();
          List<Enrolment> enrolments = new ArrayList<>(base.enrolments().stream()
              .filter(e -> !e.programme().equals(ProgrammeCode.UP)).toList());
          enrolments.add(active);
          ParticipantRecord onUp = ParticipantRecord.builder().from(base)
              .enrolments(PolicyGenerators.shuffled(enrolments, seed)).build();

          EligibilityDecision wire = POLICY.assess(onUp, c.asOf()).decision(ProgrammeCode.WIRE);
          assertThat(wire).isNotEligible();
          assertThat(wire.missing()).contains(
              MissingCondition.of("WIRE.progression-from-UP", "completes UP, then may join WIRE"),
              MissingCondition.of("WIRE.conviction", "has a conviction"));
        });
  }

  // 10. assessAll --------------------------------------------------------------------------------

  @Test
  void assessAllIsAssessForEachRecordInOrder() {
    qt().withExamples(100)
        .forAll(lists().of(records()).ofSizeBetween(0, 6), asOfDates())
        .checkAssert((records, asOf) -> assertThat(POLICY.assessAll(records, asOf))
            .isEqualTo(records.stream().map(r -> POLICY.assess(r, asOf)).toList()));
  }

  // 11. Outcome classification follows the documented table ------------------------------------

  @Test
  void outcomeClassificationFollowsTheCategoryTableAndTheSustainmentRule() {
    qt().withExamples(500).forAll(cases()).checkAssert(c -> {
      Assessment a = POLICY.assess(c.record(), c.asOf());
      for (OutcomeEvent event : c.record().outcomes()) {
        OutcomeClassification o = a.classification(event.id()).orElseThrow();
        OutcomeCategory category = expectedCategory(event.type());
        assertThat(o.category()).isEqualTo(category);
        assertThat(o.ete()).as("ETE").isEqualTo(ETE.contains(category));
        assertThat(o.hard()).as("hard").isEqualTo(HARD.contains(category));
        assertThat(o.stage()).as("stage").isEqualTo(Optional.ofNullable(STAGES.get(category)));
        boolean held = category == OutcomeCategory.EMPLOYMENT
            || category == OutcomeCategory.EDUCATION;
        assertThat(o.sustained13Weeks()).as("sustained 13 weeks")
            .isEqualTo(held && stillHeld(event, event.date().plusWeeks(13), c.asOf()));
        assertThat(o.sustained26Weeks()).as("sustained 26 weeks")
            .isEqualTo(held && stillHeld(event, event.date().plusWeeks(26), c.asOf()));
        assertThat(o.reasons().get(0).ruleId()).isEqualTo(
            "OUTCOME." + category.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        assertThat(o.reasons().stream().skip(1).map(Reason::ruleId).toList())
            .isEqualTo(held ? List.of("OUTCOME.sustained") : List.of());
      }
    });
  }

  // 12. Facts dated after the as-of date ---------------------------------------------------------

  /**
   * {@link Policy#assess} promises that facts dated after the as-of date are not evidence. Every
   * outcome event is classified whatever its date, so outcomes stay; everything else that starts
   * after the as-of date is dropped, and the stage, the pathway and every decision must stay the
   * same, reasons and missing conditions included.
   */
  @Test
  void factsDatedAfterTheAsOfDateAreNotEvidence() {
    qt().withExamples(300).forAll(cases()).checkAssert(c -> {
      Assessment withFuture = POLICY.assess(c.record(), c.asOf());
      Assessment withoutFuture = POLICY.assess(knownOn(c.record(), c.asOf()), c.asOf());
      assertThat(withFuture.stage()).isEqualTo(withoutFuture.stage());
      assertThat(withFuture.stageReasons()).isEqualTo(withoutFuture.stageReasons());
      assertThat(withFuture.employmentPathway()).isEqualTo(withoutFuture.employmentPathway());
      assertThat(withFuture.employmentPathwayReasons())
          .isEqualTo(withoutFuture.employmentPathwayReasons());
      for (EligibilityDecision d : withFuture.eligibility()) {
        EligibilityDecision expected = withoutFuture.decision(d.programme());
        assertThat(texts(d.reasons())).as("reasons of %s", d.programme())
            .isEqualTo(texts(expected.reasons()));
        assertThat(d.missing()).as("missing of %s", d.programme())
            .isEqualTo(expected.missing());
        assertThat(d).isEqualTo(expected);
      }
    });
  }

  @Test
  void aUpEnrolmentThatStartsAfterTheAsOfDateIsNotCitedForWire() {
    ParticipantRecord record = ParticipantRecord.builder()
        .participant(Participant.builder()
            .id(ParticipantId.of("P-LATER"))
            .dateOfBirth(LocalDate.of(1999, 6, 1))
            .homeArea(HomeArea.LEICESTER_CITY)
            .addCircumstance(Circumstance.of(CircumstanceType.AT_RISK_OF_OFFENDING,
                LocalDate.of(2023, 1, 1)))
            .build())
        .addEnrolment(Enrolment.builder()
            .programme(ProgrammeCode.UP)
            .status(EnrolmentStatus.REFERRED)
            .from(LocalDate.of(2024, 9, 1))
            .build())
        .build();
    EligibilityDecision wire =
        POLICY.assess(record, LocalDate.of(2024, 6, 1)).decision(ProgrammeCode.WIRE);
    assertThat(wire).isNotEligible();
    // On 2024-06-01 the person has not been referred to UP yet: only the conviction is missing.
    assertThat(wire.missing()).extracting(MissingCondition::ruleId)
        .containsExactly("WIRE.conviction");
  }

  // Helpers --------------------------------------------------------------------------------------

  private static EligibilityDecision up(ParticipantRecord record, LocalDate asOf) {
    return POLICY.assess(record, asOf).decision(ProgrammeCode.UP);
  }

  private static EligibilityDecision targeted(ParticipantRecord record, LocalDate asOf) {
    return POLICY.assess(record, asOf).decision(ProgrammeCode.TARGETED_YOUTH_WORK);
  }

  private static ParticipantRecord convicted(LocalDate dob) {
    return ParticipantRecord.of(Participant.builder()
        .id(ParticipantId.of("P-LEAP"))
        .dateOfBirth(dob)
        .homeArea(HomeArea.LEICESTER_CITY)
        .addCircumstance(Circumstance.of(CircumstanceType.CONVICTION, dob.plusYears(15)))
        .build());
  }

  /** The first day facts of the record may be dated: the date of birth, or 2012 if unknown. */
  private static LocalDate earliest(ParticipantRecord record) {
    return record.participant().dateOfBirth().orElse(LocalDate.of(2012, 1, 1));
  }

  /**
   * A circumstance of {@code type} begun {@code startedDaysBefore} days before {@code asOf} (but
   * not before birth): still open if {@code endsDaysAfter} is negative, else ending that many days
   * after {@code asOf}.
   */
  private static Circumstance circumstanceAround(ParticipantRecord record, LocalDate asOf,
      CircumstanceType type, int startedDaysBefore, int endsDaysAfter) {
    LocalDate floor = record.participant().dateOfBirth().orElse(LocalDate.MIN);
    LocalDate from = asOf.minusDays(startedDaysBefore);
    if (from.isBefore(floor)) {
      from = floor;
    }
    return endsDaysAfter < 0
        ? Circumstance.of(type, from)
        : Circumstance.of(type, from, asOf.plusDays(endsDaysAfter));
  }

  private static ParticipantRecord withCircumstance(ParticipantRecord record, Circumstance c) {
    return ParticipantRecord.builder().from(record)
        .participant(Participant.builder().from(record.participant()).addCircumstance(c).build())
        .build();
  }

  private static ParticipantRecord withoutCircumstances(
      ParticipantRecord record, CircumstanceType... types) {
    Set<CircumstanceType> removed = EnumSet.noneOf(CircumstanceType.class);
    removed.addAll(List.of(types));
    Participant p = record.participant();
    return ParticipantRecord.builder().from(record)
        .participant(Participant.builder().from(p)
            .circumstances(p.circumstances().stream().filter(c -> !removed.contains(c.type()))
                .toList())
            .build())
        .build();
  }

  private static Gen<EnrolmentStatus> completions() {
    return Generate.pick(List.of(EnrolmentStatus.COMPLETED, EnrolmentStatus.PROGRESSED));
  }

  /** The case's record with a UP enrolment completed (ended) on or before the as-of date. */
  private static ParticipantRecord withCompletedUp(
      Case c, EnrolmentStatus status, int startedDaysBefore, int lastedDays) {
    LocalDate from = c.asOf().minusDays(startedDaysBefore);
    if (from.isBefore(earliest(c.record()))) {
      from = earliest(c.record());
    }
    LocalDate to = from.plusDays(lastedDays);
    if (to.isAfter(c.asOf())) {
      to = c.asOf();
    }
    return ParticipantRecord.builder().from(c.record())
        .addEnrolment(Enrolment.builder()
            .programme(ProgrammeCode.UP).status(status).from(from).to(to).build())
        .build();
  }

  /**
   * The record with one to three changes to facts no rule reads: parent and debt circumstances,
   * referrals, session ids, workshop and one-to-one attendances, placements' paid and mentored
   * flags, enrolments on programmes other than UP, and the programme an outcome is credited to.
   */
  private static Gen<ParticipantRecord> irrelevantlyChanged(ParticipantRecord record) {
    LocalDate base = earliest(record);
    Gen<CircumstanceType> parentOrDebt =
        Generate.pick(List.of(CircumstanceType.PARENT, CircumstanceType.DEBT));
    List<Gen<Function<ParticipantRecord, ParticipantRecord>>> changes = List.of(
        // add parent or debt circumstances
        lists().of(PolicyGenerators.circumstances(parentOrDebt, base)).ofSizeBetween(1, 3)
            .map(added -> r -> {
              Participant.Builder p = Participant.builder().from(r.participant());
              added.forEach(p::addCircumstance);
              return ParticipantRecord.builder().from(r).participant(p.build()).build();
            }),
        // remove every parent and debt circumstance
        Generate.constant(
            r -> withoutCircumstances(r, CircumstanceType.PARENT, CircumstanceType.DEBT)),
        // replace the referrals
        lists().of(PolicyGenerators.referrals(base)).ofSizeBetween(0, 3)
            .map(referrals -> r -> ParticipantRecord.builder().from(r).referrals(referrals)
                .build()),
        // change or drop session ids
        lists().of(PolicyGenerators.sessionIds()).ofSizeBetween(1, 8)
            .map(ids -> r -> {
              List<Attendance> changed = new ArrayList<>();
              for (int i = 0; i < r.attendances().size(); i++) {
                changed.add(Attendance.builder().from(r.attendances().get(i))
                    .session(ids.get(i % ids.size())).build());
              }
              return ParticipantRecord.builder().from(r).attendances(changed).build();
            }),
        // add workshop and one-to-one attendances
        lists().of(PolicyGenerators.attendances(base)
                .map(a -> a.kind() == SessionKind.GROUP
                    ? Attendance.builder().from(a).kind(SessionKind.WORKSHOP).build() : a))
            .ofSizeBetween(1, 4)
            .map(added -> r -> ParticipantRecord.builder().from(r).addAllAttendances(added)
                .build()),
        // remove workshop and one-to-one attendances
        Generate.constant(r -> ParticipantRecord.builder().from(r)
            .attendances(r.attendances().stream().filter(a -> a.kind() == SessionKind.GROUP)
                .toList())
            .build()),
        // flip placements' paid and mentored flags
        Generate.booleans().zip(Generate.booleans(), Pair::of)
            .map(flags -> r -> ParticipantRecord.builder().from(r)
                .placements(r.placements().stream()
                    .map(w -> copy(w, w.partner(), flags._1 != w.paid(), flags._2 == w.mentored()))
                    .toList())
                .build()),
        // replace the enrolments on programmes other than UP
        lists().of(PolicyGenerators.enrolments(base)
                .map(e -> e.programme().equals(ProgrammeCode.UP)
                    ? Enrolment.builder().programme(ProgrammeCode.LEAVING_CARE).status(e.status())
                        .from(e.from()).to(e.to()).build()
                    : e))
            .ofSizeBetween(0, 3)
            .map(others -> r -> {
              List<Enrolment> enrolments = new ArrayList<>(r.enrolments().stream()
                  .filter(e -> e.programme().equals(ProgrammeCode.UP)).toList());
              enrolments.addAll(others);
              return ParticipantRecord.builder().from(r).enrolments(enrolments).build();
            }),
        // change the programme each outcome is credited to
        lists().of(Generate.pick(PROGRAMMES).toOptionals(30)).ofSizeBetween(1, 6)
            .map(programmes -> r -> {
              List<OutcomeEvent> changed = new ArrayList<>();
              for (int i = 0; i < r.outcomes().size(); i++) {
                changed.add(OutcomeEvent.builder().from(r.outcomes().get(i))
                    .programme(programmes.get(i % programmes.size())).build());
              }
              return ParticipantRecord.builder().from(r).outcomes(changed).build();
            }));
    Gen<Function<ParticipantRecord, ParticipantRecord>> anyChange =
        Generate.pick(changes).flatMap(g -> g);
    return lists().of(anyChange).ofSizeBetween(1, 3).map(chosen -> {
      ParticipantRecord changed = record;
      for (Function<ParticipantRecord, ParticipantRecord> change : chosen) {
        changed = change.apply(changed);
      }
      return changed;
    });
  }

  /** {@code w} with another partner name and flags ({@code WorkPlacement} has no copy builder). */
  private static WorkPlacement copy(WorkPlacement w, String partner, boolean paid,
      boolean mentored) {
    return WorkPlacement.builder().partner(partner).programme(w.programme()).sector(w.sector())
        .from(w.from()).to(w.to()).paid(paid).mentored(mentored).build();
  }

  private static List<Object> withoutTexts(List<Reason> reasons) {
    return reasons.stream().map(r -> List.of(r.ruleId(), r.source())).collect(Collectors.toList());
  }

  private static Map<OutcomeId, OutcomeClassification> byId(List<OutcomeClassification> list) {
    return list.stream().collect(Collectors.toMap(OutcomeClassification::outcome, o -> o));
  }

  /** The record as known on {@code asOf}: every fact but outcome events that starts later is
   * dropped. */
  private static ParticipantRecord knownOn(ParticipantRecord record, LocalDate asOf) {
    Participant p = record.participant();
    return ParticipantRecord.builder()
        .participant(Participant.builder().from(p)
            .circumstances(p.circumstances().stream().filter(c -> !c.from().isAfter(asOf))
                .toList())
            .build())
        .referrals(record.referrals().stream().filter(r -> !r.date().isAfter(asOf)).toList())
        .enrolments(record.enrolments().stream().filter(e -> !e.from().isAfter(asOf)).toList())
        .attendances(record.attendances().stream().filter(a -> !a.date().isAfter(asOf)).toList())
        .placements(record.placements().stream().filter(w -> !w.from().isAfter(asOf)).toList())
        .mentoringMatches(record.mentoringMatches().stream()
            .filter(m -> !m.from().isAfter(asOf)).toList())
        .outcomes(record.outcomes())
        .build();
  }

  private static List<String> texts(List<Reason> reasons) {
    return reasons.stream().map(Reason::text).toList();
  }

  // An independent reading of outcome classification (docs/policy-decisions.md).

  private static final Set<OutcomeCategory> ETE = EnumSet.of(
      OutcomeCategory.EMPLOYMENT, OutcomeCategory.VOLUNTEERING, OutcomeCategory.EDUCATION,
      OutcomeCategory.TRAINING);
  private static final Set<OutcomeCategory> HARD = EnumSet.of(
      OutcomeCategory.EMPLOYMENT, OutcomeCategory.VOLUNTEERING, OutcomeCategory.EDUCATION,
      OutcomeCategory.TRAINING, OutcomeCategory.HOUSING_SECURED, OutcomeCategory.PROGRESSION);
  private static final Map<OutcomeCategory, Stage> STAGES = Map.of(
      OutcomeCategory.EMPLOYMENT, Stage.TO,
      OutcomeCategory.VOLUNTEERING, Stage.TO,
      OutcomeCategory.EDUCATION, Stage.TO,
      OutcomeCategory.TRAINING, Stage.TO,
      OutcomeCategory.CAMPAIGNING, Stage.TO,
      OutcomeCategory.HOUSING_SECURED, Stage.WITHIN,
      OutcomeCategory.HOUSING_APPLICATION, Stage.WITHIN,
      OutcomeCategory.WELLBEING, Stage.WITHIN);

  private static OutcomeCategory expectedCategory(OutcomeType type) {
    return switch (type) {
      case EDUCATION_ENTERED, EDUCATION_RETAINED -> OutcomeCategory.EDUCATION;
      case TRAINING_COMPLETED -> OutcomeCategory.TRAINING;
      default -> OutcomeCategory.valueOf(type.name());
    };
  }

  /** Still held on {@code checkpoint}, which has come by {@code asOf}. */
  private static boolean stillHeld(OutcomeEvent event, LocalDate checkpoint, LocalDate asOf) {
    return !checkpoint.isAfter(asOf) && event.end().map(e -> !e.isBefore(checkpoint)).orElse(true);
  }

  // An independent reading of the targeted youth work rules (docs/policy-decisions.md).

  private static final Set<CircumstanceType> GROUPS_2021 = EnumSet.of(
      CircumstanceType.CARE_EXPERIENCED, CircumstanceType.NEET, CircumstanceType.HOMELESS,
      CircumstanceType.ROUGH_SLEEPING, CircumstanceType.TEMPORARY_ACCOMMODATION,
      CircumstanceType.CONVICTION);
  private static final Set<CircumstanceType> GROUPS_2024 = EnumSet.of(
      CircumstanceType.CARE_EXPERIENCED, CircumstanceType.NEET, CircumstanceType.HOMELESS,
      CircumstanceType.ROUGH_SLEEPING, CircumstanceType.TEMPORARY_ACCOMMODATION,
      CircumstanceType.SEND, CircumstanceType.YOUTH_JUSTICE, CircumstanceType.AT_RISK_OF_OFFENDING);

  private static PlanYear expectedTargetedPlanYear(LocalDate asOf) {
    if (asOf.isBefore(PLAN_2021_START)) {
      return PlanYear.containing(asOf);
    }
    return PlanYear.startingIn(asOf.isBefore(PLAN_2024_START) ? 2021 : 2024);
  }

  // The 2021-22 plan targets its groups; the 2024-25 plan prioritises them (and counts a
  // conviction only when it began before the 18th birthday, as youth justice).
  private static boolean inTargetedGroup(Participant p, LocalDate asOf) {
    if (asOf.isBefore(PLAN_2024_START)) {
      return GROUPS_2021.stream().anyMatch(t -> p.hasCircumstanceOn(t, asOf));
    }
    return GROUPS_2024.stream().anyMatch(t -> p.hasCircumstanceOn(t, asOf))
        || p.circumstances().stream().anyMatch(c -> c.type() == CircumstanceType.CONVICTION
            && !c.from().isAfter(asOf) && p.dateOfBirth().isPresent()
            && c.from().isBefore(BIRTHDAYS.birthday(p.dateOfBirth().get(), 18)));
  }

  private static EligibilityOutcome expectedTargetedOutcome(Participant p, LocalDate asOf) {
    if (asOf.isBefore(PLAN_2021_START)) {
      return EligibilityOutcome.NOT_ELIGIBLE;
    }
    if (asOf.isBefore(PLAN_2024_START) && !inTargetedGroup(p, asOf)) {
      return EligibilityOutcome.NOT_ELIGIBLE;
    }
    if (p.dateOfBirth().isEmpty()) {
      return EligibilityOutcome.NEEDS_INFORMATION;
    }
    LocalDate dob = p.dateOfBirth().get();
    boolean aged15To24 = !asOf.isBefore(BIRTHDAYS.birthday(dob, 15))
        && asOf.isBefore(BIRTHDAYS.birthday(dob, 25));
    return aged15To24 ? EligibilityOutcome.ELIGIBLE : EligibilityOutcome.NOT_ELIGIBLE;
  }

  // An independent reading of the stage rules when no crisis is active.

  private static Stage expectedStageWithoutCrisis(ParticipantRecord record, LocalDate asOf) {
    LocalDate windowStart = asOf.minusDays(RECENT_WINDOW_DAYS);
    boolean powerTo =
        record.placements().stream().anyMatch(w -> recent(w.from(), w.to(), asOf, windowStart))
        || record.mentoringMatches().stream()
            .anyMatch(m -> recent(m.from(), m.to(), asOf, windowStart))
        || record.outcomes().stream().anyMatch(o -> powerToOutcome(o, asOf, windowStart));
    if (powerTo) {
      return Stage.TO;
    }
    boolean group = record.attendances().stream().anyMatch(a -> a.kind() == SessionKind.GROUP
        && recent(a.date(), Optional.of(a.date()), asOf, windowStart));
    return group ? Stage.WITH : Stage.WITHIN;
  }

  private static boolean powerToOutcome(OutcomeEvent o, LocalDate asOf, LocalDate windowStart) {
    return switch (o.type()) {
      case EMPLOYMENT, VOLUNTEERING, EDUCATION_ENTERED, EDUCATION_RETAINED ->
          recent(o.date(), o.end(), asOf, windowStart);
      case TRAINING_COMPLETED, CAMPAIGNING ->
          recent(o.date(), Optional.of(o.end().orElse(o.date())), asOf, windowStart);
      default -> false;
    };
  }

  private static boolean recent(
      LocalDate start, Optional<LocalDate> end, LocalDate asOf, LocalDate windowStart) {
    return !start.isAfter(asOf) && end.map(e -> !e.isBefore(windowStart)).orElse(true);
  }

}
