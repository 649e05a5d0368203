package uk.co.leicestershirecares.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.EqualityAssertions;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * Covers {@link Enrolment}: completion by a date (a successful status, ended on or before it),
 * open on a date (both ends inclusive), an end before the start rejected naming {@code to}, and
 * value equality.
 */
final class EnrolmentTest {
  private static final LocalDate FROM = LocalDate.of(2024, 1, 8);
  private static final LocalDate TO = LocalDate.of(2024, 3, 28);

  private static Enrolment.Builder up(EnrolmentStatus status) {
    return Enrolment.builder().programme(ProgrammeCode.UP).status(status).from(FROM).to(TO);
  }

  @Test
  void isCompletedBy_isTrueFromTheEndDate_forACompletedEnrolment() {
    Enrolment completed = up(EnrolmentStatus.COMPLETED).build();

    assertThat(completed.isCompletedBy(TO.minusDays(1))).isFalse();
    assertThat(completed.isCompletedBy(TO)).isTrue();
    assertThat(completed.isCompletedBy(TO.plusYears(1))).isTrue();
  }

  @Test
  void isCompletedBy_countsProgressedAsCompleted() {
    assertThat(up(EnrolmentStatus.PROGRESSED).build().isCompletedBy(TO)).isTrue();
  }

  @Test
  void isCompletedBy_isFalseForEveryUnsuccessfulStatus_evenAfterTheEnd() {
    for (EnrolmentStatus status : EnumSet.complementOf(
        EnumSet.of(EnrolmentStatus.COMPLETED, EnrolmentStatus.PROGRESSED))) {
      assertThat(up(status).build().isCompletedBy(TO.plusYears(1))).as("%s", status).isFalse();
    }
  }

  @Test
  void isCompletedBy_withoutAnEndDate_countsFromTheStart() {
    Enrolment completed =
        Enrolment.builder().programme(ProgrammeCode.UP).status(EnrolmentStatus.COMPLETED)
            .from(FROM).build();

    assertThat(completed.isCompletedBy(FROM.minusDays(1))).isFalse();
    assertThat(completed.isCompletedBy(FROM)).isTrue();
  }

  @Test
  void isOpenOn_includesBothEnds() {
    Enrolment active = up(EnrolmentStatus.ACTIVE).build();

    assertThat(active.isOpenOn(FROM.minusDays(1))).isFalse();
    assertThat(active.isOpenOn(FROM)).isTrue();
    assertThat(active.isOpenOn(TO)).isTrue();
    assertThat(active.isOpenOn(TO.plusDays(1))).isFalse();
    assertThat(up(EnrolmentStatus.ACTIVE).to(java.util.Optional.empty()).build()
        .isOpenOn(TO.plusYears(5))).isTrue();
  }

  @Test
  void anEndBeforeTheStart_isRejectedNamingTo_butTheSameDayIsAccepted() {
    InvalidRecordException rejected =
        catchThrowableOfType(
            InvalidRecordException.class,
            () -> up(EnrolmentStatus.WITHDRAWN).to(FROM.minusDays(1)).build());

    assertThat(rejected.field()).isEqualTo("to");
    assertThat(up(EnrolmentStatus.WITHDRAWN).to(FROM).build().to()).hasValue(FROM);
  }

  @Test
  void equality_followsEveryField() {
    EqualityAssertions.assertEqualOnlyToCopies(
        () -> up(EnrolmentStatus.ACTIVE).build(),
        List.of(
            up(EnrolmentStatus.ACTIVE).programme(ProgrammeCode.WIRE).build(),
            up(EnrolmentStatus.ON_HOLD).build(),
            up(EnrolmentStatus.ACTIVE).from(FROM.minusDays(1)).build(),
            up(EnrolmentStatus.ACTIVE).to(TO.plusDays(1)).build(),
            Enrolment.builder().programme(ProgrammeCode.UP).status(EnrolmentStatus.ACTIVE)
                .from(FROM).build()));
  }
}
