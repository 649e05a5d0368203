package uk.co.leicestershirecares.core.eligibility;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.plan.PlanYear;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Reason;

/**
 * The answer to "is this participant eligible for this programme on this date?".
 *
 * <p>{@linkplain #reasons() Reasons} list every condition the rules evaluated, met or not;
 * {@linkplain #missing() missing} lists the conditions that failed or could not be decided, each
 * with what would change it. A {@code NOT_ELIGIBLE} or {@code NEEDS_INFORMATION} decision always
 * has at least one missing condition; an {@code ELIGIBLE} one has none.
 */
@Value.Immutable
public abstract class EligibilityDecision {
  EligibilityDecision() {}

  /** Returns the programme asked about. */
  @Value.Parameter
  public abstract ProgrammeCode programme();

  /** Returns the date asked about. */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * Returns the plan year whose rules applied: the plan year of {@link #asOf()}, or, for rules
   * that follow an annual plan, the year of the plan in force.
   */
  @Value.Parameter
  public abstract PlanYear planYear();

  /** Returns the outcome. */
  @Value.Parameter
  public abstract EligibilityOutcome outcome();

  /**
   * Returns whether the participant is in a priority group of the annual plan in force for the
   * programme; {@code false} where the programme has no priority groups. Under a plan that
   * {@linkplain uk.co.leicestershirecares.core.plan.PriorityGroupRule#PRIORITISED prioritises}
   * its groups this is the only difference being outside them makes.
   */
  @Value.Parameter
  @Value.Default
  public boolean priority() {
    return false;
  }

  /** Returns every reason, in the order the conditions were evaluated. */
  @Value.Parameter
  public abstract ImmutableList<Reason> reasons();

  /** Returns the failed or undecided conditions and what would change them. */
  @Value.Parameter
  public abstract ImmutableList<MissingCondition> missing();

  /**
   * Returns a decision from its parts, without a builder's copies: explanation engines make one
   * per programme per assessment.
   *
   * @throws InvalidRecordException if an argument is null, there is no reason, or there are
   *     missing conditions exactly when the outcome is {@code ELIGIBLE}
   */
  public static EligibilityDecision of(ProgrammeCode programme, LocalDate asOf,
      PlanYear planYear, EligibilityOutcome outcome, boolean priority,
      ImmutableList<Reason> reasons, ImmutableList<MissingCondition> missing) {
    // Benchmark: AssessmentBenchmark.reference (the builder copied each list twice).
    return ImmutableEligibilityDecision.of(Checks.notNull(programme, "programme"),
        Checks.notNull(asOf, "asOf"), Checks.notNull(planYear, "planYear"),
        Checks.notNull(outcome, "outcome"), priority, Checks.notNull(reasons, "reasons"),
        Checks.notNull(missing, "missing"));
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns whether the outcome is {@link EligibilityOutcome#ELIGIBLE}. */
  public final boolean isEligible() {
    return outcome() == EligibilityOutcome.ELIGIBLE;
  }

  @Value.Check
  final void check() {
    if (reasons().isEmpty()) {
      throw new InvalidRecordException("reasons", "a decision for " + programme() + " needs a reason");
    }
    if (isEligible() != missing().isEmpty()) {
      throw new InvalidRecordException(
          "missing",
          "a decision for " + programme() + " has missing conditions exactly when it is not"
              + " ELIGIBLE");
    }
  }

  /** Returns the programme, date and outcome; reasons may describe the participant. */
  @Override
  public final String toString() {
    // Not the priority: being in a priority group says which circumstances someone has.
    return "EligibilityDecision{" + programme() + " on " + asOf() + ": " + outcome() + "}";
  }

  /**
   * Builds a {@link EligibilityDecision}. A {@code null} argument or a required field left unset
   * raises {@link InvalidRecordException} naming the field; a {@code null} list element, a {@code
   * NullPointerException}.
   */
  // Its lists stay Guava's ImmutableList, whose builder checks elements itself: a policy's lists
  // are then kept without a copy. Benchmark: AssessmentBenchmark.reference (-prof gc).
  public static final class Builder extends ImmutableEligibilityDecision.Builder {
    Builder() {}
  }
}
