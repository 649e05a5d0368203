package uk.co.leicestershirecares.core.outcome;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.core.stage.Stage;

/**
 * How one outcome event counts, as of a date: its {@linkplain #category() category}, whether it
 * is {@linkplain #ete() ETE} (education, training or employment, volunteering included), whether it
 * is {@linkplain #hard() hard} data, which {@linkplain #stage() stage} it evidences, and — for jobs
 * and education — whether it was {@linkplain #sustained13Weeks() sustained} 13 and 26 weeks.
 */
@Value.Immutable
public abstract class OutcomeClassification {
  OutcomeClassification() {}

  /** Returns the id of the classified event. */
  @Value.Parameter
  public abstract OutcomeId outcome();

  /** Returns the category. */
  @Value.Parameter
  public abstract OutcomeCategory category();

  /** Returns whether the outcome counts as education, training or employment (ETE). */
  @Value.Parameter
  public abstract boolean ete();

  /** Returns whether the outcome is hard data (an evidenced change of status) rather than soft. */
  @Value.Parameter
  public abstract boolean hard();

  /** Returns the Power to Change stage the outcome evidences, if any. */
  @Value.Parameter
  public abstract Optional<Stage> stage();

  /**
   * Returns whether a job or a place in education was still held 13 weeks after it began, as of
   * the date asked about; {@code false} for other outcomes and before that day.
   */
  @Value.Parameter
  public abstract boolean sustained13Weeks();

  /** Returns the same as {@link #sustained13Weeks()} at 26 weeks. */
  @Value.Parameter
  public abstract boolean sustained26Weeks();

  /** Returns the reasons for the classification. */
  @Value.Parameter
  public abstract ImmutableList<Reason> reasons();

  /**
   * Returns a classification from its parts, without a builder's copies: a policy makes one per
   * outcome event per assessment. {@code stage} is the stage the outcome evidences, or null when it
   * evidences none.
   *
   * @throws uk.co.leicestershirecares.core.InvalidRecordException if an argument is null
   */
  public static OutcomeClassification of(OutcomeId outcome, OutcomeCategory category, boolean ete,
      boolean hard, @Nullable Stage stage, boolean sustained13Weeks, boolean sustained26Weeks,
      ImmutableList<Reason> reasons) {
    // Benchmark: AssessmentBenchmark.reference (the builder copied the reasons twice).
    return ImmutableOutcomeClassification.of(Checks.notNull(outcome, "outcome"),
        Checks.notNull(category, "category"), ete, hard, Optional.ofNullable(stage),
        sustained13Weeks, sustained26Weeks, Checks.notNull(reasons, "reasons"));
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link OutcomeClassification}. A {@code null} argument or a required field left unset
   * raises {@link InvalidRecordException} naming the field; a {@code null} list element, a {@code
   * NullPointerException}.
   */
  // Its lists stay Guava's ImmutableList, whose builder checks elements itself: a policy's lists
  // are then kept without a copy. Benchmark: AssessmentBenchmark.reference (-prof gc).
  public static final class Builder extends ImmutableOutcomeClassification.Builder {
    Builder() {}
  }
}
