package uk.co.leicestershirecares.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.EqualityAssertions;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/** Covers {@link Session} and {@link SessionId}: value equality. */
final class SessionTest {
  private static final LocalDate DAY = LocalDate.of(2023, 5, 10);

  @Test
  void equality_followsEveryField() {
    SessionId id = SessionId.of("S-17");
    EqualityAssertions.assertEqualOnlyToCopies(
        () -> Session.of(id, ProgrammeCode.WIRE, DAY, SessionKind.WORKSHOP),
        List.of(
            Session.of(SessionId.of("S-18"), ProgrammeCode.WIRE, DAY, SessionKind.WORKSHOP),
            Session.of(id, ProgrammeCode.UP, DAY, SessionKind.WORKSHOP),
            Session.of(id, ProgrammeCode.WIRE, DAY.plusDays(1), SessionKind.WORKSHOP),
            Session.of(id, ProgrammeCode.WIRE, DAY, SessionKind.GROUP)));
  }

  @Test
  void sessionIds_areEqualByText_andPrintIt() {
    EqualityAssertions.assertEqualOnlyToCopies(
        () -> SessionId.of("S-17"), List.of(SessionId.of("S-170"), SessionId.of("s-17")));
    assertThat(SessionId.of("S-17")).hasToString("S-17");
    assertThat(SessionId.of("S-17").value()).isEqualTo("S-17");
  }
}
