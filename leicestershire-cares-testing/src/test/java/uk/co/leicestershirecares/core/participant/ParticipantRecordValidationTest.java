package uk.co.leicestershirecares.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.engagement.Attendance;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.engagement.EnrolmentStatus;
import uk.co.leicestershirecares.core.engagement.SessionKind;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.outcome.OutcomeId;
import uk.co.leicestershirecares.core.outcome.OutcomeType;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.testing.InvalidInput;

/**
 * Covers validation when records are built: every generated valid {@link ParticipantRecord}
 * builds, and every kind of invalid input from {@link RecordGenerators} is rejected with an {@link
 * InvalidRecordException} naming the offending field — never a {@link NullPointerException} or
 * another exception.
 */
final class ParticipantRecordValidationTest {
  private static final LocalDate BORN = LocalDate.of(2003, 7, 14);
  private static final Participant PARTICIPANT =
      Participant.builder()
          .id(ParticipantId.of("P-00007"))
          .dateOfBirth(BORN)
          .homeArea(HomeArea.LEICESTERSHIRE)
          .build();

  /** What building {@code PARTICIPANT}'s record with {@code facts} added is rejected with. */
  private static InvalidRecordException rejection(
      UnaryOperator<ParticipantRecord.Builder> facts) {
    InvalidRecordException rejected = catchThrowableOfType(InvalidRecordException.class,
        () -> facts.apply(ParticipantRecord.builder().participant(PARTICIPANT)).build());
    assertThat(rejected).as("the record should have been rejected").isNotNull();
    return rejected;
  }

  private static void assertEveryInputRejected(Gen<InvalidInput> inputs) {
    qt().withExamples(100).forAll(inputs).checkAssert(InvalidInput::assertRejected);
  }

  @Test
  void generatedValidRecords_buildAndKeepEveryFactOnOrAfterBirth() {
    qt().withExamples(300)
        .forAll(RecordGenerators.records())
        .checkAssert(record -> {
          assertThat(ParticipantRecord.builder().from(record).build()).isEqualTo(record);
          LocalDate notBefore = record.participant().dateOfBirth().orElse(LocalDate.MIN);
          Stream.of(
                  record.participant().circumstances().stream().map(Circumstance::from),
                  record.referrals().stream().map(r -> r.date()),
                  record.enrolments().stream().map(Enrolment::from),
                  record.attendances().stream().map(Attendance::date),
                  record.placements().stream().map(p -> p.from()),
                  record.mentoringMatches().stream().map(m -> m.from()),
                  record.outcomes().stream().map(OutcomeEvent::date))
              .flatMap(dates -> dates)
              .forEach(date -> assertThat(date).isAfterOrEqualTo(notBefore));
          Set<OutcomeId> ids = new HashSet<>();
          record.outcomes().forEach(outcome -> assertThat(ids.add(outcome.id())).isTrue());
        });
  }

  @Test
  void generatedValidRecords_includeUnknownDatesOfBirthAndEveryList() {
    List<ParticipantRecord> sample = new ArrayList<>();
    qt().withExamples(200).forAll(RecordGenerators.records()).checkAssert(sample::add);

    assertThat(sample).anyMatch(r -> r.participant().dateOfBirth().isEmpty());
    assertThat(sample).anyMatch(r -> r.participant().dateOfBirth().isPresent());
    assertThat(sample).anyMatch(r -> !r.participant().circumstances().isEmpty());
    assertThat(sample).anyMatch(r -> !r.referrals().isEmpty());
    assertThat(sample).anyMatch(r -> !r.enrolments().isEmpty());
    assertThat(sample).anyMatch(r -> !r.attendances().isEmpty());
    assertThat(sample).anyMatch(r -> !r.placements().isEmpty());
    assertThat(sample).anyMatch(r -> !r.mentoringMatches().isEmpty());
    assertThat(sample).anyMatch(r -> r.outcomes().size() > 1);
    assertThat(sample).anyMatch(r -> r.outcomes().stream().anyMatch(o -> o.training().isPresent()));
  }

  @Test
  void everyGeneratedInvalidInput_isRejectedWithAnInvalidRecordExceptionNamingItsField() {
    qt().withExamples(1000)
        .forAll(RecordGenerators.invalidInputs())
        .checkAssert(InvalidInput::assertRejected);
  }

  @Test
  void attendanceBeforeBirth_isRejectedNamingItsPath() {
    InvalidRecordException rejected = rejection(record -> record
        .addAttendance(Attendance.of(BORN.plusYears(18), SessionKind.GROUP,
            ProgrammeCode.UP))
        .addAttendance(Attendance.of(BORN.minusDays(1), SessionKind.GROUP,
            ProgrammeCode.UP)));

    assertThat(rejected.field()).isEqualTo("attendances[1].date");
    assertThat(rejected).hasMessageContaining("attendances[1].date");
  }

  @Test
  void enrolmentBeforeBirth_isRejectedNamingItsPath() {
    InvalidRecordException rejected = rejection(record -> record
        .addEnrolment(Enrolment.builder().programme(ProgrammeCode.WIRE)
            .status(EnrolmentStatus.ACTIVE).from(BORN.minusYears(1)).build()));

    assertThat(rejected.field()).isEqualTo("enrolments[0].from");
  }

