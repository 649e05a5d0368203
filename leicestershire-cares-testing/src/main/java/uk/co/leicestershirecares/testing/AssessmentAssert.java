package uk.co.leicestershirecares.testing;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.SoftAssertionsProvider;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.stage.EmploymentPathway;
import uk.co.leicestershirecares.core.stage.Stage;

/**
 * AssertJ assertions on an {@link Assessment}, from {@link PolicyAssertions#assertThat(Assessment)}
 * or, collecting every failure, {@link PolicySoftAssertions}:
 *
 * <pre>{@code
 * assertThat(assessment).isEligibleFor(ProgrammeCode.UP).because("UP.age")
 *     .and().isNotEligibleFor(ProgrammeCode.WIRE).missing("WIRE.conviction")
 *     .and().hasStage(Stage.WITHIN).hasEmploymentPathway(EmploymentPathway.ON_HOLD);
 * }</pre>
 *
 * <p>The checks on one programme's decision return a {@link DecisionAssert}, and its {@code and()}
 * comes back here. A failure message names only the participant's pseudonymous id, programme
 * codes, outcomes, stages and rule ids: never a date of birth, circumstance or reason text, so
 * failures on real data can be logged. Descriptions ({@code as(...)}) and {@code
 * overridingErrorMessage(...)} work as for any AssertJ assertion. Every check fails on a {@code
 * null} assessment.
 *
 * <p>The class is public and not final, with a public constructor taking the assessment, so that
 * AssertJ can make soft-assertion proxies of it.
 */
public class AssessmentAssert extends AbstractAssert<AssessmentAssert, Assessment> {
  // Set only on PolicySoftAssertions' proxies. AssertJ's proxy collects a failure but then
  // returns null from a method whose result is not this type, so isEligibleFor(UP).because(...)
  // would throw NullPointerException: here a failed decision check is handed to the soft
  // assertions instead, and the decision's assertions are soft proxies too.
  private Optional<SoftAssertionsProvider> softly = Optional.empty();

  /**
   * Starts assertions on {@code actual}; {@link PolicyAssertions#assertThat(Assessment)} reads
   * better.
   *
   * @param actual the assessment to check
   */
  public AssessmentAssert(@Nullable Assessment actual) {
    super(actual, AssessmentAssert.class);
  }

  /** Makes these assertions collect their decisions' failures into {@code softly}. */
  final void collectingInto(SoftAssertionsProvider softly) {
    this.softly = Optional.of(softly);
  }

  /**
   * Checks that the participant is eligible for {@code programme}.
   *
   * @param programme the programme
   * @return assertions on the decision
   * @throws AssertionError if the decision is not {@code ELIGIBLE}, or there is none
   * @throws NullPointerException if {@code programme} is null
   */
  @CanIgnoreReturnValue
  public DecisionAssert isEligibleFor(ProgrammeCode programme) {
    return decision(programme, DecisionAssert::isEligible);
  }

  /**
   * Checks that the participant is not eligible for {@code programme}: the decision is {@code
   * NOT_ELIGIBLE}, a condition fails. A decision that {@code NEEDS_INFORMATION} does not pass;
   * check that with {@link #needsInformationFor(ProgrammeCode)}.
   *
   * @param programme the programme
   * @return assertions on the decision
   * @throws AssertionError if the decision is not {@code NOT_ELIGIBLE}, or there is none
   * @throws NullPointerException if {@code programme} is null
   */
  @CanIgnoreReturnValue
  public DecisionAssert isNotEligibleFor(ProgrammeCode programme) {
    return decision(programme, DecisionAssert::isNotEligible);
  }

  /**
   * Checks that the decision on {@code programme} needs information: no condition fails, but a
   * fact (such as a date of birth) is missing.
   *
   * @param programme the programme
   * @return assertions on the decision
   * @throws AssertionError if the decision is not {@code NEEDS_INFORMATION}, or there is none
   * @throws NullPointerException if {@code programme} is null
   */
  @CanIgnoreReturnValue
  public DecisionAssert needsInformationFor(ProgrammeCode programme) {
    return decision(programme, DecisionAssert::needsInformation);
  }

  /**
   * Checks that the decision on {@code programme} has the given outcome.
   *
   * @param programme the programme
   * @param outcome the expected outcome
   * @return assertions on the decision
   * @throws AssertionError if the decision has another outcome, or there is none
   * @throws NullPointerException if {@code programme} or {@code outcome} is null
   */
  @CanIgnoreReturnValue
  public DecisionAssert hasOutcomeFor(ProgrammeCode programme, EligibilityOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    return decision(programme, d -> d.hasOutcome(outcome));
  }

  /**
   * Checks the Power to Change stage.
   *
   * @param stage the expected stage
   * @return these assertions
   * @throws AssertionError if the stage differs
   * @throws NullPointerException if {@code stage} is null
   */
  @CanIgnoreReturnValue
  public AssessmentAssert hasStage(Stage stage) {
    Objects.requireNonNull(stage, "stage");
    isNotNull();
    if (actual.stage() != stage) {
      failWithMessage("%s: expected stage %s but was %s (stage reasons %s)", who(), stage,
          actual.stage(), RuleIds.ofReasons(actual.stageReasons()));
    }
    return myself;
  }

  /**
   * Checks the employment pathway.
   *
   * @param pathway the expected pathway
   * @return these assertions
   * @throws AssertionError if the pathway differs
   * @throws NullPointerException if {@code pathway} is null
   */
  @CanIgnoreReturnValue
  public AssessmentAssert hasEmploymentPathway(EmploymentPathway pathway) {
    Objects.requireNonNull(pathway, "pathway");
    isNotNull();
    if (actual.employmentPathway() != pathway) {
      failWithMessage("%s: expected employment pathway %s but was %s (pathway reasons %s)", who(),
          pathway, actual.employmentPathway(),
          RuleIds.ofReasons(actual.employmentPathwayReasons()));
    }
    return myself;
  }

  private String who() {
    return "participant " + (actual == null ? "(no assessment)" : actual.participant());
  }

  /**
   * Makes the assertions on the decision on {@code programme} (over no decision if there is none,
   * which each of its checks reports) and runs {@code check} on them.
   */
  private DecisionAssert decision(ProgrammeCode programme, Consumer<DecisionAssert> check) {
    Objects.requireNonNull(programme, "programme");
    List<EligibilityDecision> decisions = actual == null ? List.of() : actual.eligibility();
    EligibilityDecision found = decisions.stream()
        .filter(d -> d.programme().equals(programme)).findFirst().orElse(null);
    DecisionAssert decision = softly
        .map(s -> s.proxy(DecisionAssert.class, EligibilityDecision.class, found))
        .orElseGet(() -> new DecisionAssert(found));
    decision.reachedFrom(this, who() + ", " + programme, " (decisions for " + decisions.stream()
        .map(d -> d.programme().toString()).collect(Collectors.joining(", ")) + ")");
    Runnable checks = () -> {
      isNotNull();
      check.accept(decision);
    };
    if (softly.isEmpty()) {
      checks.run();
      return decision;
    }
    try {
      checks.run();
    } catch (AssertionError failure) {
      softly.get().collectAssertionError(failure);
    }
    return decision;
  }
}
