package uk.co.leicestershirecares.rules;

import java.time.Duration;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * The limits every evaluation of the rules runs under (one assessment, classification or
 * explanation; each record of a batch on its own): at most {@link #maxFirings()} rule firings,
 * and at most {@link #timeBudget()} of running time. Past either, the evaluation stops and fails
 * with a {@link RuleLimitExceededException} naming the rule that was firing; a {@code
 * StackOverflowError} or {@code OutOfMemoryError} in rule code fails the same way. Immutable.
 *
 * <p><b>Defaults</b> ({@link #defaults()}): {@value #DEFAULT_MAX_FIRINGS} firings and {@value
 * #DEFAULT_TIME_BUDGET_SECONDS} seconds, far above what the shipped rules need for any record
 * of the testing kit's {@code CaresGenerators.cases()}, including the first assessment in a JVM
 * (class loading) and one interrupted by a garbage collection. {@code
 * EvaluationLimitsDefaultsTest} fails if the shipped rules ever need more than a tenth of the
 * cap, or an evaluation takes longer than the budget.
 *
 * <p><b>How the limits are enforced.</b> The rules of an analyst's folder ({@link
 * CaresRules#load(java.nio.file.Path)}) are evaluated on a worker thread, with a listener that counts firings (a
 * counter check per firing) and compares the time with the budget every 16 firings, halting the
 * session past either: that stops a rule that fires forever (modifies its own fact, inserts
 * forever). It cannot stop a single firing that never returns ({@code while (true)} in a DRL
 * function or a condition): Java cannot stop a thread stuck in code, only abandon it. So the
 * caller waits at most the budget, then gets its exception, and a worker stuck in rule code is
 * abandoned, still running (a daemon thread; it uses a processor until the loop ends or the JVM
 * exits). The shipped rules, which the library wrote and tests, are run on the caller's thread
 * with the firing cap only, enforced by Drools itself ({@code fireAllRules(max)}, no listener):
 * their throughput does not change, and their time is not checked.
 *
 * @param maxFirings the maximum number of rule firings in one evaluation
 * @param timeBudget the longest one evaluation may run
 */
public record EvaluationLimits(int maxFirings, Duration timeBudget) {
  /** The default maximum number of rule firings in one evaluation. */
  public static final int DEFAULT_MAX_FIRINGS = 10_000;

  /** The default time budget of one evaluation, in seconds. */
  public static final long DEFAULT_TIME_BUDGET_SECONDS = 10;

  private static final EvaluationLimits DEFAULTS =
      new EvaluationLimits(DEFAULT_MAX_FIRINGS, Duration.ofSeconds(DEFAULT_TIME_BUDGET_SECONDS));

  /**
   * Checks the limits.
   *
   * @throws InvalidRecordException if {@code maxFirings} is not positive, or {@code timeBudget}
   *     is null or not positive
   */
  public EvaluationLimits {
    if (maxFirings <= 0) {
      throw new InvalidRecordException("maxFirings", "maxFirings must be positive");
    }
    if (timeBudget == null || timeBudget.isNegative() || timeBudget.isZero()) {
      throw new InvalidRecordException("timeBudget", "timeBudget must be positive");
    }
  }

  /**
   * Returns the limits {@code maxFirings} firings and {@code timeBudget} per evaluation.
   *
   * @throws InvalidRecordException if {@code maxFirings} is not positive, or {@code timeBudget}
   *     is null or not positive
   */
  public static EvaluationLimits of(int maxFirings, Duration timeBudget) {
    return new EvaluationLimits(maxFirings, timeBudget);
  }

  /**
   * Returns the default limits: {@value #DEFAULT_MAX_FIRINGS} firings and {@value
   * #DEFAULT_TIME_BUDGET_SECONDS} seconds.
   */
  public static EvaluationLimits defaults() {
    return DEFAULTS;
  }

  /** Returns {@code EvaluationLimits[maxFirings=n, timeBudget=PT10S]}. */
  @Override
  public String toString() {
    return "EvaluationLimits[maxFirings=" + maxFirings + ", timeBudget=" + timeBudget + "]";
  }
}
