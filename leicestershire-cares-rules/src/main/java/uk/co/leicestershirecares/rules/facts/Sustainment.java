package uk.co.leicestershirecares.rules.facts;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.outcome.OutcomeId;
import uk.co.leicestershirecares.core.reason.Explainer;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.core.reason.Source;


/**
 * Sustainment of a job or a place in education: that it was measured at its row's weeks (the
 * reason says how it stood at each), or that it was sustained at one checkpoint.
 *
 * @param event the outcome event
 * @param weeks the checkpoint reached, or 0 for a measurement
 * @param reason the reason of a measurement; null for a checkpoint
 */
public record Sustainment(OutcomeEvent event, int weeks, @Nullable Reason reason) {
  /**
   * {@code event} was measured at each of {@code weeks} as of {@code asOf}, by the rule {@code
   * ruleId} implementing {@code source}.
   */
  public static Sustainment measured(String ruleId, Source source, OutcomeEvent event,
      ImmutableSortedSet<Integer> weeks, LocalDate asOf) {
    return new Sustainment(event, 0, Explainer.sustained(ruleId, source, event, weeks, asOf));
  }

  /** {@code event} was sustained at {@code weeks} weeks. */
  public static Sustainment sustainedAt(OutcomeEvent event, int weeks) {
    return new Sustainment(event, weeks, null);
  }

  /** Returns the outcome's id. */
  public OutcomeId outcome() {
    return event.id();
  }
}
