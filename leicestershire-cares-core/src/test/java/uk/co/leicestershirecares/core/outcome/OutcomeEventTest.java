package uk.co.leicestershirecares.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.EqualityAssertions;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * Covers {@link OutcomeEvent}: a training named exactly on {@code TRAINING_COMPLETED}, an end not
 * before the date, and value equality.
 */
final class OutcomeEventTest {
  private static final LocalDate DAY = LocalDate.of(2023, 6, 20);

  private static OutcomeEvent.Builder cscs() {
    return OutcomeEvent.builder()
        .id(OutcomeId.of("O-1"))
        .type(OutcomeType.TRAINING_COMPLETED)
        .date(DAY)
        .programme(ProgrammeCode.WIRE)
        .training(TrainingType.CSCS);
  }

  private static OutcomeEvent.Builder job() {
    return OutcomeEvent.builder().id(OutcomeId.of("O-2")).type(OutcomeType.EMPLOYMENT).date(DAY)
        .end(DAY.plusWeeks(26));
  }

  @Test
  void trainingCompleted_namesItsTraining() {
    assertThat(cscs().build().training()).hasValue(TrainingType.CSCS);
  }

  @Test
  void trainingCompletedWithoutATraining_isRejectedNamingTraining() {
    InvalidRecordException rejected =
        catchThrowableOfType(
            InvalidRecordException.class,
            () -> OutcomeEvent.builder().id(OutcomeId.of("O-1"))
                .type(OutcomeType.TRAINING_COMPLETED).date(DAY).build());

    assertThat(rejected.field()).isEqualTo("training");
  }

  @Test
  void aTrainingOnAnyOtherType_isRejectedNamingTraining() {
    for (OutcomeType type : OutcomeType.values()) {
      if (type == OutcomeType.TRAINING_COMPLETED) {
        continue;
      }
      InvalidRecordException rejected =
          catchThrowableOfType(InvalidRecordException.class, () -> cscs().type(type).build());
      assertThat(rejected).as("%s with a training", type).isNotNull();
      assertThat(rejected.field()).isEqualTo("training");
    }
  }

  @Test
  void anEndBeforeTheDate_isRejectedNamingEnd_butTheSameDayIsAccepted() {
    InvalidRecordException rejected =
        catchThrowableOfType(InvalidRecordException.class,
            () -> job().end(DAY.minusDays(1)).build());

    assertThat(rejected.field()).isEqualTo("end");
    assertThat(job().end(DAY).build().end()).hasValue(DAY);
  }

  @Test
  void equality_followsEveryField() {
    EqualityAssertions.assertEqualOnlyToCopies(
        () -> cscs().build(),
        List.of(
            cscs().id(OutcomeId.of("O-9")).build(),
            cscs().date(DAY.plusDays(1)).build(),
            cscs().end(DAY).build(),
            cscs().programme(ProgrammeCode.UP).build(),
            cscs().training(TrainingType.SAFEGUARDING).build(),
            job().build()));
  }
}
