package uk.co.leicestershirecares.core.engagement;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.internal.Checks;
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
   * Builds a {@link Session}. Every method rejects {@code null} (and {@code null} list elements)
   * with an {@link uk.co.leicestershirecares.core.InvalidRecordException} naming the field; {@link
   * #build()} rejects missing required fields and invalid combinations the same way.
   */
  public static final class Builder {
    private final ImmutableSession.Builder delegate = ImmutableSession.generatedBuilder();

    Builder() {}

    /** Sets {@link Session#id()}. */
    @CanIgnoreReturnValue
    public Builder id(SessionId id) {
      delegate.id(id);
      return this;
    }

    /** Sets {@link Session#programme()}. */
    @CanIgnoreReturnValue
    public Builder programme(ProgrammeCode programme) {
      delegate.programme(programme);
      return this;
    }

    /** Sets {@link Session#date()}. */
    @CanIgnoreReturnValue
    public Builder date(LocalDate date) {
      delegate.date(date);
      return this;
    }

    /** Sets {@link Session#kind()}. */
    @CanIgnoreReturnValue
    public Builder kind(SessionKind kind) {
      delegate.kind(kind);
      return this;
    }

    /** Sets every field from {@code instance}, replacing lists. */
    @CanIgnoreReturnValue
    public Builder from(Session instance) {
      delegate.from(Checks.notNull(instance, "instance"));
      return this;
    }

    /**
     * Returns the built value.
     *
     * @throws uk.co.leicestershirecares.core.InvalidRecordException if a required field is unset
     *     or the value is invalid
     */
    public Session build() {
      return delegate.build();
    }
  }
}
