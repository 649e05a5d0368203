package uk.co.leicestershirecares.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static uk.co.leicestershirecares.core.participant.LeapDayBirthday.FEBRUARY_28;
import static uk.co.leicestershirecares.core.participant.LeapDayBirthday.MARCH_1;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Covers {@link LeapDayBirthday}: exact ages in whole years around birthdays, the birthday of
 * people born on 29 February under both settings in common and leap years, and the laws that an
 * age goes up by exactly one on each birthday and agrees with {@link Period} for everyone else.
 */
final class LeapDayBirthdayTest {
  private static final LocalDate MIDSUMMER_2000 = LocalDate.of(2000, 6, 15);
  private static final LocalDate LEAP_DAY_2004 = LocalDate.of(2004, 2, 29);

  /** Dates of birth from 1900 to 2100, one in four of them on 29 February of a leap year. */
  private static Gen<LocalDate> datesOfBirth() {
    Gen<LocalDate> leapDays =
        Generate.range(1904 / 4, 2096 / 4).map(quarter -> LocalDate.of(quarter * 4, 2, 29));
    return Generate.longRange(
            LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay)
        .mix(leapDays, 25);
  }

  /**
   * Dates on or after {@code born}: half of them within three days of a birthday (which is where
   * ages change), the rest anywhere in the next 110 years.
   */
  private static Gen<LocalDate> datesOnOrAfter(LocalDate born, LeapDayBirthday leapDay) {
    Gen<LocalDate> nearBirthdays =
        Generate.range(1, 100)
            .zip(Generate.range(-3, 3), (age, days) -> leapDay.birthday(born, age).plusDays(days));
    return Generate.range(0, 110 * 366).map(days -> born.plusDays(days)).mix(nearBirthdays, 50);
  }

  /** A date of birth, a leap-day setting and a date on or after the birth. */
  private record Day(LocalDate born, LeapDayBirthday leapDay, LocalDate date) {}

  private static Gen<Day> days() {
    return in -> {
      LocalDate born = datesOfBirth().generate(in);
      LeapDayBirthday leapDay = Generate.enumValues(LeapDayBirthday.class).generate(in);
      return new Day(born, leapDay, datesOnOrAfter(born, leapDay).generate(in));
    };
  }

  @Test
  void default_isMarch1() {
    assertThat(LeapDayBirthday.DEFAULT).isSameAs(MARCH_1);
  }

  @Test
  void ageOn_isOneLessTheDayBeforeTheBirthday() {
    assertThat(agesUnderBothSettings(MIDSUMMER_2000, LocalDate.of(2018, 6, 14))).containsOnly(17);
  }

  @Test
  void ageOn_goesUpOnTheBirthdayAndStaysTheDayAfter() {
    assertThat(agesUnderBothSettings(MIDSUMMER_2000, LocalDate.of(2018, 6, 15))).containsOnly(18);
    assertThat(agesUnderBothSettings(MIDSUMMER_2000, LocalDate.of(2018, 6, 16))).containsOnly(18);
  }

  @Test
  void ageOn_isZeroFromTheDateOfBirthUntilTheFirstBirthday() {
    assertThat(MARCH_1.ageOn(MIDSUMMER_2000, MIDSUMMER_2000)).isZero();
    assertThat(MARCH_1.ageOn(MIDSUMMER_2000, LocalDate.of(2001, 6, 14))).isZero();
    assertThat(MARCH_1.ageOn(MIDSUMMER_2000, LocalDate.of(2001, 6, 15))).isEqualTo(1);
  }

  @Test
  void ageOn_ofALeapDayBirth_goesUpOnFebruary28InACommonYear_underFebruary28() {
    assertThat(FEBRUARY_28.ageOn(LEAP_DAY_2004, LocalDate.of(2022, 2, 27))).isEqualTo(17);
    assertThat(FEBRUARY_28.ageOn(LEAP_DAY_2004, LocalDate.of(2022, 2, 28))).isEqualTo(18);
    assertThat(FEBRUARY_28.ageOn(LEAP_DAY_2004, LocalDate.of(2022, 3, 1))).isEqualTo(18);
  }

  @Test
  void ageOn_ofALeapDayBirth_goesUpOnMarch1InACommonYear_underMarch1() {
    assertThat(MARCH_1.ageOn(LEAP_DAY_2004, LocalDate.of(2022, 2, 27))).isEqualTo(17);
    assertThat(MARCH_1.ageOn(LEAP_DAY_2004, LocalDate.of(2022, 2, 28))).isEqualTo(17);
    assertThat(MARCH_1.ageOn(LEAP_DAY_2004, LocalDate.of(2022, 3, 1))).isEqualTo(18);
  }

