package uk.co.leicestershirecares.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.co.leicestershirecares.core.programme.ProgrammeCode.UP;
import static uk.co.leicestershirecares.core.programme.ProgrammeCode.WIRE;
import static uk.co.leicestershirecares.testing.PolicyAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.stage.EmploymentPathway;
import uk.co.leicestershirecares.core.stage.Stage;

/**
 * Each of {@link PolicyAssertions}' and {@link PolicySoftAssertions}' checks passes and fails as
 * documented; failures carry descriptions and no personal data; soft assertions collect every
 * failure, including those further down a chain that failed.
 */
final class PolicyAssertionsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
  private static final Policy POLICY = ReferencePolicy.withDefaults();
  private static final RecordGenerator IN_LEICESTER =
      CaresGenerators.records().withoutOtherFacts().livingIn(HomeArea.LEICESTER_CITY);

  /** 18 to 25 with a conviction: eligible for UP and WIRE. */
  private static final ParticipantRecord CONVICTED = IN_LEICESTER.agedBetween(18, 25).on(DAY)
      .withCircumstance(CircumstanceType.CONVICTION).next(new SplittableRandom(1));
  /** 15 to 17 with a conviction: not eligible for UP (too young) nor WIRE (not an adult). */
  private static final ParticipantRecord TOO_YOUNG = IN_LEICESTER.agedBetween(15, 17).on(DAY)
      .withCircumstance(CircumstanceType.CONVICTION).next(new SplittableRandom(2));
  /** No date of birth, at risk of offending: UP needs information. */
  private static final ParticipantRecord UNKNOWN_AGE = IN_LEICESTER.withoutDateOfBirth()
      .withCircumstance(CircumstanceType.AT_RISK_OF_OFFENDING).on(DAY)
      .next(new SplittableRandom(3));

  private static Assessment assess(ParticipantRecord record) {
    return POLICY.assess(record, DAY);
  }

  @Test
  void isEligibleFor_failsNamingTheOutcomeAndTheRuleIds() {
    assertThat(assess(CONVICTED)).isEligibleFor(UP).because("UP.age", "UP.offending")
        .and().isEligibleFor(WIRE).because("WIRE.conviction");

    assertThatThrownBy(() -> assertThat(assess(TOO_YOUNG)).isEligibleFor(UP))
        .isInstanceOf(AssertionError.class)
        .hasMessage("participant " + TOO_YOUNG.id() + ", UP: expected ELIGIBLE but was"
            + " NOT_ELIGIBLE (reasons " + ruleIds(assess(TOO_YOUNG).decision(UP)) + ", missing"
            + " [UP.age])");
  }

  /**
   * Issue 19: "isNotEligibleFor no longer passing on NEEDS_INFORMATION". Each outcome check
   * passes on its own outcome and fails on the other two.
   */
  @Test
  void eachOutcomeCheck_passesOnItsOwnOutcomeOnly() {
    Map<EligibilityOutcome, ParticipantRecord> upAnswered = Map.of(
        EligibilityOutcome.ELIGIBLE, CONVICTED,
        EligibilityOutcome.NOT_ELIGIBLE, TOO_YOUNG,
        EligibilityOutcome.NEEDS_INFORMATION, UNKNOWN_AGE);
    Map<EligibilityOutcome, Function<AssessmentAssert, DecisionAssert>> checks = Map.of(
        EligibilityOutcome.ELIGIBLE, a -> a.isEligibleFor(UP),
        EligibilityOutcome.NOT_ELIGIBLE, a -> a.isNotEligibleFor(UP),
        EligibilityOutcome.NEEDS_INFORMATION, a -> a.needsInformationFor(UP));
    for (EligibilityOutcome expected : EligibilityOutcome.values()) {
      for (EligibilityOutcome was : EligibilityOutcome.values()) {
        ParticipantRecord record = upAnswered.get(was);
        ThrowingCallable check = () -> checks.get(expected).apply(assertThat(assess(record)));
        ThrowingCallable general = () -> assertThat(assess(record)).hasOutcomeFor(UP, expected);
        if (expected == was) {
          assertThatCode(check).doesNotThrowAnyException();
          assertThatCode(general).doesNotThrowAnyException();
        } else {
          String message = "participant " + record.id() + ", UP: expected " + expected
              + " but was " + was;
          assertThatThrownBy(check).isInstanceOf(AssertionError.class)
              .hasMessageStartingWith(message);
          assertThatThrownBy(general).isInstanceOf(AssertionError.class)
              .hasMessageStartingWith(message);
        }
      }
    }
    assertThat(assess(UNKNOWN_AGE)).needsInformationFor(UP).missing("UP.age");
    assertThat(assess(TOO_YOUNG)).isNotEligibleFor(UP).missing("UP.age");
  }

  @Test
  void becauseAndMissing_failNamingTheRuleIdsThereAre() {
    assertThatThrownBy(() -> assertThat(assess(CONVICTED)).isEligibleFor(UP).because("UP.nothing"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("participant " + CONVICTED.id() + ", UP: expected a reason UP.nothing but the"
            + " reasons were " + ruleIds(assess(CONVICTED).decision(UP)));
    assertThatThrownBy(() -> assertThat(assess(TOO_YOUNG)).isNotEligibleFor(UP).missing("UP.area"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("participant " + TOO_YOUNG.id() + ", UP: expected missing condition UP.area"
            + " but the missing conditions were [UP.age]");
  }

  @Test
  void aProgrammeWithoutADecisionFails() {
    ProgrammeCode football = ProgrammeCode.of("FOOTBALL_PROJECT");
    assertThatThrownBy(() -> assertThat(assess(CONVICTED)).isEligibleFor(football))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("participant " + CONVICTED.id() + ", FOOTBALL_PROJECT: no"
            + " eligibility decision (decisions for ")
        .hasMessageContaining("UP")
        .hasMessageContaining("WIRE");
  }

  @Test
  void stageAndEmploymentPathway_passAndFail() {
    Assessment inCrisis = assess(IN_LEICESTER.agedBetween(18, 25).on(DAY).inCrisis()
        .next(new SplittableRandom(4)));
    assertThat(inCrisis).hasStage(Stage.WITHIN).hasEmploymentPathway(EmploymentPathway.ON_HOLD);

    assertThatThrownBy(() -> assertThat(inCrisis).hasStage(Stage.TO))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("participant " + inCrisis.participant()
            + ": expected stage TO but was WITHIN (stage reasons [STAGE.crisis");
    assertThatThrownBy(() -> assertThat(inCrisis).hasEmploymentPathway(EmploymentPathway.OPEN))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("participant " + inCrisis.participant()
            + ": expected employment pathway OPEN but was ON_HOLD (pathway reasons"
            + " [PATHWAY.on-hold");
  }

  @Test
  void failuresNameNoDateOfBirthNorCircumstance() {
    String dob = TOO_YOUNG.participant().dateOfBirth().orElseThrow().toString();
    Assessment assessment = assess(TOO_YOUNG);
    List<Throwable> failures = List.of(
        failure(() -> assertThat(assessment).isEligibleFor(UP)),
        failure(() -> assertThat(assessment).needsInformationFor(WIRE)),
        failure(() -> assertThat(assessment).isNotEligibleFor(UP).because("UP.nothing")),
        failure(() -> assertThat(assessment).hasStage(Stage.TO)),
        failure(() -> assertThat(assessment).hasEmploymentPathway(EmploymentPathway.ON_HOLD)),
        failure(() -> PolicySoftAssertions.assertSoftly(
            s -> s.assertThat(assessment).isEligibleFor(WIRE).missing("WIRE.age"))));
    for (Throwable failure : failures) {
      assertThat(failure).isInstanceOf(AssertionError.class)
          .hasMessageContaining(TOO_YOUNG.id().toString())
          .hasMessageNotContaining(dob)
          .hasMessageNotContaining("CONVICTION");
    }
  }

  @Test
  void descriptionsAndOverridingMessages_appearInFailures_andPassOnToTheDecision() {
    Assessment assessment = assess(TOO_YOUNG);
    assertThatThrownBy(() -> assertThat(assessment).as("the %s candidate", "youngest")
        .hasStage(Stage.TO))
        .hasMessageStartingWith("[the youngest candidate] participant " + TOO_YOUNG.id());
    assertThatThrownBy(() -> assertThat(assessment).describedAs("too young").isEligibleFor(UP))
        .hasMessageStartingWith("[too young] participant " + TOO_YOUNG.id() + ", UP:");
    assertThatThrownBy(() -> assertThat(assessment).as("too young").isNotEligibleFor(UP)
        .because("UP.nothing"))
        .hasMessageStartingWith("[too young] participant " + TOO_YOUNG.id() + ", UP: expected a"
            + " reason UP.nothing");
    assertThatThrownBy(() -> assertThat(assessment).overridingErrorMessage("UP is for adults")
        .isEligibleFor(UP))
        .hasMessage("UP is for adults");
    assertThatThrownBy(() -> assertThat(assessment.decision(UP)).as("UP").isEligible())
        .hasMessageStartingWith("[UP] UP: expected ELIGIBLE but was NOT_ELIGIBLE");
  }

  @Test
  void aDecisionCanBeCheckedOnItsOwn() {
    assertThat(assess(UNKNOWN_AGE).decision(UP)).needsInformation().missing("UP.age");
    assertThat(assess(TOO_YOUNG).decision(WIRE)).isNotEligible().missing("WIRE.age");
    assertThat(assess(CONVICTED).decision(UP)).isEligible().because("UP.area")
        .hasOutcome(EligibilityOutcome.ELIGIBLE);

    assertThatThrownBy(() -> assertThat(assess(UNKNOWN_AGE).decision(UP)).isNotEligible())
        .hasMessageStartingWith("UP: expected NOT_ELIGIBLE but was NEEDS_INFORMATION");
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> assertThat(assess(CONVICTED).decision(UP)).and());
  }

  @Test
  void aNullActualFails() {
    assertThatThrownBy(() -> assertThat((Assessment) null).hasStage(Stage.TO))
        .isInstanceOf(AssertionError.class).hasMessageContaining("Expecting actual not to be null");
    assertThatThrownBy(() -> assertThat((Assessment) null).isEligibleFor(UP))
        .isInstanceOf(AssertionError.class).hasMessageContaining("Expecting actual not to be null");
    assertThatThrownBy(() -> assertThat((EligibilityDecision) null).isEligible())
        .isInstanceOf(AssertionError.class).hasMessageContaining("no eligibility decision");
  }

  @Test
  void softAssertions_collectEveryFailure_evenAlongAChainThatFailed() {
    Assessment assessment = assess(TOO_YOUNG);
    PolicySoftAssertions softly = new PolicySoftAssertions();
    softly.assertThat(assessment).as("first").isEligibleFor(UP).because("UP.nothing")
        .and().hasStage(Stage.TO);
    softly.assertThat(assessment).isNotEligibleFor(UP).missing("UP.age");
    softly.assertThat(assessment.decision(WIRE)).needsInformation();
    softly.assertThat(assessment.eligibility().size()).isZero();
    softly.assertThat(assessment).isEligibleFor(ProgrammeCode.of("FOOTBALL_PROJECT"))
        .because("FOOTBALL_PROJECT.age");
    softly.assertThat((Assessment) null).isEligibleFor(UP).because("UP.age");

    assertThat(softly.assertionErrorsCollected()).extracting(Throwable::getMessage)
        .satisfiesExactly(
            m -> assertThat(m).startsWith("[first] participant " + TOO_YOUNG.id()
                + ", UP: expected ELIGIBLE but was NOT_ELIGIBLE"),
            m -> assertThat(m).startsWith("[first] participant " + TOO_YOUNG.id()
                + ", UP: expected a reason UP.nothing"),
            m -> assertThat(m).startsWith("[first] participant " + TOO_YOUNG.id()
                + ": expected stage TO but was"),
            m -> assertThat(m).startsWith("WIRE: expected NEEDS_INFORMATION but was NOT_ELIGIBLE"),
            m -> assertThat(m).contains("expected: 0"),
            m -> assertThat(m).startsWith("participant " + TOO_YOUNG.id()
                + ", FOOTBALL_PROJECT: no eligibility decision"),
            m -> assertThat(m).startsWith("participant " + TOO_YOUNG.id()
                + ", FOOTBALL_PROJECT: no eligibility decision"),
            m -> assertThat(m).contains("Expecting actual not to be null"),
            m -> assertThat(m).startsWith("participant (no assessment), UP: no eligibility"));
  }

  @Test
  void assertSoftly_throwsOnceListingEveryFailure_andNothingWhenAllPass() {
    Assessment assessment = assess(TOO_YOUNG);
    assertThatThrownBy(() -> PolicySoftAssertions.assertSoftly(s -> {
      s.assertThat(assessment).isEligibleFor(UP);
      s.assertThat(assessment).isEligibleFor(WIRE);
      s.assertThat(assessment).isNotEligibleFor(WIRE);
    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Multiple Failures (2 failures)")
        .hasMessageContaining("UP: expected ELIGIBLE but was NOT_ELIGIBLE")
        .hasMessageContaining("WIRE: expected ELIGIBLE but was NOT_ELIGIBLE");

    assertThatCode(() -> PolicySoftAssertions.assertSoftly(s -> {
      s.assertThat(assess(CONVICTED)).isEligibleFor(UP).because("UP.age").and()
          .isEligibleFor(WIRE);
      s.assertThat(assess(UNKNOWN_AGE)).needsInformationFor(UP).missing("UP.age");
    })).doesNotThrowAnyException();
  }

  @Test
  void theReadmesExamplesPass() {
    Assessment assessment = assess(UNKNOWN_AGE);
    assertThat(assessment).as("a record without a date of birth")
        .hasStage(Stage.WITHIN).hasEmploymentPathway(EmploymentPathway.OPEN)
        .needsInformationFor(UP).missing("UP.age")
        .and().isNotEligibleFor(ProgrammeCode.LEAVING_CARE)
        .missing("LEAVING_CARE.care-experienced");

    PolicySoftAssertions.assertSoftly(s -> {
      s.assertThat(assessment).isNotEligibleFor(WIRE).missing("WIRE.conviction");
      s.assertThat(assessment.decision(UP)).needsInformation();
      s.assertThat(assessment.stageReasons()).hasSize(1);
    });
  }

  private static Throwable failure(Runnable assertion) {
    try {
      assertion.run();
    } catch (AssertionError expected) {
      return expected;
    }
    throw new AssertionError("expected the assertion to fail");
  }

  private static String ruleIds(EligibilityDecision decision) {
    return RuleIds.ofReasons(decision.reasons()).toString();
  }
}
