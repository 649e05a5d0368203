package uk.co.leicestershirecares.testing;

import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;

/**
 * Entry point of the AssertJ assertions on {@link Assessment}s and {@link EligibilityDecision}s:
 *
 * <pre>{@code
 * import static uk.co.leicestershirecares.testing.PolicyAssertions.assertThat;
 *
 * assertThat(assessment).isEligibleFor(ProgrammeCode.UP).because("UP.age");
 * assertThat(assessment).isNotEligibleFor(ProgrammeCode.WIRE).missing("WIRE.conviction");
 * assertThat(assessment).needsInformationFor(ProgrammeCode.UP).missing("UP.age");
 * assertThat(assessment).as("Toiyan while rough sleeping").hasStage(Stage.WITHIN)
 *     .hasEmploymentPathway(EmploymentPathway.ON_HOLD);
 * }</pre>
 *
 * <p>The static import sits beside AssertJ's own {@code Assertions.assertThat}: these overloads
 * are the more specific for an assessment or a decision. A failed check throws {@link
 * AssertionError}; {@link PolicySoftAssertions} collects every failure instead. Failure messages
 * name only the participant's pseudonymous id, programme codes, outcomes, stages and rule ids:
 * never a date of birth or circumstance, so failures on real data can be logged.
 */
public final class PolicyAssertions {
  private PolicyAssertions() {}

  /**
   * Starts assertions on {@code assessment}.
   *
   * @param assessment the assessment to check
   * @return assertions on it
   */
  public static AssessmentAssert assertThat(@Nullable Assessment assessment) {
    return new AssessmentAssert(assessment);
  }

  /**
   * Starts assertions on one eligibility decision.
   *
   * @param decision the decision to check
   * @return assertions on it
   */
  public static DecisionAssert assertThat(@Nullable EligibilityDecision decision) {
    return new DecisionAssert(decision);
  }
}
