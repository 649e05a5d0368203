package uk.co.leicestershirecares.core.engagement;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.internal.Checks;
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
   * Builds a {@link Attendance}. Every method rejects {@code null} (and {@code null} list elements)
   * with an {@link uk.co.leicestershirecares.core.InvalidRecordException} naming the field; {@link
   * #build()} rejects missing required fields and invalid combinations the same way.
   */
  public static final class Builder {
    private final ImmutableAttendance.Builder delegate = ImmutableAttendance.generatedBuilder();

    Builder() {}

    /** Sets {@link Attendance#date()}. */
    @CanIgnoreReturnValue
    public Builder date(LocalDate date) {
      delegate.date(date);
      return this;
    }

    /** Sets {@link Attendance#kind()}. */
    @CanIgnoreReturnValue
    public Builder kind(SessionKind kind) {
      delegate.kind(kind);
      return this;
    }

    /** Sets {@link Attendance#programme()}. */
    @CanIgnoreReturnValue
    public Builder programme(ProgrammeCode programme) {
      delegate.programme(programme);
      return this;
    }

    /** Sets {@link Attendance#session()}. */
    @CanIgnoreReturnValue
    public Builder session(SessionId session) {
      delegate.session(session);
      return this;
    }

    /** Sets {@link Attendance#session()}, or leaves it empty. */
    @CanIgnoreReturnValue
    public Builder session(Optional<? extends SessionId> session) {
      delegate.session(Checks.notNull(session, "session"));
      return this;
    }

    /** Sets every field from {@code instance}, replacing lists. */
    @CanIgnoreReturnValue
    public Builder from(Attendance instance) {
      delegate.from(Checks.notNull(instance, "instance"));
      return this;
    }

    /**
     * Returns the built value.
     *
     * @throws uk.co.leicestershirecares.core.InvalidRecordException if a required field is unset
     *     or the value is invalid
     */
    public Attendance build() {
      return delegate.build();
    }
  }
}
