package uk.co.leicestershirecares.core.engagement;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * The record's participant attending a session of a programme on a day. The {@linkplain
 * #session() session id}, when known, links the attendance to the delivered {@link Session}.
 */
@Value.Immutable
public abstract class Attendance {
  Attendance() {}

  /** Returns the day attended. */
  public abstract LocalDate date();

  /** Returns the kind of session attended. */
  public abstract SessionKind kind();

  /** Returns the programme the session belonged to. */
  public abstract ProgrammeCode programme();

  /** Returns the id of the session attended, if recorded. */
  public abstract Optional<SessionId> session();

  /** Returns an attendance without a session id. */
  public static Attendance of(LocalDate date, SessionKind kind, ProgrammeCode programme) {
    return builder().date(date).kind(kind).programme(programme).build();
  }

  /** Returns a new builder; {@code date}, {@code kind} and {@code programme} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Attendance}. A {@code null} argument or list element, and a required field
   * left unset, raise {@link InvalidRecordException} naming the field.
   */
  public static final class Builder extends ImmutableAttendance.Builder {
    Builder() {}
  }
}
