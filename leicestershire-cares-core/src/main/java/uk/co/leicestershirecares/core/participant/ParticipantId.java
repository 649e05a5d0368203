package uk.co.leicestershirecares.core.participant;

import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.TextId;
import uk.co.leicestershirecares.core.internal.Checks;

/**
 * The pseudonymous id of a participant, such as {@code P-0001}: never a name.
 *
 * <p>An id is 1 to 64 letters, digits or {@code . _ : / -}, starting with a letter or digit.
 * Ids compare by their text.
 */
public final class ParticipantId extends TextId<ParticipantId> {
  private ParticipantId(String value) {
    super(value);
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
}
