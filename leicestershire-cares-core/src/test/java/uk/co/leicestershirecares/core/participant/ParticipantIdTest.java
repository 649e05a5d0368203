package uk.co.leicestershirecares.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.leicestershirecares.core.RejectionAssertions.assertRejectedNaming;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.EqualityAssertions;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * Covers {@link ParticipantId}: blank and malformed ids are rejected without echoing them (a
 * malformed id may be a name typed into the wrong box), and ids are equal by text.
 */
final class ParticipantIdTest {
  @Test
  void of_rejectsABlankId_namingId() {
    assertRejectedNaming("id", () -> ParticipantId.of(" "));
  }

  @Test
  void of_rejectsAName_withoutEchoingIt() {
    InvalidRecordException rejected =
        assertRejectedNaming("id", () -> ParticipantId.of("Jane Doe"));
    assertThat(rejected.getMessage()).doesNotContain("Jane");
  }

  @Test
  void equality_isByText_andTheIdPrintsAsItself() {
    EqualityAssertions.assertEqualOnlyToCopies(
        () -> ParticipantId.of("P-0001"),
        List.of(ParticipantId.of("P-0002"), ParticipantId.of("p-0001")));
    assertThat(ParticipantId.of("P-0001"))
        .hasToString("P-0001")
        .isLessThan(ParticipantId.of("P-0002"));
  }
}
