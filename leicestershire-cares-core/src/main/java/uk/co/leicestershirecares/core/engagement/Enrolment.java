package uk.co.leicestershirecares.core.engagement;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
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
    return Checks.covers(from(), to().orElse(null), date);
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
    Checks.endNotBeforeStart(from(), to().orElse(null), "enrolment", "to");
  }

  /**
   * Builds a {@link Enrolment}. A {@code null} argument or list element, and a required field left
   * unset, raise {@link InvalidRecordException} naming the field.
   */
  public static final class Builder extends ImmutableEnrolment.Builder {
    Builder() {}
  }
}
