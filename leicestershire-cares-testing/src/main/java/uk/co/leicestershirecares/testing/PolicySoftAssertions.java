package uk.co.leicestershirecares.testing;

import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.StandardSoftAssertionsProvider;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;

/**
 * AssertJ soft assertions on assessments and decisions, beside all of AssertJ's standard ones:
 * every failed check is collected, and all of them are reported together at the end.
 *
 * <pre>{@code
 * PolicySoftAssertions.assertSoftly(s -> {
 *   s.assertThat(assessment).isEligibleFor(ProgrammeCode.UP).because("UP.age");
 *   s.assertThat(assessment).hasStage(Stage.WITHIN);
 *   s.assertThat(assessment.stageReasons()).hasSize(1);
 * });
 * }</pre>
 *
 * <p>A check on a programme's decision that fails still returns assertions on that decision, so
 * the rest of the chain runs and is collected too. With JUnit 5, AssertJ's {@code
 * SoftAssertionsExtension} injects an instance into a field annotated with its {@code
 * InjectSoftAssertions}. Failure messages name no personal data (see {@link PolicyAssertions}).
 */
public class PolicySoftAssertions extends AbstractSoftAssertions
    implements StandardSoftAssertionsProvider {

  /** Makes soft assertions that collect nothing yet; {@link #assertAll()} reports them. */
  public PolicySoftAssertions() {}

  /**
   * Runs {@code softly} on new soft assertions, then throws one error listing every failure, if
   * any.
   *
   * @param softly the assertions to run
   * @throws AssertionError listing every failed check
   */
  public static void assertSoftly(Consumer<PolicySoftAssertions> softly) {
    SoftAssertionsProvider.assertSoftly(PolicySoftAssertions.class, softly);
  }

  /**
   * Starts soft assertions on {@code actual}.
   *
   * @param actual the assessment to check
   * @return assertions that collect their failures here
   */
  public AssessmentAssert assertThat(Assessment actual) {
    AssessmentAssert assertions = proxy(AssessmentAssert.class, Assessment.class, actual);
    assertions.collectingInto(this);
    return assertions;
  }

  /**
   * Starts soft assertions on one eligibility decision.
   *
   * @param actual the decision to check
   * @return assertions that collect their failures here
   */
  public DecisionAssert assertThat(EligibilityDecision actual) {
    return proxy(DecisionAssert.class, EligibilityDecision.class, actual);
  }
}
