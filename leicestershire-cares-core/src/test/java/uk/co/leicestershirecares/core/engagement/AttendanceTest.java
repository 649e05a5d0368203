package uk.co.leicestershirecares.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.EqualityAssertions;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/** Covers {@link Attendance}: construction without a session id, and value equality. */
final class AttendanceTest {
  private static final LocalDate DAY = LocalDate.of(2023, 5, 10);

  @Test
  void of_leavesTheSessionUnknown() {
    Attendance attendance = Attendance.of(DAY, SessionKind.GROUP, ProgrammeCode.LEAVING_CARE);

    assertThat(attendance.session()).isEmpty();
    assertThat(attendance.date()).isEqualTo(DAY);
  }

  @Test
  void equality_followsEveryField() {
    EqualityAssertions.assertEqualOnlyToCopies(
        () -> Attendance.builder().date(DAY).kind(SessionKind.GROUP)
            .programme(ProgrammeCode.LEAVING_CARE).session(SessionId.of("S-1")).build(),
        List.of(
            Attendance.builder().date(DAY.plusDays(1)).kind(SessionKind.GROUP)
                .programme(ProgrammeCode.LEAVING_CARE).session(SessionId.of("S-1")).build(),
            Attendance.builder().date(DAY).kind(SessionKind.WORKSHOP)
                .programme(ProgrammeCode.LEAVING_CARE).session(SessionId.of("S-1")).build(),
            Attendance.builder().date(DAY).kind(SessionKind.GROUP)
                .programme(ProgrammeCode.UP).session(SessionId.of("S-1")).build(),
            Attendance.builder().date(DAY).kind(SessionKind.GROUP)
                .programme(ProgrammeCode.LEAVING_CARE).session(SessionId.of("S-2")).build(),
            Attendance.of(DAY, SessionKind.GROUP, ProgrammeCode.LEAVING_CARE)));
  }
}
