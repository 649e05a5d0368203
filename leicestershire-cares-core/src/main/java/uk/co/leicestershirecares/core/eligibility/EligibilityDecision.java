package uk.co.leicestershirecares.core.eligibility;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.policy.PlanYear;
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
  public abstract ProgrammeCode programme();

  /** Returns the date asked about. */
  public abstract LocalDate asOf();

  /**
   * Returns the plan year whose rules applied: the plan year of {@link #asOf()}, or, for rules
   * that follow an annual plan, the year of the plan in force.
   */
  public abstract PlanYear planYear();

  /** Returns the outcome. */
  public abstract EligibilityOutcome outcome();

  /** Returns every reason, in the order the conditions were evaluated. */
  public abstract ImmutableList<Reason> reasons();

  /** Returns the failed or undecided conditions and what would change them. */
  public abstract ImmutableList<MissingCondition> missing();

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
    return "EligibilityDecision{" + programme() + " on " + asOf() + ": " + outcome() + "}";
  }

  /** Builds an {@link EligibilityDecision}. */
  public static final class Builder extends ImmutableEligibilityDecision.Builder {
    Builder() {}
  }
}
