package uk.co.leicestershirecares.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
    InvalidRecordException rejected =
        catchThrowableOfType(InvalidRecordException.class, () -> ParticipantId.of(" "));

    assertThat(rejected.field()).isEqualTo("id");
  }

  @Test
  void of_rejectsAName_withoutEchoingIt() {
    InvalidRecordException rejected =
        catchThrowableOfType(InvalidRecordException.class, () -> ParticipantId.of("Jane Doe"));

    assertThat(rejected.field()).isEqualTo("id");
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
