package uk.co.leicestershirecares.core.policy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import uk.co.leicestershirecares.core.outcome.OutcomeCategory;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.outcome.OutcomeType;
import uk.co.leicestershirecares.core.reason.Explainer;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.core.reason.Sources;
import uk.co.leicestershirecares.core.stage.Stage;
import uk.co.leicestershirecares.core.table.OutcomeTable;

/**
 * Classifies outcome events. Each event is classified on its own, so the answer cannot depend on
 * the order of events or on any other event.
 */
final class OutcomeRules {
  private static final OutcomeTable TABLE = OutcomeTable.shipped();
  static final String SUSTAINED_RULE = "OUTCOME.sustained";

  private OutcomeRules() {}

  static OutcomeCategory category(OutcomeType type) {
    return TABLE.row(type).category();
  }

  /** Whether an outcome of {@code type} is power-to evidence: its row's stage is {@code TO}. */
  static boolean isPowerTo(OutcomeType type) {
    return TABLE.row(type).stage().orElse(null) == Stage.TO;
  }

  static OutcomeClassification classify(OutcomeEvent event, LocalDate asOf) {
    OutcomeTable.Row row = TABLE.row(event.type());
    OutcomeCategory category = row.category();
    Stage stage = row.stage().orElse(null);
    Reason classified = Explainer.classification(row.ruleId(), row.source(), event, category,
        row.ete(), row.hard(), stage);
    // No builder: one list of the reasons, as they are. Benchmark: AssessmentBenchmark.reference.
    ImmutableList<Reason> reasons = row.sustainedWeeks().isEmpty()
        ? ImmutableList.of(classified)
        : ImmutableList.of(classified, Explainer.sustained(SUSTAINED_RULE,
            Sources.SUSTAINED_WEEKS, event, row.sustainedWeeks(), asOf));
    return OutcomeClassification.of(event.id(), category, row.ete(), row.hard(), stage,
        row.sustainedWeeks().contains(13) && event.isSustainedAt(13, asOf),
        row.sustainedWeeks().contains(26) && event.isSustainedAt(26, asOf),
        reasons);
  }
}
