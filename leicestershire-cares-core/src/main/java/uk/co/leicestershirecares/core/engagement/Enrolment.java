package uk.co.leicestershirecares.core.engagement;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * An enrolment of the record's participant on a programme: its {@linkplain #status() status} and
 * the days it {@linkplain #from() started} and, if it has, {@linkplain #to() ended} (inclusive).
 */
@Value.Immutable
public abstract class Enrolment {
  Enrolment() {}

  /** Returns the programme. */
  public abstract ProgrammeCode programme();

  /** Returns where the enrolment stands. */
  public abstract EnrolmentStatus status();

  /** Returns the first day of the enrolment. */
  public abstract LocalDate from();

  /** Returns the last day of the enrolment, or empty while it continues. */
  public abstract Optional<LocalDate> to();

  /** Returns a new builder; {@code programme}, {@code status} and {@code from} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether the enrolment covers {@code date}.
   *
   * @param date the date to ask about
   * @return {@code true} if {@code from <= date} and the enrolment had not ended before it
   */
  public final boolean isOpenOn(LocalDate date) {
    return Checks.covers(from(), to(), date);
  }

  /**
   * Returns whether the programme was successfully finished on or before {@code date}: the status
   * is {@link EnrolmentStatus#isSuccessfulCompletion() a completion} and the end date, if
   * recorded, is not after {@code date}.
   */
  public final boolean isCompletedBy(LocalDate date) {
    return status().isSuccessfulCompletion()
        && !from().isAfter(date)
        && to().map(end -> !end.isAfter(date)).orElse(true);
  }

  @Value.Check
  final void check() {
    Checks.endNotBeforeStart(from(), to(), "enrolment", "to");
  }

  /**
   * Builds a {@link Enrolment}. Every method rejects {@code null} (and {@code null} list elements)
   * with an {@link uk.co.leicestershirecares.core.InvalidRecordException} naming the field; {@link
   * #build()} rejects missing required fields and invalid combinations the same way.
   */
  public static final class Builder {
    private final ImmutableEnrolment.Builder delegate = ImmutableEnrolment.generatedBuilder();

    Builder() {}

    /** Sets {@link Enrolment#programme()}. */
    @CanIgnoreReturnValue
    public Builder programme(ProgrammeCode programme) {
      delegate.programme(programme);
      return this;
    }

    /** Sets {@link Enrolment#status()}. */
    @CanIgnoreReturnValue
    public Builder status(EnrolmentStatus status) {
      delegate.status(status);
      return this;
    }

    /** Sets {@link Enrolment#from()}. */
    @CanIgnoreReturnValue
    public Builder from(LocalDate from) {
      delegate.from(from);
      return this;
    }

    /** Sets {@link Enrolment#to()}. */
    @CanIgnoreReturnValue
    public Builder to(LocalDate to) {
      delegate.to(to);
      return this;
    }

    /** Sets {@link Enrolment#to()}, or leaves it empty. */
    @CanIgnoreReturnValue
    public Builder to(Optional<? extends LocalDate> to) {
      delegate.to(Checks.notNull(to, "to"));
      return this;
    }

    /**
     * Returns the built value.
     *
     * @throws uk.co.leicestershirecares.core.InvalidRecordException if a required field is unset
     *     or the value is invalid
     */
    public Enrolment build() {
      return delegate.build();
    }
  }
}
