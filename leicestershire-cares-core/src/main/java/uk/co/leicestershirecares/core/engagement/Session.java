package uk.co.leicestershirecares.core.engagement;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/** A session a programme delivered on a day: one event, however many attended. */
@Value.Immutable
public abstract class Session {
  Session() {}

  /** Returns the session's id. */
  public abstract SessionId id();

  /** Returns the programme that delivered it. */
  public abstract ProgrammeCode programme();

  /** Returns the day it was delivered. */
  public abstract LocalDate date();

  /** Returns how it was delivered. */
  public abstract SessionKind kind();

  /** Returns a session. */
  public static Session of(SessionId id, ProgrammeCode programme, LocalDate date, SessionKind kind) {
    return builder().id(id).programme(programme).date(date).kind(kind).build();
  }

  /** Returns a new builder; every field is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Session}. A {@code null} argument or list element, and a required field left
   * unset, raise {@link InvalidRecordException} naming the field.
   */
  public static final class Builder extends ImmutableSession.Builder {
    Builder() {}
  }
}
