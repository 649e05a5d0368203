package uk.co.leicestershirecares.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Which tables a folder may hold, the check every table goes through, and rule names to rows. */
final class PolicyTablesTest {
  @Test
  void theShippedTablesAreKnownByFileName() {
    assertThat(PolicyTables.shippedFiles()).containsExactly(
        "eligibility.drl.csv", "annual-plans.drl.csv", "crises.drl.csv",
        "recent-activity.drl.csv", "outcomes.drl.csv");
    assertThat(PolicyTables.ruleTableName("crises.drl.csv")).isEqualTo("Crises");
    assertThat(PolicyTables.ruleTableName("eligibility.drl.csv")).isEqualTo("Eligibility");
    assertThat(PolicyTables.ruleTableName("annual-plans.drl.csv")).isEqualTo("AnnualPlans");
    assertThat(PolicyTables.ruleTableName("my-rules/outcomes.drl.csv")).isEqualTo("Outcomes");
    assertThatThrownBy(() -> PolicyTables.ruleTableName("plans.drl.csv"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checkingATableByItsPathChecksItsRows() {
    DecisionTable table = PolicyTables.check("sub/outcomes.drl.csv", OutcomeTable.shippedText());

    assertThat(table.file()).isEqualTo("sub/outcomes.drl.csv");
    assertThat(table.rows()).hasSize(OutcomeTable.shipped().rows().size());
  }

  @Test
  void aTableThisLibraryDoesNotKnowIsAProblemOfItsFile() {
    PolicyTableException e = catchThrowableOfType(PolicyTableException.class,
        () -> PolicyTables.check("extra.drl.csv", "RuleSet,x\n"));

    assertThat(e.problems()).extracting(TableProblem::toString).containsExactly(
        "extra.drl.csv:0:0: not a policy table this library knows: the tables are"
            + " eligibility.drl.csv, annual-plans.drl.csv, crises.drl.csv, recent-activity.drl.csv,"
            + " outcomes.drl.csv");
  }

  @Test
  void aRuleMadeFromARowIsFoundAtThatRow() {
    assertThat(PolicyTables.rowOf("Outcomes_12")).contains("outcomes.drl.csv:12");
    assertThat(PolicyTables.rowOf("UP is for young people aged 18 to 25")).isEmpty();
    assertThat(PolicyTables.rowOf("Eligibility_9")).contains("eligibility.drl.csv:9");
    assertThat(PolicyTables.rowOf("AnnualPlans_10")).contains("annual-plans.drl.csv:10");
    assertThat(PolicyTables.rowOf("Plans_3")).isEmpty();
    assertThat(PolicyTables.rowOf("Outcomes_")).isEmpty();
    assertThat(PolicyTables.rowOf("Outcomes_1a")).isEmpty();
  }
}
