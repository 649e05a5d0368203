package uk.co.leicestershirecares.core.eligibility;

import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * A condition that failed or could not be decided, and what would change it: "turns 18 on
 * 2027-03-04", "completes UP, then may join WIRE", "record a date of birth".
 */
@Value.Immutable
public abstract class MissingCondition {
  MissingCondition() {}

  /** Returns the id of the rule whose condition is missing, for example {@code UP.age}. */
  @Value.Parameter
  public abstract String ruleId();

  /** Returns what would change the answer, in plain English. */
  @Value.Parameter
  public abstract String text();

  /**
   * Returns a missing condition.
   *
   * @throws InvalidRecordException if an argument is null or blank
   */
  public static MissingCondition of(String ruleId, String text) {
    return ImmutableMissingCondition.of(ruleId, text);
  }

  @Value.Check
  final void check() {
    if (ruleId().isBlank() || text().isBlank()) {
      throw new InvalidRecordException("missing", "a missing condition needs a rule id and text");
    }
  }

  /** Returns {@code MissingCondition[ruleId]}: the text may describe the participant. */
  @Override
  public final String toString() {
    return "MissingCondition[" + ruleId() + "]";
  }
}
