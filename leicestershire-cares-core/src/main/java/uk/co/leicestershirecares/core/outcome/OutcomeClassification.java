package uk.co.leicestershirecares.core.outcome;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
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
  public abstract OutcomeId outcome();

  /** Returns the category. */
  public abstract OutcomeCategory category();

  /** Returns whether the outcome counts as education, training or employment (ETE). */
  public abstract boolean ete();

  /** Returns whether the outcome is hard data (an evidenced change of status) rather than soft. */
  public abstract boolean hard();

  /** Returns the Power to Change stage the outcome evidences, if any. */
  public abstract Optional<Stage> stage();

  /**
   * Returns whether a job or a place in education was still held 13 weeks after it began, as of
   * the date asked about; {@code false} for other outcomes and before that day.
   */
  public abstract boolean sustained13Weeks();

  /** Returns the same as {@link #sustained13Weeks()} at 26 weeks. */
  public abstract boolean sustained26Weeks();

  /** Returns the reasons for the classification. */
  public abstract ImmutableList<Reason> reasons();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OutcomeClassification}. */
  public static final class Builder extends ImmutableOutcomeClassification.Builder {
    Builder() {}
  }
}
