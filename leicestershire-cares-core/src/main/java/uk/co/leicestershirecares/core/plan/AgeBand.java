package uk.co.leicestershirecares.core.plan;

import java.time.LocalDate;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.participant.LeapDayBirthday;

/**
 * An inclusive band of ages in whole years: "aged 18–25" runs from the 18th birthday to the day
 * before the 26th.
 *
 * @param minAge the youngest age in the band
 * @param maxAge the oldest age in the band
 */
public record AgeBand(int minAge, int maxAge) {
  /**
   * Creates the band from {@code minAge} to {@code maxAge}, both included.
   *
   * @throws InvalidRecordException if {@code minAge} is negative or greater than {@code maxAge},
   *     or {@code maxAge} is over 150
   */
  public AgeBand {
    if (minAge < 0 || maxAge > 150 || minAge > maxAge) {
      throw new InvalidRecordException(
          "ageBand", "age band " + minAge + "–" + maxAge + " must satisfy 0 <= min <= max <= 150");
    }
  }

  /**
   * Returns the band from {@code minAge} to {@code maxAge}, both included.
   *
   * @throws InvalidRecordException if {@code minAge} is negative or greater than {@code maxAge},
   *     or {@code maxAge} is over 150
   */
  public static AgeBand of(int minAge, int maxAge) {
    return new AgeBand(minAge, maxAge);
  }

  /** Returns whether {@code age} is in the band. */
  public boolean contains(int age) {
    return age >= minAge && age <= maxAge;
  }

  /** Returns the first day in the band of someone born on {@code dateOfBirth}. */
  public LocalDate firstDay(LocalDate dateOfBirth, LeapDayBirthday leapDay) {
    return leapDay.birthday(dateOfBirth, minAge);
  }

  /** Returns the first day after the band (the {@code maxAge + 1} birthday). */
  public LocalDate firstDayAfter(LocalDate dateOfBirth, LeapDayBirthday leapDay) {
    return leapDay.birthday(dateOfBirth, maxAge + 1);
  }

  /** Returns the band as {@code 18–25}. */
  @Override
  public String toString() {
    return minAge + "–" + maxAge;
  }
}
