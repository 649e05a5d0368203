package uk.co.leicestershirecares.rules.facts;

import uk.co.leicestershirecares.core.outcome.OutcomeId;
import uk.co.leicestershirecares.core.reason.Reason;

/**
 * Sustainment of a job or a place in education: the reason (checkpoints at 13 and 26 weeks), or
 * that it was sustained at one checkpoint.
 */
public final class Sustainment {
  private final OutcomeId outcome;
  private final int weeks;
  private final Reason reason;

  private Sustainment(OutcomeId outcome, int weeks, Reason reason) {
    this.outcome = outcome;
    this.weeks = weeks;
    this.reason = reason;
  }

  /** The reason that describes both checkpoints. */
  public static Sustainment measured(OutcomeId outcome, Reason reason) {
    return new Sustainment(outcome, 0, reason);
  }

  /** The outcome was sustained at {@code weeks} weeks. */
  public static Sustainment sustainedAt(OutcomeId outcome, int weeks) {
    return new Sustainment(outcome, weeks, null);
  }

  /** Returns the outcome. */
  public OutcomeId getOutcome() {
    return outcome;
  }

  /** Returns the checkpoint reached, or 0 for the reason. */
  public int getWeeks() {
    return weeks;
  }

  /** Returns the reason, or null for a checkpoint. */
  public Reason getReason() {
    return reason;
  }
}
