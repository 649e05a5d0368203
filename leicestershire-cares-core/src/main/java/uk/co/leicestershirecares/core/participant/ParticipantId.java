package uk.co.leicestershirecares.core.participant;

import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;

/**
 * The pseudonymous id of a participant, such as {@code P-0001}: never a name.
 *
 * <p>An id is 1 to 64 letters, digits or {@code . _ : / -}, starting with a letter or digit.
 * Ids compare by their text.
 */
public final class ParticipantId implements Comparable<ParticipantId> {
  private final String value;

  private ParticipantId(String value) {
    this.value = value;
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id's text, for example {@code P-0001}
   * @return the id
   * @throws InvalidRecordException if {@code value} is null, blank or malformed
   */
  public static ParticipantId of(String value) {
    return new ParticipantId(Checks.identifier(value, "id"));
  }

  /**
   * Returns the id's text.
   *
   * @return the text this id was made from
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(ParticipantId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ParticipantId && ((ParticipantId) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the id's text: ids are pseudonymous, so they are safe to log. */
  @Override
  public String toString() {
    return value;
  }
}
