package uk.co.leicestershirecares.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.assessment.SampleRecords;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.rules.DroolsPolicy.SessionStyle;

/**
 * A rough measurement, printed and never asserted, of how to run a batch: one stateful session
 * per record, one stateless session per record, or one session reused for the whole batch. A
 * rough cross-check only: the throughput quoted in {@link DroolsPolicy}'s Javadoc is measured with
 * JMH ({@code AssessmentBenchmark}). Only the answers are asserted (equal).
 */
final class SessionStyleMeasurementTest {
  @Test
  void measureSessionStylesForBatches() {
    List<ParticipantRecord> records = SampleRecords.sample(2_000);
    LocalDate asOf = LocalDate.of(2026, 11, 25);
    DroolsPolicy policy = CaresRules.newBuilder().build();
    List<Assessment> expected = policy.assessAll(records, asOf, SessionStyle.STATEFUL_PER_RECORD);
    Map<SessionStyle, Long> best = new EnumMap<>(SessionStyle.class);
    for (int round = 0; round < 4; round++) {
      for (SessionStyle style : SessionStyle.values()) {
        long start = System.nanoTime();
        List<Assessment> answers = policy.assessAll(records, asOf, style);
        long took = System.nanoTime() - start;
        assertThat(answers).isEqualTo(expected);
        best.merge(style, took, Math::min);
      }
    }
    best.forEach((style, nanos) -> System.out.printf(
        "Session style %-22s best of 4: %6.1f ms for %d records (%.1f us/record)%n",
        style, nanos / 1e6, records.size(), nanos / 1e3 / records.size()));
  }
}
