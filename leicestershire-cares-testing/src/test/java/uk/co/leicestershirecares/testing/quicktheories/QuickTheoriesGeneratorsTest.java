package uk.co.leicestershirecares.testing.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.testing.AsOfCase;
import uk.co.leicestershirecares.testing.CaresGenerators;
import uk.co.leicestershirecares.testing.CaresGeneratorsTestAccess;

/**
 * The QuickTheories adapter: generated values are valid, and so is every value QuickTheories
 * tries while shrinking a counterexample, down to the smallest one it reports.
 */
final class QuickTheoriesGeneratorsTest {
  @Test
  void everyRecordTriedWhileShrinkingIsValidAndTheCounterexampleShrinks() {
    List<ParticipantRecord> tried = new ArrayList<>();
    List<ParticipantRecord> failing = new ArrayList<>();
    Throwable failure = catchThrowable(() -> qt().withFixedSeed(2026L).withExamples(500)
        .withShrinkCycles(500).forAll(QuickTheoriesGenerators.records()).check(record -> {
          tried.add(record);
          boolean ok = record.outcomes().size() < 2 || record.enrolments().isEmpty();
          if (!ok) {
            failing.add(record);
          }
          return ok;
        }));
    assertThat(failure).as("the property has counterexamples").isInstanceOf(AssertionError.class);
    assertThat(tried.size()).isGreaterThan(failing.size());
    for (ParticipantRecord record : tried) {
      assertThat(CaresGeneratorsTestAccess.rebuilt(record)).isEqualTo(record);
    }
    // Shrinking found a smaller counterexample than the first, still a counterexample.
    ParticipantRecord smallest = failing.stream()
        .min((a, b) -> Integer.compare(size(a), size(b))).orElseThrow();
    assertThat(smallest.outcomes().size()).isBetween(2, 3);
    assertThat(smallest.enrolments()).hasSize(1);
    assertThat(size(smallest)).isLessThan(size(failing.get(0)));
    assertThat(failure.getMessage()).contains(CaresGenerators.describe(smallest).substring(0, 6));
  }

  private static int size(ParticipantRecord r) {
    return r.participant().circumstances().size() + r.referrals().size() + r.enrolments().size()
        + r.attendances().size() + r.placements().size() + r.mentoringMatches().size()
        + r.outcomes().size();
  }

  @Test
  void casesStayInRangeUnderQuickTheories() {
    qt().withFixedSeed(7L).withExamples(1_000).forAll(QuickTheoriesGenerators.cases())
        .checkAssert((AsOfCase c) -> {
          assertThat(c.asOf()).isBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2028, 12, 31));
          assertThat(CaresGeneratorsTestAccess.rebuilt(c.record())).isEqualTo(c.record());
        });
  }

  @Test
  void invalidInputsStayInvalidUnderQuickTheories() {
    qt().withFixedSeed(8L).withExamples(2_000)
        .forAll(QuickTheoriesGenerators.gen(CaresGenerators.invalidInputs()))
        .checkAssert(input -> input.assertRejected());
  }
}
