package uk.co.leicestershirecares.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static uk.co.leicestershirecares.testing.quicktheories.QuickTheoriesGenerators.cases;
import static uk.co.leicestershirecares.testing.quicktheories.QuickTheoriesGenerators.gen;
import static uk.co.leicestershirecares.testing.quicktheories.QuickTheoriesGenerators.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.rules.DroolsPolicy;
import uk.co.leicestershirecares.testing.AsOfCase;
import uk.co.leicestershirecares.testing.CaresGenerators;

/**
 * The differential property: the shipped Drools rules give exactly the reference policy's
 * assessments (stage, pathway, every decision with its reasons and missing conditions, every
 * classification) for generated records and as-of dates biased towards the policy's edges, from the testing
 * kit ({@link CaresGenerators}, through its QuickTheories adapter).
 */
final class DroolsPolicyDifferentialTest {
  /** The number of generated cases of the main property. */
  static final int TRIES = 3_000;

  private static final Policy REFERENCE = ReferencePolicy.withDefaults();
  private static final Policy DROOLS = DroolsPolicy.shipped();

  @Test
  void droolsAssessesEveryCaseExactlyAsTheReference() {
    long start = System.nanoTime();
    qt().withExamples(TRIES).withShrinkCycles(200).forAll(cases()).checkAssert(c -> {
      Assessment expected = REFERENCE.assess(c.record(), c.asOf());
      Assessment actual = DROOLS.assess(c.record(), c.asOf());
      assertThat(actual)
          .withFailMessage(() -> "Drools differs from the reference on " + c + ":\n  "
              + AssessmentDiff.diff(expected, actual))
          .isEqualTo(expected);
    });
    System.out.printf("Differential property: %d tries in %.1f s%n", TRIES,
        (System.nanoTime() - start) / 1e9);
  }

  @Test
  void droolsClassifiesEachOutcomeAsTheReference() {
    qt().withExamples(400).forAll(cases()).checkAssert(c -> {
      for (OutcomeEvent event : c.record().outcomes()) {
        assertThat(DROOLS.classify(event, c.asOf()))
            .withFailMessage(() -> "classify differs for " + event.id() + " on " + c)
            .isEqualTo(REFERENCE.classify(event, c.asOf()));
      }
    });
  }

  @Test
  void droolsGivesTheReferenceStageHistory() {
    Gen<LocalDate> from = gen(CaresGenerators.datesBetween(
        LocalDate.of(2019, 1, 1), LocalDate.of(2026, 12, 31)));
    Gen<Integer> days = Generate.range(0, 700);
    qt().withExamples(200).forAll(records(), from, days).checkAssert((record, start, length) -> {
      LocalDate end = start.plusDays(length);
      assertThat(DROOLS.stageHistory(record, start, end))
          .withFailMessage(() -> "stage history differs from " + start + " to " + end + " for "
              + CaresGenerators.describe(record))
          .isEqualTo(REFERENCE.stageHistory(record, start, end));
    });
  }

  @Test
  void droolsBatchesGiveTheSameAnswers() {
    qt().withExamples(50).forAll(
        org.quicktheories.generators.SourceDSL.lists().of(records()).ofSizeBetween(0, 8),
        gen(CaresGenerators.asOfDates())).checkAssert((batch, asOf) ->
            assertThat(DROOLS.assessAll(batch, asOf)).isEqualTo(REFERENCE.assessAll(batch, asOf)));
  }

  @Test
  void droolsFollowsOtherParametersAsTheReference() {
    PolicyParameters strict = PolicyParameters.builder()
        .upCompletersNeedConviction(true)
        .recentWindow(java.time.Period.ofDays(30))
        .wireMinimumAge(21)
        .leapDayBirthday(uk.co.leicestershirecares.core.participant.LeapDayBirthday.FEBRUARY_28)
        .build();
    Policy reference = ReferencePolicy.of(strict, ProgrammeCatalogue.standard());
    Policy drools = DroolsPolicy.shipped(strict);
    qt().withExamples(400).forAll(cases()).checkAssert(c -> {
      Assessment expected = reference.assess(c.record(), c.asOf());
      Assessment actual = drools.assess(c.record(), c.asOf());
      assertThat(actual)
          .withFailMessage(() -> "Drools differs from the reference (strict parameters) on " + c
              + ":\n  " + AssessmentDiff.diff(expected, actual))
          .isEqualTo(expected);
    });
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    List<AsOfCase> sample = new ArrayList<>();
    qt().withExamples(200).forAll(cases()).checkAssert(sample::add);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(pool.submit(() -> sample.stream().allMatch(c ->
            DROOLS.assess(c.record(), c.asOf()).equals(REFERENCE.assess(c.record(), c.asOf())))));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
