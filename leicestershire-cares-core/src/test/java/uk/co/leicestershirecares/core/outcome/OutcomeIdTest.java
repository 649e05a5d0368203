package uk.co.leicestershirecares.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uk.co.leicestershirecares.core.RejectionAssertions.assertRejectedNaming;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.EqualityAssertions;
import uk.co.leicestershirecares.core.InvalidRecordException;

/** Covers {@link OutcomeId}: the id format and equality by text. */
final class OutcomeIdTest {
  @Test
  void of_rejectsAnEmptyId_namingId() {
    assertRejectedNaming("id", () -> OutcomeId.of(""));
  }

  @Test
  void of_acceptsLettersDigitsAndPunctuationUpTo64Characters() {
    assertThat(OutcomeId.of("O-2023/24:q1_7.b").value()).isEqualTo("O-2023/24:q1_7.b");
    assertThat(OutcomeId.of("9".repeat(64))).hasToString("9".repeat(64));
    assertThat(catchThrowableOfType(InvalidRecordException.class,
        () -> OutcomeId.of("9".repeat(65)))).isNotNull();
  }

  @Test
  void equality_isByText_andOrderFollowsIt() {
    EqualityAssertions.assertEqualOnlyToCopies(
        () -> OutcomeId.of("O-1"), List.of(OutcomeId.of("O-2"), OutcomeId.of("o-1")));
    assertThat(OutcomeId.of("O-1")).isLessThan(OutcomeId.of("O-2"));
  }
}
