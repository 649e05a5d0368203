package uk.co.leicestershirecares.core.outcome;

import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.TextId;
import uk.co.leicestershirecares.core.internal.Checks;

/** The id of an outcome event, such as {@code O-9}. Ids compare by their text. */
public final class OutcomeId extends TextId<OutcomeId> {
  private OutcomeId(String value) {
    super(value);
  }

  /**
   * Returns the outcome id with the given text.
   *
   * @throws InvalidRecordException if {@code value} is null, blank or malformed
   */
  public static OutcomeId of(String value) {
    return new OutcomeId(Checks.identifier(value, "id"));
  }
}
