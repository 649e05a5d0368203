package uk.co.leicestershirecares.core.outcome;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Arrays;
import java.util.Optional;
import org.immutables.value.Value;
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
   * outcome event per assessment.
   *
   * @throws uk.co.leicestershirecares.core.InvalidRecordException if an argument is null
   */
  public static OutcomeClassification of(OutcomeId outcome, OutcomeCategory category, boolean ete,
      boolean hard, Optional<Stage> stage, boolean sustained13Weeks, boolean sustained26Weeks,
      ImmutableList<Reason> reasons) {
    // Benchmark: AssessmentBenchmark.reference (the builder copied the reasons twice).
    return ImmutableOutcomeClassification.of(Checks.notNull(outcome, "outcome"),
        Checks.notNull(category, "category"), ete, hard, Checks.notNull(stage, "stage"),
        sustained13Weeks, sustained26Weeks, Checks.notNull(reasons, "reasons"));
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link OutcomeClassification}. Every method rejects {@code null} (and {@code null} list elements)
   * with an {@link uk.co.leicestershirecares.core.InvalidRecordException} naming the field; {@link
   * #build()} rejects missing required fields and invalid combinations the same way.
   */
  public static final class Builder {
    private final ImmutableOutcomeClassification.Builder delegate = ImmutableOutcomeClassification.generatedBuilder();

    Builder() {}

    /** Sets {@link OutcomeClassification#outcome()}. */
    @CanIgnoreReturnValue
    public Builder outcome(OutcomeId outcome) {
      delegate.outcome(outcome);
      return this;
    }

    /** Sets {@link OutcomeClassification#category()}. */
    @CanIgnoreReturnValue
    public Builder category(OutcomeCategory category) {
      delegate.category(category);
      return this;
    }

    /** Sets {@link OutcomeClassification#ete()}. */
    @CanIgnoreReturnValue
    public Builder ete(boolean ete) {
      delegate.ete(ete);
      return this;
    }

    /** Sets {@link OutcomeClassification#hard()}. */
    @CanIgnoreReturnValue
    public Builder hard(boolean hard) {
      delegate.hard(hard);
      return this;
    }

    /** Sets {@link OutcomeClassification#stage()}. */
    @CanIgnoreReturnValue
    public Builder stage(Stage stage) {
      delegate.stage(stage);
      return this;
    }

    /** Sets {@link OutcomeClassification#stage()}, or leaves it empty. */
    @CanIgnoreReturnValue
    public Builder stage(Optional<? extends Stage> stage) {
      delegate.stage(Checks.notNull(stage, "stage"));
      return this;
    }

    /** Sets {@link OutcomeClassification#sustained13Weeks()}. */
    @CanIgnoreReturnValue
    public Builder sustained13Weeks(boolean sustained13Weeks) {
      delegate.sustained13Weeks(sustained13Weeks);
      return this;
    }

    /** Sets {@link OutcomeClassification#sustained26Weeks()}. */
    @CanIgnoreReturnValue
    public Builder sustained26Weeks(boolean sustained26Weeks) {
      delegate.sustained26Weeks(sustained26Weeks);
      return this;
    }

    /** Adds one element to {@link OutcomeClassification#reasons()}. */
    @CanIgnoreReturnValue
    public Builder addReason(Reason element) {
      delegate.addReason(Checks.notNull(element, "reasons"));
      return this;
    }

    /** Adds elements to {@link OutcomeClassification#reasons()}. */
    @CanIgnoreReturnValue
    public Builder addReasons(Reason... elements) {
      return addAllReasons(Arrays.asList(Checks.notNull(elements, "reasons")));
    }

    /** Adds elements to {@link OutcomeClassification#reasons()}. */
    @CanIgnoreReturnValue
    public Builder addAllReasons(Iterable<? extends Reason> elements) {
      delegate.addAllReasons(Checks.elements(elements, "reasons"));
      return this;
    }

    /** Replaces the elements of {@link OutcomeClassification#reasons()}. */
    @CanIgnoreReturnValue
    public Builder reasons(Iterable<? extends Reason> elements) {
      delegate.reasons(Checks.elements(elements, "reasons"));
      return this;
    }

    /** Sets every field from {@code instance}, replacing lists. */
    @CanIgnoreReturnValue
    public Builder from(OutcomeClassification instance) {
      delegate.from(Checks.notNull(instance, "instance"));
      return this;
    }

    /**
     * Returns the built value.
     *
     * @throws uk.co.leicestershirecares.core.InvalidRecordException if a required field is unset
     *     or the value is invalid
     */
    public OutcomeClassification build() {
      return delegate.build();
    }
  }
}
