package uk.co.leicestershirecares.core.participant;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;

/**
 * A young person: a pseudonymous {@linkplain #id() id}, an optional {@linkplain #dateOfBirth()
 * date of birth}, a {@linkplain #homeArea() home area} and dated {@linkplain #circumstances()
 * circumstances}. No name is ever held.
 *
 * <p>A date of birth may be unknown; questions that need it then answer "needs information"
 * rather than guess. A known date of birth is no earlier than {@link #EARLIEST_DATE_OF_BIRTH}. A
 * value never reads the clock, so whether a date of birth lies in the future is checked where the
 * day is known: {@link #requireBornBy(LocalDate)}, which the JSON readers call with today's date.
 *
 * <p>{@link #toString()} prints the id and the number of circumstances only.
 */
@Value.Immutable
public abstract class Participant {
  /** The earliest date of birth accepted; anything earlier is a typing mistake. */
  public static final LocalDate EARLIEST_DATE_OF_BIRTH = LocalDate.of(1900, 1, 1);

  Participant() {}

  /** Returns the participant's pseudonymous id. */
  public abstract ParticipantId id();

  /** Returns the date of birth, or empty when it is not known. */
  public abstract Optional<LocalDate> dateOfBirth();

  /** Returns where the participant lives. */
  public abstract HomeArea homeArea();

  /** Returns the participant's circumstances, past and present, in the order recorded. */
  public abstract List<Circumstance> circumstances();

  /** Returns a new builder; {@code id} and {@code homeArea} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the participant's exact age on {@code date}, with the {@linkplain
   * LeapDayBirthday#DEFAULT default} leap-day rule.
   *
   * @param date the date to compute the age on
   * @return the age in whole years, or empty if the date of birth is unknown or after {@code
   *     date}
   */
  public final OptionalInt ageOn(LocalDate date) {
    return ageOn(date, LeapDayBirthday.DEFAULT);
  }

  /**
   * Returns the participant's exact age on {@code date}.
   *
   * @param date the date to compute the age on
   * @param leapDay which day counts as the birthday of someone born on 29 February
   * @return the age in whole years, or empty if the date of birth is unknown or after {@code
   *     date}
   */
  public final OptionalInt ageOn(LocalDate date, LeapDayBirthday leapDay) {
    Checks.notNull(date, "date");
    Checks.notNull(leapDay, "leapDay");
    if (dateOfBirth().isEmpty() || date.isBefore(dateOfBirth().get())) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(leapDay.ageOn(dateOfBirth().get(), date));
  }

  /**
   * Returns the types of the circumstances active on {@code date}.
   *
   * @param date the date to ask about
   * @return the active types, in declaration order of {@link CircumstanceType}
   */
  public final ImmutableSet<CircumstanceType> circumstancesOn(LocalDate date) {
    return circumstances().stream()
        .filter(c -> c.isActiveOn(date))
        .map(Circumstance::type)
        .sorted()
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns whether a circumstance of {@code type} is active on {@code date}.
   *
   * @param type the circumstance type
   * @param date the date to ask about
   * @return {@code true} if at least one such circumstance holds on that date
   */
  public final boolean hasCircumstanceOn(CircumstanceType type, LocalDate date) {
    // A loop, not a stream: each eligibility row with circumstances asks this. Benchmark:
    // AssessmentBenchmark.reference.
    List<Circumstance> all = circumstances();
    for (int i = 0; i < all.size(); i++) {
      Circumstance c = all.get(i);
      if (c.type() == type && c.isActiveOn(date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether a circumstance of {@code type} has ever been recorded, whatever its dates.
   *
   * @param type the circumstance type
   * @return {@code true} if at least one such circumstance is recorded
   */
  public final boolean hasEver(CircumstanceType type) {
    return circumstances().stream().anyMatch(c -> c.type() == type);
  }

  /**
   * Returns this participant if the date of birth, when known, is not after {@code today}. A value
   * does not read the clock (its validity would depend on when it was built); the code that knows
   * what day it is asks this: a reader of input with its clock, a service with its as-of date.
   *
   * @param today the day the record is taken in on
   * @return this participant
   * @throws InvalidRecordException naming {@code dateOfBirth} if it is after {@code today}
   */
  @CanIgnoreReturnValue
  public final Participant requireBornBy(LocalDate today) {
    Checks.notNull(today, "today");
    if (dateOfBirth().isPresent() && dateOfBirth().get().isAfter(today)) {
      throw new InvalidRecordException("dateOfBirth", "dateOfBirth is in the future");
    }
    return this;
  }

  @Value.Check
  final void check() {
    if (dateOfBirth().isPresent()) {
      LocalDate dob = dateOfBirth().get();
      if (dob.isBefore(EARLIEST_DATE_OF_BIRTH)) {
        throw new InvalidRecordException(
            "dateOfBirth", "dateOfBirth is before " + EARLIEST_DATE_OF_BIRTH);
      }
    }
  }

  /** Returns the id and the number of circumstances, never their content or the date of birth. */
  @Override
  public final String toString() {
    return "Participant{id=" + id() + ", circumstances=" + circumstances().size() + "}";
  }

  /**
   * Builds a {@link Participant}. A {@code null} argument or list element, and a required field
   * left unset, raise {@link InvalidRecordException} naming the field.
   */
  public static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}
  }
}
