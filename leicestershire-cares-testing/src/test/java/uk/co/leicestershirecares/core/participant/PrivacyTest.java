package uk.co.leicestershirecares.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.testing.InvalidInput;

/**
 * Covers the privacy promise for special-category and criminal-offence data: {@code toString()}
 * of {@link Participant}, {@link Circumstance} and {@link ParticipantRecord} never shows a date of
 * birth, a circumstance type or a circumstance date, and the messages of {@link
 * InvalidRecordException}s about a date of birth never echo it.
 */
final class PrivacyTest {
  private static final List<DateTimeFormatter> DATE_FORMS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("yyyy-MM-dd"),
          DateTimeFormatter.ofPattern("dd/MM/yyyy"),
          DateTimeFormatter.ofPattern("yyyyMMdd"));

  /** Returns the ways a date could be written into a string. */
  private static List<String> writtenForms(LocalDate date) {
    List<String> forms = new ArrayList<>();
    for (DateTimeFormatter form : DATE_FORMS) {
      forms.add(date.format(form));
    }
    return forms;
  }

  /** Asserts that {@code text} shows neither the date of birth nor anything of a circumstance. */
  private static void assertShowsNothingPersonal(String text, Participant participant) {
    for (String dob : writtenForms(participant.dateOfBirth().orElseThrow())) {
      assertThat(text).as("text shown for %s", participant.id()).doesNotContain(dob);
    }
    for (CircumstanceType type : CircumstanceType.values()) {
      assertThat(text)
          .doesNotContain(type.name())
          .doesNotContainIgnoringCase(type.name().replace('_', ' ').toLowerCase(Locale.ROOT));
    }
    for (Circumstance circumstance : participant.circumstances()) {
      assertThat(text).doesNotContain(circumstance.from().toString());
      circumstance.to().ifPresent(to -> assertThat(text).doesNotContain(to.toString()));
    }
  }

  @Test
  void participantToString_showsTheIdAndCountOnly() {
    Participant participant =
        Participant.builder()
            .id(ParticipantId.of("P-00042"))
            .dateOfBirth(LocalDate.of(2001, 3, 9))
            .homeArea(HomeArea.LEICESTER_CITY)
            .addCircumstance(Circumstance.of(CircumstanceType.CONVICTION, LocalDate.of(2020, 5, 1)))
            .build();

    assertThat(participant).hasToString("Participant{id=P-00042, circumstances=1}");
  }

  @Test
  void circumstanceToString_isRedacted() {
    Circumstance circumstance =
        Circumstance.of(
            CircumstanceType.ABUSIVE_RELATIONSHIP,
            LocalDate.of(2023, 1, 2),
            LocalDate.of(2023, 4, 5));

    assertThat(circumstance).hasToString("Circumstance[redacted]");
  }

  @Test
  void participantsAndCircumstances_neverPrintABirthDateOrCircumstance() {
    qt().withExamples(300)
        .forAll(RecordGenerators.participantsWithDateOfBirth())
        .checkAssert(participant -> {
          assertShowsNothingPersonal(participant.toString(), participant);
          for (Circumstance circumstance : participant.circumstances()) {
            assertShowsNothingPersonal(circumstance.toString(), participant);
          }
        });
  }

  @Test
  void records_neverPrintABirthDateOrCircumstance() {
    qt().withExamples(300)
        .forAll(RecordGenerators.recordsWithDateOfBirth())
        .checkAssert(record -> {
          assertShowsNothingPersonal(record.toString(), record.participant());
          assertThat(record.toString()).contains(record.id().value());
        });
  }

  @Test
  void rejectionsOfARecordDatedBeforeBirth_neverEchoTheDateOfBirth() {
    qt().withExamples(300)
        .forAll(RecordGenerators.recordsWithAFactBeforeBirth())
        .checkAssert(PrivacyTest::assertRejectionHidesTheDateOfBirth);
  }

  @Test
  void rejectionsOfADateOfBirthInTheFutureOrBefore1900_neverEchoIt() {
    qt().withExamples(100)
        .forAll(Generate.oneOf(
            RecordGenerators.datesOfBirthInTheFuture(),
            RecordGenerators.datesOfBirthBefore1900()))
        .checkAssert(PrivacyTest::assertRejectionHidesTheDateOfBirth);
  }

  private static void assertRejectionHidesTheDateOfBirth(InvalidInput input) {
    InvalidRecordException rejected = input.assertRejected();
    for (String dob : writtenForms(input.dateOfBirth().orElseThrow())) {
      assertThat(rejected.getMessage()).as("message for %s", input).doesNotContain(dob);
      assertThat(rejected.field()).doesNotContain(dob);
    }
  }

  @Test
  void rejectionOfACircumstanceEndingBeforeItStarts_showsNeitherItsTypeNorItsDates() {
    LocalDate from = LocalDate.of(2023, 10, 1);
    LocalDate to = LocalDate.of(2023, 9, 30);

    InvalidRecordException rejected =
        catchThrowableOfType(
            InvalidRecordException.class,
            () -> Circumstance.of(CircumstanceType.ROUGH_SLEEPING, from, to));

    assertThat(rejected.field()).isEqualTo("to");
    assertThat(rejected.getMessage())
        .doesNotContain(from.toString())
        .doesNotContain(to.toString())
        .doesNotContainIgnoringCase("rough");
  }
}
