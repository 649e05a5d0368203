package uk.co.leicestershirecares.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.ZoneId;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * Covers {@link Participant}: age on a date (empty when the date of birth is unknown or later than
 * the date, otherwise the exact age under the leap-day setting), circumstances active on a date,
 * and value equality.
 */
final class ParticipantTest {
  private static final ParticipantId ID = ParticipantId.of("P-00001");
  private static final LocalDate LEAP_DAY_2004 = LocalDate.of(2004, 2, 29);

  private static Participant.Builder bornOn(LocalDate born) {
    return Participant.builder().id(ID).homeArea(HomeArea.LEICESTER_CITY).dateOfBirth(born);
  }

  @Test
  void ageOn_isEmpty_whenTheDateOfBirthIsUnknown() {
    Participant unknown = Participant.builder().id(ID).homeArea(HomeArea.RUTLAND).build();

    assertThat(unknown.ageOn(LocalDate.of(2024, 1, 1))).isEmpty();
    assertThat(unknown.ageOn(LocalDate.of(2024, 1, 1), LeapDayBirthday.FEBRUARY_28)).isEmpty();
  }

  @Test
  void ageOn_isEmpty_theDayBeforeBirth_andZeroOnTheDayOfBirth() {
    Participant participant = bornOn(LocalDate.of(2006, 9, 1)).build();

    assertThat(participant.ageOn(LocalDate.of(2006, 8, 31))).isEmpty();
    assertThat(participant.ageOn(LocalDate.of(2006, 9, 1))).hasValue(0);
  }

  @Test
  void ageOn_isOneLessTheDayBeforeTheBirthday() {
    Participant participant = bornOn(LocalDate.of(2006, 9, 1)).build();

    assertThat(participant.ageOn(LocalDate.of(2024, 8, 31))).hasValue(17);
    assertThat(participant.ageOn(LocalDate.of(2024, 9, 1))).hasValue(18);
    assertThat(participant.ageOn(LocalDate.of(2024, 9, 2))).hasValue(18);
  }

  @Test
  void ageOn_usesMarch1ForLeapDayBirths_unlessToldOtherwise() {
    Participant leapling = bornOn(LEAP_DAY_2004).build();
    LocalDate february28 = LocalDate.of(2022, 2, 28);

    assertThat(leapling.ageOn(february28)).hasValue(17);
    assertThat(leapling.ageOn(february28, LeapDayBirthday.MARCH_1)).hasValue(17);
    assertThat(leapling.ageOn(february28, LeapDayBirthday.FEBRUARY_28)).hasValue(18);
    assertThat(leapling.ageOn(LocalDate.of(2022, 3, 1))).hasValue(18);
  }

  @Test
  void ageOn_isEmptyWithoutADateOfBirthOrBeforeIt_andTheExactAgeOtherwise() {
    qt().withExamples(500)
        .forAll(
            RecordGenerators.participants(),
            RecordGenerators.datesBetween(LocalDate.of(1940, 1, 1), LocalDate.of(2100, 12, 31)),
            Generate.enumValues(LeapDayBirthday.class))
        .checkAssert((participant, date, leapDay) -> {
          if (participant.dateOfBirth().isEmpty()
              || date.isBefore(participant.dateOfBirth().get())) {
            assertThat(participant.ageOn(date, leapDay)).isEmpty();
            assertThat(participant.ageOn(date)).isEmpty();
          } else {
            LocalDate born = participant.dateOfBirth().get();
            assertThat(participant.ageOn(date, leapDay)).hasValue(leapDay.ageOn(born, date));
            assertThat(participant.ageOn(date))
                .hasValue(LeapDayBirthday.DEFAULT.ageOn(born, date));
          }
        });
  }

  @Test
  void dateOfBirth_acceptsTheEarliestAllowedDay_andRejectsTheDayBefore() {
    assertThat(bornOn(Participant.EARLIEST_DATE_OF_BIRTH).build().dateOfBirth())
        .hasValue(LocalDate.of(1900, 1, 1));
    assertThat(catchThrowableOfType(InvalidRecordException.class,
        () -> bornOn(LocalDate.of(1899, 12, 31)).build()).field()).isEqualTo("dateOfBirth");
  }

