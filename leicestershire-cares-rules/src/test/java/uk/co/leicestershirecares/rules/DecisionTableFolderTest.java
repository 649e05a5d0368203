package uk.co.leicestershirecares.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.leicestershirecares.rules.TestRecords.VOLUNTEERING;
import static uk.co.leicestershirecares.rules.TestRecords.VOLUNTEERING_ROW;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.leicestershirecares.rules.analyst.ReloadingPolicy;

/**
 * An analyst's decision table in a rule folder: a changed cell changes the Drools answer, and a
 * table mistake is a diagnostic at its file, row and column that never reaches a running policy.
 */
final class DecisionTableFolderTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

  @TempDir
  Path folder;

  private Path table;

  @BeforeEach
  void copyShippedRules() {
    ShippedRules.copyTablesTo(folder);
    table = folder.resolve("outcomes.drl.csv");
  }

  @Test
  void aChangedCellChangesTheAnswer() throws IOException {
    assertThat(CaresRules.newBuilder().load(folder).policy().orElseThrow()
        .classify(VOLUNTEERING, DAY).ete())
        .isTrue();

    edit(VOLUNTEERING_ROW, VOLUNTEERING_ROW.replace(",yes,", ",no,"));

    RuleFolder.Result loaded = CaresRules.newBuilder().load(folder);
    assertThat(loaded.diagnostics()).isEmpty();
    assertThat(loaded.policy().orElseThrow().classify(VOLUNTEERING, DAY).ete()).isFalse();
  }

  @Test
  void aTableMistakeIsReportedAtItsCellAndLoadsNothing() throws IOException {
    edit(VOLUNTEERING_ROW, VOLUNTEERING_ROW.replace(",yes,", ",perhaps,"));

    RuleFolder.Result loaded = CaresRules.newBuilder().load(folder);

    assertThat(loaded.isLoaded()).isFalse();
    assertThat(loaded.diagnostics()).extracting(Diagnostic::toString)
        .containsExactly("outcomes.drl.csv:10:5: Counts as ETE \"perhaps\" is not yes or no");
  }

  @Test
  void aHeaderKeywordChangeIsReportedAtItsCell() throws IOException {
    edit("METADATA,METADATA,CONDITION,ACTION,", "METADATA,METADATA,CONDITION,BOGUS,");

    assertThat(CaresRules.newBuilder().load(folder).diagnostics()).extracting(Diagnostic::toString)
        .containsExactly("outcomes.drl.csv:5:4: this header cell belongs to the developers and"
            + " must read \"ACTION\", not \"BOGUS\"");
  }

  @Test
  void aTableWithAByteOrderMarkLoadsEveryRow() throws IOException {
    Files.writeString(table, "\uFEFF" + Files.readString(table));

    RuleFolder.Result loaded = CaresRules.newBuilder().load(folder);

    assertThat(loaded.diagnostics()).isEmpty();
    assertThat(loaded.policy().orElseThrow().classify(VOLUNTEERING, DAY).ete()).isTrue();
  }

  @Test
  void aTableSavedByASpreadsheetOnWindowsLoads() throws IOException {
    // Excel's "CSV UTF-8": a byte-order mark and CRLF line ends.
    Files.writeString(table, "\uFEFF" + Files.readString(table).replace("\n", "\r\n"));
    edit(VOLUNTEERING_ROW, VOLUNTEERING_ROW.replace(",yes,", ",no,"));

    RuleFolder.Result loaded = CaresRules.newBuilder().load(folder);

    assertThat(loaded.diagnostics()).isEmpty();
    assertThat(loaded.policy().orElseThrow().classify(VOLUNTEERING, DAY).ete()).isFalse();
    assertThat(loaded.policy().orElseThrow().ruleNames())
        .isEqualTo(CaresRules.newBuilder().build().ruleNames());
  }

  @Test
  void aRunningPolicyKeepsItsRulesWhenATableBreaks() throws IOException {
    try (ReloadingPolicy policy = CaresRules.newBuilder().buildReloading(folder)) {
      edit(VOLUNTEERING_ROW, VOLUNTEERING_ROW.replace(",yes,", ",no,"));
      assertThat(policy.reload()).isTrue();
      assertThat(policy.classify(VOLUNTEERING, DAY).ete()).isFalse();

      edit(VOLUNTEERING_ROW.replace(",yes,", ",no,"), ",,,,,,,,\n" + VOLUNTEERING_ROW);

      assertThat(policy.reload()).isFalse();
      assertThat(policy.lastDiagnostics()).extracting(Diagnostic::toString).contains(
          "outcomes.drl.csv:10: a blank row inside the table: Drools would end the table"
              + " here and silently drop every row after it");
      assertThat(policy.classify(VOLUNTEERING, DAY).ete()).as("the previous rules still serve")
          .isFalse();
    }
  }

  @Test
  void anEligibilityTableMistakeIsReportedAtItsCellAndARunningPolicyKeepsServing()
      throws IOException {
    Path eligibility = folder.resolve("eligibility.drl.csv");
    String shipped = Files.readString(eligibility);
    try (ReloadingPolicy policy = CaresRules.newBuilder().buildReloading(folder)) {
      Files.writeString(eligibility, shipped.replace("UP,always,18 to 25,", "UP,always,18 to 2x,")
          .replace("WIRE,always,18 or over,none,none", "WIRE,always,18 or over,CONVICTION,none"));

      RuleFolder.Result loaded = CaresRules.newBuilder().load(folder);
      assertThat(loaded.isLoaded()).isFalse();
      assertThat(loaded.diagnostics()).extracting(Diagnostic::toString).containsExactly(
          "eligibility.drl.csv:9:5: Age band \"18 to 2x\" is not an age band such as 18 to 25 or"
              + " 18 or over, annual plan or none",
          "eligibility.drl.csv:13:5: a row asks for one thing: exactly one of Age band, Any of"
              + " circumstances and Lives in must be other than none, not 2");
      assertThat(policy.reload()).isFalse();
      assertThat(policy.lastDiagnostics()).extracting(Diagnostic::toString)
          .isEqualTo(loaded.diagnostics().stream().map(Diagnostic::toString).toList());
      assertThat(policy.version()).as("the previous rules still serve").isEqualTo(1);
    }
  }

  private void edit(String from, String to) throws IOException {
    String text = Files.readString(table);
    assertThat(text).contains(from);
    Files.writeString(table, text.replace(from, to));
  }
}
