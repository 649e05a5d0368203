package uk.co.leicestershirecares.testing;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.eligibility.MissingCondition;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.core.stage.EmploymentPathway;
import uk.co.leicestershirecares.core.stage.Stage;

/**
 * Fluent assertions on {@link Assessment}s, usable from JUnit 5 or any other framework:
 *
 * <pre>{@code
 * PolicyAssertions.assertThat(assessment).isEligibleFor(ProgrammeCode.UP).because("UP.age");
 * PolicyAssertions.assertThat(assessment).isNotEligibleFor(ProgrammeCode.WIRE)
 *     .missing("WIRE.conviction");
 * PolicyAssertions.assertThat(assessment).hasStage(Stage.WITHIN)
 *     .hasEmploymentPathway(EmploymentPathway.ON_HOLD);
 * }</pre>
 *
 * <p>A failed check throws {@link AssertionError}. Its message names only the participant's
 * pseudonymous id, programme codes, stages and rule ids: never a date of birth or circumstance, so
 * failures on real data can be logged.
 */
public final class PolicyAssertions {
  private PolicyAssertions() {}

  /**
   * Starts assertions on {@code assessment}.
   *
   * @param assessment the assessment to check
   * @return assertions on it
   */
  public static AssessmentAssert assertThat(Assessment assessment) {
    return new AssessmentAssert(Objects.requireNonNull(assessment, "assessment"));
  }

  private static String ruleIds(List<Reason> reasons) {
    return reasons.stream().map(Reason::ruleId).collect(Collectors.joining(", ", "[", "]"));
  }

  /** Assertions on one assessment. */
  public static final class AssessmentAssert {
    private final Assessment actual;

    private AssessmentAssert(Assessment actual) {
      this.actual = actual;
    }

    /** Returns the assessment under test. */
    public Assessment actual() {
      return actual;
    }

    private String who() {
      return "participant " + actual.participant();
    }

    /**
     * Checks that the participant is eligible for {@code programme}.
     *
     * @param programme the programme
     * @return assertions on the decision
     * @throws AssertionError if the decision is not {@code ELIGIBLE}, or there is none
     */
    @CanIgnoreReturnValue
    public DecisionAssert isEligibleFor(ProgrammeCode programme) {
      EligibilityDecision decision = decision(programme);
      if (!decision.isEligible()) {
        throw new AssertionError(who() + ": expected ELIGIBLE for " + programme + " but was "
            + decision.outcome() + " (reasons " + ruleIds(decision.reasons()) + ", missing "
            + missingIds(decision) + ")");
      }
      return new DecisionAssert(this, decision);
    }

    /**
     * Checks that the participant is not eligible for {@code programme}: the decision is {@code
     * NOT_ELIGIBLE} or {@code NEEDS_INFORMATION}.
     *
     * @param programme the programme
     * @return assertions on the decision
     * @throws AssertionError if the decision is {@code ELIGIBLE}, or there is none
     */
    @CanIgnoreReturnValue
    public DecisionAssert isNotEligibleFor(ProgrammeCode programme) {
      EligibilityDecision decision = decision(programme);
      if (decision.isEligible()) {
        throw new AssertionError(who() + ": expected not eligible for " + programme
            + " but was ELIGIBLE (reasons " + ruleIds(decision.reasons()) + ")");
      }
      return new DecisionAssert(this, decision);
    }

    /**
     * Checks that the decision on {@code programme} has the given outcome.
     *
     * @param programme the programme
     * @param outcome the expected outcome
     * @return assertions on the decision
     * @throws AssertionError if the decision has another outcome, or there is none
     */
    @CanIgnoreReturnValue
    public DecisionAssert hasOutcomeFor(ProgrammeCode programme, EligibilityOutcome outcome) {
      EligibilityDecision decision = decision(programme);
      if (decision.outcome() != outcome) {
        throw new AssertionError(who() + ": expected " + outcome + " for " + programme
            + " but was " + decision.outcome() + " (reasons " + ruleIds(decision.reasons())
            + ", missing " + missingIds(decision) + ")");
      }
      return new DecisionAssert(this, decision);
    }

    /**
     * Checks the Power to Change stage.
     *
     * @param stage the expected stage
     * @return these assertions
     * @throws AssertionError if the stage differs
     */
    @CanIgnoreReturnValue
    public AssessmentAssert hasStage(Stage stage) {
      if (actual.stage() != stage) {
        throw new AssertionError(who() + ": expected stage " + stage + " but was "
            + actual.stage() + " (stage reasons " + ruleIds(actual.stageReasons()) + ")");
      }
      return this;
    }

    /**
     * Checks the employment pathway.
     *
     * @param pathway the expected pathway
     * @return these assertions
     * @throws AssertionError if the pathway differs
     */
    @CanIgnoreReturnValue
    public AssessmentAssert hasEmploymentPathway(EmploymentPathway pathway) {
      if (actual.employmentPathway() != pathway) {
        throw new AssertionError(who() + ": expected employment pathway " + pathway
            + " but was " + actual.employmentPathway() + " (pathway reasons "
            + ruleIds(actual.employmentPathwayReasons()) + ")");
      }
      return this;
    }

    private EligibilityDecision decision(ProgrammeCode programme) {
      Objects.requireNonNull(programme, "programme");
      return actual.eligibility().stream().filter(d -> d.programme().equals(programme))
          .findFirst()
          .orElseThrow(() -> new AssertionError(who() + ": no eligibility decision for "
              + programme + " (decisions for " + actual.eligibility().stream()
                  .map(d -> d.programme().toString()).collect(Collectors.joining(", ")) + ")"));
    }
  }

  private static String missingIds(EligibilityDecision decision) {
    return decision.missing().stream().map(MissingCondition::ruleId)
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /** Assertions on one eligibility decision of an assessment. */
  public static final class DecisionAssert {
    private final AssessmentAssert assessment;
    private final EligibilityDecision actual;

    private DecisionAssert(AssessmentAssert assessment, EligibilityDecision actual) {
      this.assessment = assessment;
      this.actual = actual;
    }

    /** Returns the decision under test. */
    public EligibilityDecision actual() {
      return actual;
    }

    private String who() {
      return "participant " + assessment.actual.participant() + ", " + actual.programme();
    }

    /**
     * Checks that the decision gives a reason with each of {@code ruleIds}.
     *
     * @param ruleIds the rule ids, such as {@code UP.age}
     * @return these assertions
     * @throws AssertionError if a rule id is not among the reasons
     */
    @CanIgnoreReturnValue
    public DecisionAssert because(String... ruleIds) {
      for (String id : ruleIds) {
        if (actual.reasons().stream().noneMatch(r -> r.ruleId().equals(id))) {
          throw new AssertionError(who() + ": expected a reason " + id + " but the reasons were "
              + ruleIds(actual.reasons()));
        }
      }
      return this;
    }

    /**
     * Checks that the decision names each of {@code ruleIds} as a missing condition.
     *
     * @param ruleIds the rule ids, such as {@code WIRE.conviction}
     * @return these assertions
     * @throws AssertionError if a rule id is not among the missing conditions
     */
    @CanIgnoreReturnValue
    public DecisionAssert missing(String... ruleIds) {
      for (String id : ruleIds) {
        if (actual.missing().stream().noneMatch(m -> m.ruleId().equals(id))) {
          throw new AssertionError(who() + ": expected missing condition " + id
              + " but the missing conditions were " + missingIds(actual));
        }
      }
      return this;
    }

    /**
     * Returns to the assertions on the whole assessment.
     *
     * @return the assessment's assertions
     */
    public AssessmentAssert and() {
      return assessment;
    }
  }
}
