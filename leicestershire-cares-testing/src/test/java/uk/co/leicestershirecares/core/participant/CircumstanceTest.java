package uk.co.leicestershirecares.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * Covers {@link Circumstance}: active on a date with both ends inclusive, an end before the start
 * rejected naming {@code to}, and value equality.
 */
final class CircumstanceTest {
  private static final LocalDate FROM = LocalDate.of(2023, 10, 1);
  private static final LocalDate TO = LocalDate.of(2023, 11, 20);

  @Test
  void isActiveOn_includesTheFirstAndTheLastDay() {
    Circumstance roughSleeping = Circumstance.of(CircumstanceType.ROUGH_SLEEPING, FROM, TO);

    assertThat(roughSleeping.isActiveOn(FROM.minusDays(1))).isFalse();
    assertThat(roughSleeping.isActiveOn(FROM)).isTrue();
    assertThat(roughSleeping.isActiveOn(TO)).isTrue();
    assertThat(roughSleeping.isActiveOn(TO.plusDays(1))).isFalse();
  }

  @Test
  void isActiveOn_anOngoingCircumstance_holdsFromItsStartOnwards() {
    Circumstance careExperienced = Circumstance.of(CircumstanceType.CARE_EXPERIENCED, FROM);

    assertThat(careExperienced.to()).isEmpty();
    assertThat(careExperienced.isActiveOn(FROM.minusDays(1))).isFalse();
    assertThat(careExperienced.isActiveOn(FROM.plusYears(50))).isTrue();
  }

  @Test
  void isActiveOn_isExactlyTheDaysFromStartToEnd_exceptForHistory() {
    qt().withExamples(500)
        .forAll(
            RecordGenerators.circumstances(LocalDate.of(2000, 1, 1)),
            Generate.range(-400, 1500))
        .checkAssert((circumstance, offset) -> {
          LocalDate date = circumstance.from().plusDays(offset);
          boolean withinEnd = circumstance.to().map(to -> !date.isAfter(to)).orElse(true);
          assertThat(circumstance.isCurrentOn(date)).isEqualTo(offset >= 0 && withinEnd);
          assertThat(circumstance.isActiveOn(date)).isEqualTo(
              offset >= 0 && (withinEnd || circumstance.type().isPartOfHistory()));
        });
  }

  // Issue 15: {"type":"CARE_EXPERIENCED","from":"2010-01-01","to":"2024-05-01"} makes the person
  // care experienced on every day from 2010-01-01; the "to" is kept as the day they left care.
  @Test
  void careExperienceAndAConviction_doNotExpire_butKeepTheirEnd() {
    LocalDate from = LocalDate.of(2010, 1, 1);
    LocalDate leftCare = LocalDate.of(2024, 5, 1);
    Circumstance careLeaver = Circumstance.of(CircumstanceType.CARE_EXPERIENCED, from, leftCare);
    Circumstance sentenceServed = Circumstance.of(CircumstanceType.CONVICTION, from, leftCare);
    Circumstance housed = Circumstance.of(CircumstanceType.HOMELESS, from, leftCare);

    for (Circumstance history : new Circumstance[] {careLeaver, sentenceServed}) {
      assertThat(history.isActiveOn(from.minusDays(1))).isFalse();
      assertThat(history.isActiveOn(leftCare.plusYears(2))).isTrue();
      assertThat(history.isCurrentOn(leftCare)).isTrue();
      assertThat(history.isCurrentOn(leftCare.plusDays(1))).isFalse();
      assertThat(history.to()).contains(leftCare);
    }
    assertThat(housed.isActiveOn(leftCare.plusDays(1))).isFalse();
    assertThat(CircumstanceType.values())
        .filteredOn(CircumstanceType::isPartOfHistory)
        .containsExactly(CircumstanceType.CARE_EXPERIENCED, CircumstanceType.CONVICTION);
  }

  @Test
  void anEndBeforeTheStart_isRejectedNamingTo_butTheSameDayIsAccepted() {
    InvalidRecordException rejected =
        catchThrowableOfType(
            InvalidRecordException.class,
            () -> Circumstance.of(CircumstanceType.HOMELESS, FROM, FROM.minusDays(1)));

    assertThat(rejected.field()).isEqualTo("to");
    assertThat(Circumstance.of(CircumstanceType.HOMELESS, FROM, FROM).isActiveOn(FROM)).isTrue();
  }

  @Test
  void equality_followsEveryField() {
    new EqualsTester()
        .addEqualityGroup(
            Circumstance.of(CircumstanceType.NEET, FROM, TO),
            Circumstance.of(CircumstanceType.NEET, FROM, TO))
        .addEqualityGroup(Circumstance.of(CircumstanceType.SEND, FROM, TO))
        .addEqualityGroup(Circumstance.of(CircumstanceType.NEET, FROM.plusDays(1), TO))
        .addEqualityGroup(Circumstance.of(CircumstanceType.NEET, FROM, TO.plusDays(1)))
        .addEqualityGroup(Circumstance.of(CircumstanceType.NEET, FROM))
        .testEquals();
  }
}
