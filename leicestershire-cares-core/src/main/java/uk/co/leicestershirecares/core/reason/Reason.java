package uk.co.leicestershirecares.core.reason;

import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * One reason behind an answer: the stable {@linkplain #ruleId() id} of the rule that gave it (for
 * example {@code UP.age}), a plain-English {@linkplain #text() sentence} about this participant on
 * this date, and the {@linkplain #source() source} the rule implements.
 *
 * <p>Reasons belong to an assessment of one participant, so their text may state facts about
 * them; {@link #toString()} prints the rule id only.
 */
@Value.Immutable
public abstract class Reason {
  Reason() {}

  /** Returns the stable id of the rule, for example {@code WIRE.progression-from-UP}. */
  @Value.Parameter
  public abstract String ruleId();

  /** Returns the reason in plain English. */
  @Value.Parameter
  public abstract String text();

  /** Returns the document and sentence the rule implements. */
  @Value.Parameter
  public abstract Source source();

  /**
   * Returns a reason.
   *
   * @throws InvalidRecordException if an argument is null or a string is blank
   */
  public static Reason of(String ruleId, String text, Source source) {
    return ImmutableReason.of(ruleId, text, source);
  }

  @Value.Check
  final void check() {
    if (ruleId().isBlank() || text().isBlank()) {
      throw new InvalidRecordException("reason", "a reason needs a rule id and a text");
    }
  }

  /** Returns {@code Reason[ruleId]}: the text may describe the participant. */
  @Override
  public final String toString() {
    return "Reason[" + ruleId() + "]";
  }
}
