package uk.co.leicestershirecares.rules;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation of the rules was stopped because it passed one of its {@link EvaluationLimits}:
 * too many rule firings, its time budget, or it ran out of stack ({@code StackOverflowError}) or
 * memory ({@code OutOfMemoryError}) inside rule code. {@link #limit()} says which, {@link
 * #rule()} names the rule that was firing (rule names are the rule files' text, never participant
 * data). The message never carries participant data either.
 *
 * <p>The rules are at fault, not the record: the same rules will fail the same way on the same
 * record. A {@code ReloadingPolicy} never swaps in rules that fail so on its probe records and the
 * folder's scenarios, and keeps answering with the previous rules.
 */
public final class RuleLimitExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Which limit an evaluation passed. */
  public enum Limit {
    /** More rule firings than {@link EvaluationLimits#maxFirings()}. */
    FIRINGS,
    /** Still running after {@link EvaluationLimits#timeBudget()}. */
    TIME,
    /** A {@code StackOverflowError} in rule code (deep recursion). */
    STACK,
    /** An {@code OutOfMemoryError} in rule code (a huge allocation). */
    MEMORY
  }

  private final Limit limit;
  private final @Nullable String rule;

  private RuleLimitExceededException(Limit limit, @Nullable String rule, String message,
      @Nullable Throwable cause) {
    super(message + (rule == null ? " (no rule was firing: a condition was being evaluated)"
        : " (rule \"" + rule + "\" was firing)"), cause);
    this.limit = limit;
    this.rule = rule;
  }

  /** More than {@code maxFirings} firings; {@code rule} may be null. */
  static RuleLimitExceededException firings(int maxFirings, @Nullable String rule) {
    return new RuleLimitExceededException(Limit.FIRINGS, rule,
        "the rules fired more than " + maxFirings + " times in one evaluation", null);
  }

  /** Still running after {@code budget}; {@code rule} may be null. */
  static RuleLimitExceededException time(Duration budget, @Nullable String rule) {
    return new RuleLimitExceededException(Limit.TIME, rule,
        "the rules were still running after their time budget of " + budget.toMillis()
            + " ms in one evaluation", null);
  }

  /** A stack overflow in rule code; {@code rule} may be null. */
  static RuleLimitExceededException stack(StackOverflowError cause, @Nullable String rule) {
    return new RuleLimitExceededException(Limit.STACK, rule,
        "rule code ran out of stack (StackOverflowError: deep recursion)", cause);
  }

  /** Memory exhausted in rule code; {@code rule} may be null. */
  static RuleLimitExceededException memory(OutOfMemoryError cause, @Nullable String rule) {
    return new RuleLimitExceededException(Limit.MEMORY, rule,
        "rule code ran out of memory (OutOfMemoryError: a huge allocation)", cause);
  }

  /** Returns the limit the evaluation passed. */
  public Limit limit() {
    return limit;
  }

  /**
   * Returns the name of the rule that was firing when the limit was passed, or empty when no rule
   * was firing (a condition was being evaluated while facts were inserted).
   */
  public Optional<String> rule() {
    return Optional.ofNullable(rule);
  }
}
