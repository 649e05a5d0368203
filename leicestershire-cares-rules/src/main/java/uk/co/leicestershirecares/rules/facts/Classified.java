package uk.co.leicestershirecares.rules.facts;

import java.time.LocalDate;
import java.util.Optional;
import uk.co.leicestershirecares.core.internal.PolicyTexts;
import uk.co.leicestershirecares.core.outcome.OutcomeCategory;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.core.reason.Source;
import uk.co.leicestershirecares.core.stage.Stage;

/** An outcome event's category and what it counts as, with the reason. */
public final class Classified {
  private final OutcomeEvent event;
  private final OutcomeCategory category;
  private final boolean ete;
  private final boolean hard;
  private final Optional<Stage> stage;
  private final Reason reason;

  private Classified(OutcomeEvent event, OutcomeCategory category, boolean ete, boolean hard,
      Optional<Stage> stage, Reason reason) {
    this.event = event;
    this.category = category;
    this.ete = ete;
    this.hard = hard;
    this.stage = stage;
    this.reason = reason;
  }

  /**
   * Classifies {@code event}; {@code stage} is null when the outcome evidences no stage. The
   * reason's text is written by the policy's text helper.
   */
  public static Classified of(OutcomeEvent event, OutcomeCategory category, boolean ete,
      boolean hard, Stage stage, String ruleId, Source source) {
    Optional<Stage> evidenced = Optional.ofNullable(stage);
    return new Classified(event, category, ete, hard, evidenced,
        Reason.of(ruleId, PolicyTexts.classification(event, category, ete, hard, evidenced),
            source));
  }

  /** Returns the event. */
  public OutcomeEvent getEvent() {
    return event;
  }

  /** Returns the category. */
  public OutcomeCategory getCategory() {
    return category;
  }

  /** Returns whether it counts as education, training or employment. */
  public boolean isEte() {
    return ete;
  }

  /** Returns whether it is hard data. */
  public boolean isHard() {
    return hard;
  }

  /** Returns the stage it evidences. */
  public Optional<Stage> getStage() {
    return stage;
  }

  /** Returns the reason. */
  public Reason getReason() {
    return reason;
  }

  /** Returns whether the event began {@code weeks} weeks before {@code asOf} and is still held. */
  public boolean isSustained(int weeks, LocalDate asOf) {
    return PolicyTexts.sustained(event, weeks, asOf);
  }
}
