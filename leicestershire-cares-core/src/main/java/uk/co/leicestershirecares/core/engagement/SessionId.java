package uk.co.leicestershirecares.core.engagement;

import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;

/** The id of a delivered session, such as {@code S-17}. Ids compare by their text. */
public final class SessionId implements Comparable<SessionId> {
  private final String value;

  private SessionId(String value) {
    this.value = value;
  }

  /**
   * Returns the session id with the given text.
   *
   * @throws InvalidRecordException if {@code value} is null, blank or malformed
   */
  public static SessionId of(String value) {
    return new SessionId(Checks.identifier(value, "session"));
  }

  /** Returns the id's text. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(SessionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SessionId && ((SessionId) other).value.equals(value);
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
