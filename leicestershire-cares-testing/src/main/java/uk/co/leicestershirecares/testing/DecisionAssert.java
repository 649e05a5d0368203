package uk.co.leicestershirecares.testing;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;

/**
 * AssertJ assertions on one {@link EligibilityDecision}, from {@link
 * PolicyAssertions#assertThat(EligibilityDecision)} or from an {@link AssessmentAssert} ({@code
 * isEligibleFor}, {@code isNotEligibleFor}, {@code needsInformationFor}, {@code hasOutcomeFor}):
 *
 * <pre>{@code
 * assertThat(assessment).isNotEligibleFor(ProgrammeCode.WIRE).missing("WIRE.conviction");
 * assertThat(assessment.decision(ProgrammeCode.UP)).needsInformation().missing("UP.age");
 * }</pre>
 *
 * <p>A failure message names only the participant's pseudonymous id (when the decision was
 * reached from an assessment), the programme, outcomes and rule ids: never a reason's or missing
 * condition's text, which may describe the participant. Descriptions ({@code as(...)}) and {@code
 * overridingErrorMessage(...)} work as for any AssertJ assertion, and pass on from the assessment's
 * assertions to its decisions'. Every check fails on a {@code null} decision.
 *
 * <p>The class is public and not final, with a public constructor taking the decision, so that
 * AssertJ can make soft-assertion proxies of it ({@link PolicySoftAssertions}).
 */
public class DecisionAssert extends AbstractAssert<DecisionAssert, EligibilityDecision> {
  private Optional<AssessmentAssert> assessment = Optional.empty();
  private String subject;
  private String ifAbsent = "";

  /**
   * Starts assertions on {@code actual}; {@link PolicyAssertions#assertThat(EligibilityDecision)}
   * reads better.
   *
   * @param actual the decision to check
   */
  public DecisionAssert(@Nullable EligibilityDecision actual) {
    super(actual, DecisionAssert.class);
    this.subject = actual == null ? "decision" : actual.programme().toString();
  }

  /**
   * Ties these assertions to the assessment's assertions they came from: messages name the
   * participant, {@link #and()} returns there, and the description and overriding message carry
   * over.
   */
  final void reachedFrom(AssessmentAssert from, String subject, String ifAbsent) {
    this.assessment = Optional.of(from);
    this.subject = subject;
    this.ifAbsent = ifAbsent;
    if (from.info.hasDescription()) {
      info.description(from.info.description());
    }
    String overriding = from.info.overridingErrorMessage();
    if (overriding != null) {
      info.overridingErrorMessage(overriding);
    }
  }

  /**
   * Checks that the outcome is {@code ELIGIBLE}.
   *
   * @return these assertions
   * @throws AssertionError if the outcome is another, or there is no decision
   */
  @CanIgnoreReturnValue
  public DecisionAssert isEligible() {
    return hasOutcome(EligibilityOutcome.ELIGIBLE);
  }

  /**
   * Checks that the outcome is {@code NOT_ELIGIBLE}: a condition fails. A decision that {@code
   * NEEDS_INFORMATION} does not pass; check that with {@link #needsInformation()}.
   *
   * @return these assertions
   * @throws AssertionError if the outcome is another, or there is no decision
   */
  @CanIgnoreReturnValue
  public DecisionAssert isNotEligible() {
    return hasOutcome(EligibilityOutcome.NOT_ELIGIBLE);
  }

  /**
   * Checks that the outcome is {@code NEEDS_INFORMATION}: no condition fails, but a fact is
   * missing.
   *
   * @return these assertions
   * @throws AssertionError if the outcome is another, or there is no decision
   */
  @CanIgnoreReturnValue
  public DecisionAssert needsInformation() {
    return hasOutcome(EligibilityOutcome.NEEDS_INFORMATION);
  }

  /**
   * Checks the outcome.
   *
   * @param outcome the expected outcome
   * @return these assertions
   * @throws AssertionError if the outcome is another, or there is no decision
   * @throws NullPointerException if {@code outcome} is null
   */
  @CanIgnoreReturnValue
  public DecisionAssert hasOutcome(EligibilityOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    EligibilityDecision decision = present();
    if (decision.outcome() != outcome) {
      failWithMessage("%s: expected %s but was %s (reasons %s, missing %s)", subject, outcome,
          decision.outcome(), RuleIds.ofReasons(decision.reasons()),
          RuleIds.ofMissing(decision.missing()));
    }
    return myself;
  }

  /**
   * Checks that the decision gives a reason with each of {@code ruleIds}.
   *
   * @param ruleIds the rule ids, such as {@code UP.age}
   * @return these assertions
   * @throws AssertionError if a rule id is not among the reasons, or there is no decision
   */
  @CanIgnoreReturnValue
  public DecisionAssert because(String... ruleIds) {
    return hasEach(ruleIds, RuleIds.ofReasons(present().reasons()), "a reason",
        "the reasons were");
  }

  /**
   * Checks that the decision names each of {@code ruleIds} as a missing condition.
   *
   * @param ruleIds the rule ids, such as {@code WIRE.conviction}
   * @return these assertions
   * @throws AssertionError if a rule id is not among the missing conditions, or there is no
   *     decision
   */
  @CanIgnoreReturnValue
  public DecisionAssert missing(String... ruleIds) {
    return hasEach(ruleIds, RuleIds.ofMissing(present().missing()), "missing condition",
        "the missing conditions were");
  }

  private DecisionAssert hasEach(String[] wanted, List<String> ids, String what, String were) {
    for (String id : wanted) {
      if (!ids.contains(id)) {
        failWithMessage("%s: expected %s %s but %s %s", subject, what, id, were, ids);
      }
    }
    return myself;
  }

  /**
   * Returns to the assertions on the assessment this decision came from.
   *
   * @return the assessment's assertions
   * @throws IllegalStateException if these assertions started from a decision, not an assessment
   */
  public AssessmentAssert and() {
    return assessment.orElseThrow(() -> new IllegalStateException(
        "these assertions started from a decision, not from an assessment"));
  }

  private EligibilityDecision present() {
    if (actual == null) {
      failWithMessage("%s: no eligibility decision%s", subject, ifAbsent);
    }
    return actual;
  }
}
