package uk.co.leicestershirecares.core.reason;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.eligibility.ConditionFinding;
import uk.co.leicestershirecares.core.stage.StageFinding;

/**
 * What a rule concludes, as data, with the reason it gives: the part that {@link
 * ConditionFinding} and {@link StageFinding} share. Rules conclude; {@link Explainer} words each
 * finding's reason, once per finding.
 *
 * <p>Sealed: {@link Explainer} words those two kinds and no other.
 */
public abstract sealed class Finding permits ConditionFinding, StageFinding {
  private final String ruleId;
  private final Source source;
  private final LocalDate asOf;
  // The reason this finding gives, made once: a finding a policy shares between assessments
  // shares it too. Racy single check: a reason is immutable (its fields final), and any two made
  // are equal. Benchmark: AssessmentBenchmark.reference.
  private @Nullable Reason reason;

  /**
   * Creates the shared part of a finding.
   *
   * @throws NullPointerException if an argument is null
   */
  protected Finding(String ruleId, Source source, LocalDate asOf) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.source = Objects.requireNonNull(source, "source");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
  }

  /** The rule id its reason carries, such as {@code UP.age}. */
  public final String ruleId() {
    return ruleId;
  }

  /** The sentence the rule implements. */
  public final Source source() {
    return source;
  }

  /** The date asked about. */
  public final LocalDate asOf() {
    return asOf;
  }

  /**
   * The reason this finding gives, as {@link Explainer} words it: made once per finding, its
   * sentence written when its text is first read.
   */
  public final Reason reason() {
    Reason made = reason;
    if (made == null) {
      made = explain();
      reason = made;
    }
    return made;
  }

  /** Words this finding's reason with {@link Explainer}; {@link #reason()} keeps what it returns. */
  protected abstract Reason explain();
}