  @Test
  void ageOn_ofALeapDayBirth_goesUpOnFebruary29InALeapYear_underBothSettings() {
    assertThat(agesUnderBothSettings(LEAP_DAY_2004, LocalDate.of(2024, 2, 28))).containsOnly(19);
    assertThat(agesUnderBothSettings(LEAP_DAY_2004, LocalDate.of(2024, 2, 29))).containsOnly(20);
    assertThat(agesUnderBothSettings(LEAP_DAY_2004, LocalDate.of(2024, 3, 1))).containsOnly(20);
  }

  @Test
  void ageOn_ofALeapDayBirth_treats2100AsACommonYear() {
    LocalDate born = LocalDate.of(2096, 2, 29);
    assertThat(FEBRUARY_28.ageOn(born, LocalDate.of(2100, 2, 28))).isEqualTo(4);
    assertThat(MARCH_1.ageOn(born, LocalDate.of(2100, 2, 28))).isEqualTo(3);
    assertThat(MARCH_1.ageOn(born, LocalDate.of(2100, 3, 1))).isEqualTo(4);
  }

  @Test
  void birthday_ofALeapDayBirth_dependsOnTheSettingOnlyInCommonYears() {
    assertThat(FEBRUARY_28.birthday(LEAP_DAY_2004, 18)).isEqualTo(LocalDate.of(2022, 2, 28));
    assertThat(MARCH_1.birthday(LEAP_DAY_2004, 18)).isEqualTo(LocalDate.of(2022, 3, 1));
    assertThat(FEBRUARY_28.birthday(LEAP_DAY_2004, 20)).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(MARCH_1.birthday(LEAP_DAY_2004, 20)).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void birthday_ofAnyoneElse_isTheSameDayAndMonth() {
    assertThat(FEBRUARY_28.birthday(MIDSUMMER_2000, 18)).isEqualTo(LocalDate.of(2018, 6, 15));
    assertThat(MARCH_1.birthday(LocalDate.of(2003, 2, 28), 1)).isEqualTo(LocalDate.of(2004, 2, 28));
    assertThat(MARCH_1.birthday(MIDSUMMER_2000, 0)).isEqualTo(MIDSUMMER_2000);
  }

  @Test
  void birthday_rejectsANegativeAge() {
    assertThatThrownBy(() -> MARCH_1.birthday(MIDSUMMER_2000, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ageOn_rejectsADateBeforeBirth_withoutEchoingEitherDate() {
    LocalDate dayBefore = MIDSUMMER_2000.minusDays(1);
    assertThatThrownBy(() -> MARCH_1.ageOn(MIDSUMMER_2000, dayBefore))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain(MIDSUMMER_2000.toString())
        .doesNotContain(dayBefore.toString());
  }

  @Test
  void ageOn_reachesEachAgeExactlyOnItsBirthday() {
    qt().withExamples(500)
        .forAll(datesOfBirth(), Generate.range(1, 110), Generate.enumValues(LeapDayBirthday.class))
        .checkAssert((born, age, leapDay) -> {
          LocalDate birthday = leapDay.birthday(born, age);
          assertThat(leapDay.ageOn(born, birthday)).isEqualTo(age);
          assertThat(leapDay.ageOn(born, birthday.minusDays(1))).isEqualTo(age - 1);
        });
  }

  @Test
  void ageOn_goesUpByExactlyOneOnEachBirthdayAndNeverOtherwise() {
    qt().withExamples(1000)
        .forAll(days())
        .checkAssert(day -> {
          LocalDate next = day.date.plusDays(1);
          int age = day.leapDay.ageOn(day.born, day.date);
          int ageNextDay = day.leapDay.ageOn(day.born, next);
          boolean nextIsBirthday = next.equals(day.leapDay.birthday(day.born, age + 1));
          assertThat(ageNextDay)
              .as("age on %s after %s on %s", next, age, day)
              .isEqualTo(nextIsBirthday ? age + 1 : age);
        });
  }

  @Test
  void ageOn_agreesWithPeriodBetween_forEveryoneNotBornOnFebruary29() {
    qt().withExamples(1000)
        .forAll(
            datesOfBirth().assuming(born -> !isLeapDay(born)),
            Generate.range(0, 110 * 366),
            Generate.enumValues(LeapDayBirthday.class))
        .checkAssert((born, days, leapDay) -> {
          LocalDate date = born.plusDays(days);
          assertThat(leapDay.ageOn(born, date))
              .as("age on %s of someone born %s", date, born)
              .isEqualTo(Period.between(born, date).getYears());
        });
  }

  /** The age on {@code date} under each setting, for the days on which both must agree. */
  private static List<Integer> agesUnderBothSettings(LocalDate born, LocalDate date) {
    return Arrays.stream(LeapDayBirthday.values()).map(leapDay -> leapDay.ageOn(born, date))
        .toList();
  }

  private static boolean isLeapDay(LocalDate date) {
    return date.getMonth() == Month.FEBRUARY && date.getDayOfMonth() == 29;
  }
}
