package uk.co.leicestershirecares.core.participant;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import uk.co.leicestershirecares.core.internal.Checks;

/**
 * Which day counts as the birthday, in a year that is not a leap year, of someone born on 29
 * February. Every age band in the policy ("aged 18–25") turns on birthdays, so this is a named
 * policy setting rather than whatever a date library happens to do ({@link LocalDate#plusYears}
 * clamps to 28 February).
 *
 * <p>The {@linkplain #DEFAULT default} is {@link #MARCH_1}: in England and Wales a person attains
 * an age at the start of the anniversary of their birth (Family Law Reform Act 1969, s.9), and the
 * anniversary of 29 February in a common year is generally taken to be 1 March.
 */
public enum LeapDayBirthday {
  /** The birthday falls on 28 February in common years. */
  FEBRUARY_28,
  /** The birthday falls on 1 March in common years. */
  MARCH_1;

  /** The setting used when none is given: {@link #MARCH_1}. */
  public static final LeapDayBirthday DEFAULT = MARCH_1;

  /**
   * Returns the date on which someone born on {@code dateOfBirth} reaches {@code age}.
   *
   * @param dateOfBirth the date of birth
   * @param age the age in whole years, zero or more
   * @return the date of that birthday
   * @throws IllegalArgumentException if {@code age} is negative
   */
  public LocalDate birthday(LocalDate dateOfBirth, int age) {
    Checks.notNull(dateOfBirth, "dateOfBirth");
    if (age < 0) {
      throw new IllegalArgumentException("age must not be negative: " + age);
    }
    int year = dateOfBirth.getYear() + age;
    if (dateOfBirth.getMonth() == Month.FEBRUARY
        && dateOfBirth.getDayOfMonth() == 29
        && !Year.isLeap(year)) {
      return this == FEBRUARY_28 ? LocalDate.of(year, 2, 28) : LocalDate.of(year, 3, 1);
    }
    return dateOfBirth.withYear(year);
  }

  /**
   * Returns the age in whole years on {@code date} of someone born on {@code dateOfBirth}: the
   * number of birthdays reached on or before that date.
   *
   * @param dateOfBirth the date of birth
   * @param date the date to compute the age on, not before {@code dateOfBirth}
   * @return the exact age in whole years
   * @throws IllegalArgumentException if {@code date} is before {@code dateOfBirth} (the dates are
   *     not echoed: one of them is a date of birth)
   */
  public int ageOn(LocalDate dateOfBirth, LocalDate date) {
    Checks.notNull(dateOfBirth, "dateOfBirth");
    Checks.notNull(date, "date");
    if (date.isBefore(dateOfBirth)) {
      throw new IllegalArgumentException("date is before the date of birth");
    }
    int age = date.getYear() - dateOfBirth.getYear();
    return date.isBefore(birthday(dateOfBirth, age)) ? age - 1 : age;
  }
}
