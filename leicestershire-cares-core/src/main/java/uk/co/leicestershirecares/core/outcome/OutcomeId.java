package uk.co.leicestershirecares.core.outcome;

import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;

/** The id of an outcome event, such as {@code O-9}. Ids compare by their text. */
public final class OutcomeId implements Comparable<OutcomeId> {
  private final String value;

  private OutcomeId(String value) {
    this.value = value;
  }

  /**
   * Returns the outcome id with the given text.
   *
   * @throws InvalidRecordException if {@code value} is null, blank or malformed
   */
  public static OutcomeId of(String value) {
    return new OutcomeId(Checks.identifier(value, "id"));
  }

  /** Returns the id's text. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(OutcomeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OutcomeId && ((OutcomeId) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
