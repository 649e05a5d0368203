package uk.co.leicestershirecares.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.engagement.SessionId;
import uk.co.leicestershirecares.core.outcome.OutcomeId;
import uk.co.leicestershirecares.core.participant.ParticipantId;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * Covers {@link TextId}, the shared shape of the ids and the programme code: equal by type and
 * text, ordered by text, printed as the text, and each type's factory names its own field.
 */
final class TextIdTest {
  @Test
  void valuesAreEqualOnlyToValuesOfTheSameTypeAndText() {
    new EqualsTester()
        .addEqualityGroup(ParticipantId.of("A-1"), ParticipantId.of("A-1"))
        .addEqualityGroup(ParticipantId.of("A-2"))
        .addEqualityGroup(SessionId.of("A-1"), SessionId.of("A-1"))
        .addEqualityGroup(OutcomeId.of("A-1"), OutcomeId.of("A-1"))
        .addEqualityGroup(ProgrammeCode.of("UP"), ProgrammeCode.UP)
        .addEqualityGroup(ProgrammeCode.of("A"))
        .testEquals();
  }

  @Test
  void valuesCompareByText_andPrintAsTheirText() {
    assertThat(SessionId.of("S-1")).isLessThan(SessionId.of("S-2")).hasToString("S-1");
    assertThat(OutcomeId.of("O-9").value()).isEqualTo("O-9");
    assertThat(ProgrammeCode.WIRE).isGreaterThan(ProgrammeCode.UP).hasToString("WIRE");
  }

  @Test
  void eachFactoryNamesItsOwnField() {
    assertThat(catchThrowableOfType(InvalidRecordException.class, () -> ParticipantId.of(null))
        .field()).isEqualTo("id");
    assertThat(catchThrowableOfType(InvalidRecordException.class, () -> SessionId.of(" "))
        .field()).isEqualTo("session");
    assertThat(catchThrowableOfType(InvalidRecordException.class, () -> OutcomeId.of("a b"))
        .field()).isEqualTo("id");
    assertThat(catchThrowableOfType(InvalidRecordException.class, () -> ProgrammeCode.of("up"))
        .field()).isEqualTo("programme");
  }
}
