package uk.co.leicestershirecares.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * Every generated invalid input fails with an {@link InvalidRecordException} naming the expected
 * field, and every kind of mistake is generated.
 */
final class InvalidInputsTest {
  @Test
  void everyInvalidInputIsRejectedNamingItsField() {
    RandomGenerator random = new SplittableRandom(7);
    Set<String> kinds = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      InvalidInput input = CaresGenerators.invalidInputs().next(random);
      InvalidRecordException rejected = input.assertRejected();
      assertThat(rejected.field()).isNotBlank();
      kinds.add(input.kind());
    }
    assertThat(kinds).contains("enrolment ends before it starts",
        "circumstance ends before it starts", "placement ends before it starts",
        "mentoring match ends before it starts", "outcome ends before it starts",
        "record has a fact dated before the date of birth", "date of birth in the future",
        "date of birth before 1900", "negative money", "malformed participant id",
        "malformed outcome id", "malformed session id", "malformed programme code",
        "required field left unset", "null passed to a builder method",
        "FUNDING involvement without an amount", "non-FUNDING involvement with an amount",
        "TRAINING_COMPLETED without a training", "training named on another outcome type",
        "duplicate outcome id");
  }

  @Test
  void everyRequiredFieldAndNullArgumentCaseIsRejected() {
    InvalidInputs.requiredFieldLeftUnsetCases().forEach(InvalidInput::assertRejected);
    InvalidInputs.nullBuilderArgumentCases().forEach(InvalidInput::assertFailsAsDocumented);
  }

  @Test
  void aValidAttemptOrAWrongFieldFailsTheCheck() {
    InvalidInput builds = InvalidInput.of("not invalid", "id", "a valid id",
        () -> uk.co.leicestershirecares.core.participant.ParticipantId.of("P-1"));
    assertThatThrownBy(builds::assertRejected).isInstanceOf(AssertionError.class)
        .hasMessageContaining("was built");
    InvalidInput wrongField = InvalidInput.of("blank id", "homeArea", "''",
        () -> uk.co.leicestershirecares.core.participant.ParticipantId.of(""));
    assertThatThrownBy(wrongField::assertRejected).isInstanceOf(AssertionError.class)
        .hasMessageContaining("named id");
  }
}
