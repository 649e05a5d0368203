package uk.co.leicestershirecares.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import uk.co.leicestershirecares.core.assessment.Assessment;

/** Compares the answers for a batch of records with the reference answers, record by record. */
final class AssessmentLists {
  private AssessmentLists() {}

  /**
   * Asserts that {@code actual} equals {@code expected} record by record. A failure names the way
   * the answers were made ({@code how}), the record's place and the date only: no participant
   * data.
   */
  static void assertSameAnswers(List<Assessment> actual, List<Assessment> expected, String how,
      LocalDate asOf) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      int index = i;
      assertThat(actual.get(i))
          .withFailMessage(() -> how + " differs from the reference on record " + index
              + ", as of " + asOf)
          .isEqualTo(expected.get(i));
    }
  }
}
