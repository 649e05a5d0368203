package uk.co.leicestershirecares.core.engagement;

import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.TextId;
import uk.co.leicestershirecares.core.internal.Checks;

/** The id of a delivered session, such as {@code S-17}. Ids compare by their text. */
public final class SessionId extends TextId<SessionId> {
  private SessionId(String value) {
    super(value);
  }

  /**
   * Returns the session id with the given text.
   *
   * @throws InvalidRecordException if {@code value} is null, blank or malformed
   */
  public static SessionId of(String value) {
    return new SessionId(Checks.identifier(value, "session"));
  }
}
