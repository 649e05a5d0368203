package uk.co.leicestershirecares.rules.facts;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.reason.Explainer;
import uk.co.leicestershirecares.core.outcome.OutcomeCategory;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.core.reason.Source;
import uk.co.leicestershirecares.core.stage.Stage;
import uk.co.leicestershirecares.core.table.TableCells;

/**
 * An outcome event's category and what it counts as, concluded by one row of the outcome table
 * ({@code outcomes.drl.csv}): each of the row's cells sets one part through the {@link Builder},
 * and the row's rule inserts what it built.
 *
 * @param event the event
 * @param category the category
 * @param ete whether it counts as education, training or employment
 * @param hard whether it is hard data
 * @param stage the stage it evidences; null when it evidences none
 * @param sustainedWeeks the weeks at which the outcome is measured as sustained; empty when it is
 *     not
 * @param reason the reason, worded from the row
 */
public record Classified(OutcomeEvent event, OutcomeCategory category, boolean ete, boolean hard,
    @Nullable Stage stage, ImmutableSortedSet<Integer> sustainedWeeks, Reason reason) {
  /**
   * Starts the conclusion of the row with rule id {@code ruleId} and source document
   * {@code document} for {@code event}.
   */
  public static Builder builder(
      OutcomeEvent event, OutcomeCategory category, String ruleId, String document) {
    return new Builder(event, category, ruleId, document);
  }

  /** Whether the outcome is measured as sustained at all. */
  public boolean isMeasured() {
    return !sustainedWeeks.isEmpty();
  }

  /** Returns whether the event began {@code weeks} weeks before {@code asOf} and is still held. */
  public boolean isSustained(int weeks, LocalDate asOf) {
    return event.isSustainedAt(weeks, asOf);
  }

  /**
   * The parts of a classification, set from a table row's cells. The cells were checked against
   * their columns before Drools compiled the table; a value outside them here is a bug.
   */
  public static final class Builder {
    private final OutcomeEvent event;
    private final OutcomeCategory category;
    private final String ruleId;
    private final String document;
    private boolean ete;
    private boolean hard;
    private @Nullable Stage stage;
    private ImmutableSortedSet<Integer> sustainedWeeks = ImmutableSortedSet.of();
    private String sentence = "";

    private Builder(OutcomeEvent event, OutcomeCategory category, String ruleId, String document) {
      this.event = event;
      this.category = category;
      this.ruleId = ruleId;
      this.document = document;
    }

    /** {@code yes} or {@code no}: whether it counts as education, training or employment. */
    public Builder ete(String yesNo) {
      this.ete = TableCells.yes(yesNo);
      return this;
    }

    /** {@code yes} or {@code no}: whether it is hard data. */
    public Builder hard(String yesNo) {
      this.hard = TableCells.yes(yesNo);
      return this;
    }

    /** A stage's name, or {@code none}. */
    public Builder stage(String stage) {
      this.stage = TableCells.stage(stage).orElse(null);
      return this;
    }

    /** Numbers of weeks separated by spaces, or {@code none}. */
    public Builder sustainedWeeks(String weeks) {
      this.sustainedWeeks = TableCells.weeks(weeks);
      return this;
    }

    /** The source sentence, from the row's document. */
    public Builder source(String sentence) {
      this.sentence = sentence;
      return this;
    }

    /** The conclusion. */
    public Classified build() {
      return new Classified(event, category, ete, hard, stage, sustainedWeeks,
          Explainer.classification(ruleId, Source.of(document, sentence), event, category, ete,
              hard, stage));
    }
  }
}