  @Test
  void outcomeBeforeBirth_isRejectedNamingItsPath() {
    InvalidRecordException rejected = rejection(record -> record
        .addOutcome(OutcomeEvent.builder().id(OutcomeId.of("O-1"))
            .type(OutcomeType.HOUSING_SECURED).date(BORN.minusDays(3)).build()));

    assertThat(rejected.field()).isEqualTo("outcomes[0].date");
  }

  @Test
  void factsOnTheDayOfBirth_areAccepted() {
    ParticipantRecord record =
        ParticipantRecord.builder()
            .participant(PARTICIPANT)
            .addAttendance(Attendance.of(BORN, SessionKind.ONE_TO_ONE, ProgrammeCode.UP))
            .addOutcome(OutcomeEvent.builder().id(OutcomeId.of("O-1"))
                .type(OutcomeType.WELLBEING).date(BORN).build())
            .build();

    assertThat(record.attendances()).hasSize(1);
    assertThat(record.id()).isEqualTo(ParticipantId.of("P-00007"));
  }

  @Test
  void factsBeforeAnUnknownDateOfBirth_cannotBeChecked_andAreAccepted() {
    Participant unknownBirth =
        Participant.builder().id(ParticipantId.of("P-00008")).homeArea(HomeArea.RUTLAND).build();

    ParticipantRecord record =
        ParticipantRecord.builder()
            .participant(unknownBirth)
            .addAttendance(Attendance.of(LocalDate.of(1901, 1, 1), SessionKind.GROUP,
                ProgrammeCode.UP))
            .build();

    assertThat(record.attendances()).hasSize(1);
  }

  @Test
  void duplicateOutcomeIds_areRejectedNamingTheSecondUse() {
    OutcomeEvent first = OutcomeEvent.builder().id(OutcomeId.of("O-1"))
        .type(OutcomeType.EMPLOYMENT).date(BORN.plusYears(19)).build();
    OutcomeEvent other = OutcomeEvent.builder().id(OutcomeId.of("O-2"))
        .type(OutcomeType.VOLUNTEERING).date(BORN.plusYears(19)).build();
    OutcomeEvent again = OutcomeEvent.builder().id(OutcomeId.of("O-1"))
        .type(OutcomeType.WELLBEING).date(BORN.plusYears(20)).build();

    InvalidRecordException rejected =
        catchThrowableOfType(
            InvalidRecordException.class,
            () -> ParticipantRecord.builder().participant(PARTICIPANT)
                .addOutcomes(first, other, again).build());

    assertThat(rejected.field()).isEqualTo("outcomes[2].id");
  }

  /** Each kind of invalid input the generators make, named by its generator. */
  static Stream<Arguments> invalidInputs() {
    return Stream.of(
        Arguments.of("recordsWithAFactBeforeBirth",
            RecordGenerators.recordsWithAFactBeforeBirth()),
        Arguments.of("enrolmentsEndingBeforeTheyStart",
            RecordGenerators.enrolmentsEndingBeforeTheyStart()),
        Arguments.of("circumstancesEndingBeforeTheyStart",
            RecordGenerators.circumstancesEndingBeforeTheyStart()),
        Arguments.of("placementsEndingBeforeTheyStart",
            RecordGenerators.placementsEndingBeforeTheyStart()),
        Arguments.of("mentoringMatchesEndingBeforeTheyStart",
            RecordGenerators.mentoringMatchesEndingBeforeTheyStart()),
        Arguments.of("outcomesEndingBeforeTheyStart",
            RecordGenerators.outcomesEndingBeforeTheyStart()),
        Arguments.of("datesOfBirthInTheFuture",
            RecordGenerators.datesOfBirthInTheFuture()),
        Arguments.of("datesOfBirthBefore1900",
            RecordGenerators.datesOfBirthBefore1900()),
        Arguments.of("negativeMoney",
            RecordGenerators.negativeMoney()),
        Arguments.of("malformedIds",
            RecordGenerators.malformedIds()),
        Arguments.of("malformedProgrammeCodes",
            RecordGenerators.malformedProgrammeCodes()),
        Arguments.of("fundingWithoutAmountOrAmountWithoutFunding",
            RecordGenerators.fundingWithoutAmountOrAmountWithoutFunding()),
        Arguments.of("trainingNotMatchingOutcomeType",
            RecordGenerators.trainingNotMatchingOutcomeType()),
        Arguments.of("duplicateOutcomeIds",
            RecordGenerators.duplicateOutcomeIds()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidInputs")
  void eachKindOfInvalidInput_isRejectedNamingItsField(String kind, Gen<InvalidInput> inputs) {
    assertEveryInputRejected(inputs);
  }

  @Test
  void everyBuilderWithARequiredFieldLeftUnset_isRejectedNamingThatField() {
    assertAllRejected(RecordGenerators.requiredFieldLeftUnsetCases());
  }

  @Test
  void everyBuilderMethodGivenNull_isRejectedAsDocumented() {
    assertAllRejected(RecordGenerators.nullBuilderArgumentCases());
  }

  /**
   * Checks every case and reports all that fail together, with what they threw. A null {@code
   * Optional} or list passed as a whole is documented to throw a NullPointerException (the
   * generated builder unwraps it first); every other case must be rejected naming its field.
   */
  private static void assertAllRejected(List<InvalidInput> cases) {
    List<String> failures = new ArrayList<>();
    for (InvalidInput input : cases) {
      try {
        input.assertFailsAsDocumented();
      } catch (AssertionError e) {
        failures.add(input + " threw " + input.attemptToBuild());
      }
    }
    assertThat(failures).as("inputs not rejected as expected").isEmpty();
  }
}
