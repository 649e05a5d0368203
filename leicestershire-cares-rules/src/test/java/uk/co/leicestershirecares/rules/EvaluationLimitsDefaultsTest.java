package uk.co.leicestershirecares.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.testing.AsOfCase;
import uk.co.leicestershirecares.testing.CaresGenerators;
import uk.co.leicestershirecares.testing.Generator;

/**
 * The default limits are generous for the shipped rules: measured on the testing kit's generated
 * records, the firings the shipped rules need stay under a tenth of the cap, and no evaluation
 * takes longer than the budget (the numbers quoted in
 * {@link EvaluationLimits}'s Javadoc come from this test's output).
 */
final class EvaluationLimitsDefaultsTest {
  private static final int CASES = 5_000;

  @Test
  void theShippedRulesNeedUnderATenthOfTheDefaultFiringCap() {
    Generator<AsOfCase> cases = CaresGenerators.cases();
    SplittableRandom random = new SplittableRandom(21);
    DroolsPolicy policy = CaresRules.newBuilder().build();
    int most = 0;
    long total = 0;
    long slowest = 0;
    long first = 0;
    for (int i = 0; i < CASES; i++) {
      AsOfCase c = cases.next(random);
      long start = System.nanoTime();
      int fired = policy.explain(c.record(), c.asOf()).firedRules().size();
      long took = System.nanoTime() - start;
      first = i == 0 ? took : first;
      if (i >= CASES / 2) {
        slowest = Math.max(slowest, took);
      }
      most = Math.max(most, fired);
      total += fired;
    }
    System.out.printf("Shipped rules over %d generated cases: at most %d firings (%.1f on"
        + " average); first evaluation %.0f ms, slowest warm one %.2f ms%n", CASES, most,
        (double) total / CASES, first / 1e6, slowest / 1e6);
    assertThat(most * 10).isLessThanOrEqualTo(EvaluationLimits.DEFAULT_MAX_FIRINGS);
    // Printed, but asserted loosely: a garbage collection on a busy machine can take a while.
    assertThat(Duration.ofNanos(slowest))
        .isLessThanOrEqualTo(EvaluationLimits.defaults().timeBudget());
  }
}