  @Test
  void aParticipantDoesNotReadTheClock_soADateOfBirthAfterTodayStillBuilds() {
    // Issue 19: a value's validity must not depend on the day it is built.
    LocalDate farAhead = LocalDate.now(ZoneId.of("Europe/London")).plusYears(50);

    assertThat(bornOn(farAhead).build().dateOfBirth()).hasValue(farAhead);
  }

  @Test
  void requireBornBy_acceptsBirthOnThatDayOrUnknown_andRejectsTheDayAfterNamingTheField() {
    LocalDate today = LocalDate.of(2026, 12, 5);
    Participant bornToday = bornOn(today).build();
    Participant unknown = Participant.builder().id(ID).homeArea(HomeArea.RUTLAND).build();

    assertThat(bornToday.requireBornBy(today)).isSameAs(bornToday);
    assertThat(unknown.requireBornBy(today)).isSameAs(unknown);
    InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class,
        () -> bornOn(today.plusDays(1)).build().requireBornBy(today));
    assertThat(e.field()).isEqualTo("dateOfBirth");
    assertThat(e.getMessage()).isEqualTo("dateOfBirth is in the future").doesNotContain("2026");
    assertThat(catchThrowableOfType(InvalidRecordException.class,
        () -> bornToday.requireBornBy(null)).field()).isEqualTo("today");
  }

  @Test
  void circumstancesOn_holdsTheTypesActiveThatDay_inDeclarationOrder() {
    Participant participant =
        bornOn(LocalDate.of(2000, 1, 1))
            .addCircumstance(
                Circumstance.of(
                    CircumstanceType.ROUGH_SLEEPING,
                    LocalDate.of(2023, 10, 1),
                    LocalDate.of(2023, 11, 20)))
            .addCircumstance(Circumstance.of(CircumstanceType.CONVICTION, LocalDate.of(2021, 3, 4)))
            .addCircumstance(Circumstance.of(CircumstanceType.CARE_EXPERIENCED,
                LocalDate.of(2005, 1, 1)))
            .build();

    assertThat(participant.circumstancesOn(LocalDate.of(2023, 11, 20)))
        .containsExactly(
            CircumstanceType.CARE_EXPERIENCED,
            CircumstanceType.ROUGH_SLEEPING,
            CircumstanceType.CONVICTION);
    assertThat(participant.circumstancesOn(LocalDate.of(2023, 11, 21)))
        .containsExactly(CircumstanceType.CARE_EXPERIENCED, CircumstanceType.CONVICTION);
    assertThat(participant.hasCircumstanceOn(CircumstanceType.ROUGH_SLEEPING,
        LocalDate.of(2023, 11, 21))).isFalse();
    assertThat(participant.hasEver(CircumstanceType.ROUGH_SLEEPING)).isTrue();
    assertThat(participant.hasEver(CircumstanceType.HOMELESS)).isFalse();
  }

  @Test
  void equality_followsEveryField() {
    Circumstance neet = Circumstance.of(CircumstanceType.NEET, LocalDate.of(2022, 1, 1));
    LocalDate born = LocalDate.of(2004, 5, 6);

    new EqualsTester()
        .addEqualityGroup(
            bornOn(born).addCircumstance(neet).build(), bornOn(born).addCircumstance(neet).build())
        .addEqualityGroup(
            bornOn(born).id(ParticipantId.of("P-00002")).addCircumstance(neet).build())
        .addEqualityGroup(bornOn(born.plusDays(1)).addCircumstance(neet).build())
        .addEqualityGroup(
            Participant.builder().id(ID).homeArea(HomeArea.LEICESTER_CITY)
                .addCircumstance(neet).build())
        .addEqualityGroup(bornOn(born).homeArea(HomeArea.RUTLAND).addCircumstance(neet).build())
        .addEqualityGroup(bornOn(born).build())
        .testEquals();
  }
}
