package uk.co.leicestershirecares.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.outcome.OutcomeCategory;
import uk.co.leicestershirecares.core.outcome.OutcomeType;
import uk.co.leicestershirecares.core.reason.Sources;
import uk.co.leicestershirecares.core.stage.Stage;

/**
 * The outcome table as analysts edit it: the shipped rows, and each mistake Drools would let
 * through (measured on Drools 10.2.0) reported at its file, row and column instead.
 */
final class OutcomeTableTest {
  private static final String FILE = "outcomes.drl.csv";
  private static final String SHIPPED = OutcomeTable.shippedText();

  @Test
  void theShippedTableClassifiesEveryOutcomeTypeAsTheSourcesSay() {
    OutcomeTable table = OutcomeTable.shipped();

    OutcomeTable.Row volunteering = table.row(OutcomeType.VOLUNTEERING);
    assertThat(volunteering.ruleId()).isEqualTo("OUTCOME.volunteering");
    assertThat(volunteering.category()).isEqualTo(OutcomeCategory.VOLUNTEERING);
    assertThat(volunteering.ete()).as("seed 001 counts volunteering inside ETE").isTrue();
    assertThat(volunteering.source()).isEqualTo(Sources.ETE_INCLUDING_VOLUNTEERING);
    assertThat(table.row(OutcomeType.EDUCATION_RETAINED))
        .isSameAs(table.row(OutcomeType.EDUCATION_ENTERED));
    assertThat(table.row(OutcomeType.EMPLOYMENT).sustainedWeeks()).containsExactly(13, 26);
    assertThat(table.row(OutcomeType.WELLBEING).stage()).contains(Stage.WITHIN);
    assertThat(table.row(OutcomeType.PROGRESSION).stage()).isEmpty();
    assertThat(table.row(OutcomeType.JOB_SEARCH_SUPPORT).hard()).isFalse();
    for (OutcomeType type : OutcomeType.values()) {
      assertThat(table.row(type)).as(type.name()).isNotNull();
    }
    assertThat(table.rows()).extracting(OutcomeTable.Row::number).startsWith(9, 10, 11);
  }

  @Test
  void aChangedCellIsReadAsTheAnalystWroteIt() {
    OutcomeTable edited = OutcomeTable.read(FILE, SHIPPED.replace(
        "OUTCOME.volunteering,001_cc2b091141c814b2.txt,VOLUNTEERING,VOLUNTEERING,yes,",
        "OUTCOME.volunteering,001_cc2b091141c814b2.txt,VOLUNTEERING,VOLUNTEERING,no,"));

    assertThat(edited.row(OutcomeType.VOLUNTEERING).ete()).isFalse();
    assertThat(edited.row(OutcomeType.EMPLOYMENT).ete()).isTrue();
  }

  @Test
  void aByteOrderMarkIsRemovedNotFatal() {
    OutcomeTable table = OutcomeTable.read(FILE, "\uFEFF" + SHIPPED);

    assertThat(table.rows()).hasSize(OutcomeTable.shipped().rows().size());
    assertThat(table.decisionTable().text()).isEqualTo(SHIPPED);
  }

  @Test
  void aHeaderKeywordDroolsWouldMatchOnItsFirstLetterIsReportedAtItsCell() {
    // Drools read BOGUS as ENABLED and disabled rules; FILTER as AUTO-FOCUS and dropped a
    // condition.
    assertThat(problems(SHIPPED.replace("METADATA,METADATA,CONDITION,ACTION",
        "METADATA,METADATA,FILTER,ACTION")))
        .containsExactly(FILE + ":5:3: this header cell belongs to the developers and must read"
            + " \"CONDITION\", not \"FILTER\"");
  }

  @Test
  void aBlankRowInsideTheTableIsReportedNotTheEndOfTheTable() {
    String blank = SHIPPED.replace("OUTCOME.training,", ",,,,,,,,\nOUTCOME.training,");

    assertThat(problems(blank)).containsExactly(FILE + ":12:0: a blank row inside the table:"
        + " Drools would end the table here and silently drop every row after it");
  }

  @Test
  void blankRowsAtTheEndAreHarmless() {
    assertThat(OutcomeTable.read(FILE, SHIPPED + ",,,,,,,,\n\n").rows())
        .hasSize(OutcomeTable.shipped().rows().size());
  }

  @Test
  void aStrayQuoteIsReportedBeforeItShiftsCells() {
    String stray = SHIPPED.replace("OUTCOME.wellbeing,000_8df8b8bd680ae635.txt,WELLBEING,",
        "OUTCOME.wellbeing,000_8df8b8bd680ae635.txt,WELL\"BEING,");

    assertThat(problems(stray)).contains(FILE + ":16:3: a quote inside a cell that does not start"
        + " with one: quote the whole cell and double the quote");
  }

  @Test
  void aRowWithTooFewCellsIsReported() {
    String shifted = SHIPPED.replace("OUTCOME.additional,001_cc2b091141c814b2.txt,ADDITIONAL,",
        "OUTCOME.additional,001_cc2b091141c814b2.txt ADDITIONAL,");

    assertThat(problems(shifted)).containsExactly(FILE + ":19:0: the row has 8 cells, the table"
        + " 9: a stray quote or comma may have shifted cells");
  }

  @Test
  void eachCellIsCheckedAgainstItsColumn() {
    String wrong = SHIPPED.replace(
        "OUTCOME.employment,001_cc2b091141c814b2.txt,EMPLOYMENT,EMPLOYMENT,yes,yes,TO,13 26,",
        "OUTCOME.employment,seed-1.txt,EMPLOYED,EMPLOYMENT,maybe,yes,NOW,26 13,");

    assertThat(problems(wrong)).containsExactly(
        FILE + ":9:2: Source document \"seed-1.txt\" is not one of 000_8df8b8bd680ae635.txt,"
            + " 001_cc2b091141c814b2.txt, 002_c056f95b4ed86a00.txt, 003_9514532cf5a5d25f.txt,"
            + " 004_8f1d1615dcf5d37d.txt, policy-decisions.md",
        FILE + ":9:3: Outcome type \"EMPLOYED\" is not one of " + String.join(", ",
            List.of(OutcomeType.values()).stream().map(Enum::name).toList())
            + " (separate several with commas)",
        FILE + ":9:5: Counts as ETE \"maybe\" is not yes or no",
        FILE + ":9:7: Stage evidenced \"NOW\" is not none or one of WITHIN, WITH, TO",
        FILE + ":9:8: Sustained weeks \"26 13\" must list each number of weeks once, smallest"
            + " first");
  }

  @Test
  void anEmptyCellIsReported() {
    String empty = SHIPPED.replace("OUTCOME.progression,000_8df8b8bd680ae635.txt,PROGRESSION,"
        + "PROGRESSION,no,yes,none,",
        "OUTCOME.progression,000_8df8b8bd680ae635.txt,PROGRESSION,PROGRESSION,no,yes,,");

    assertThat(problems(empty)).containsExactly(
        FILE + ":17:7: Stage evidenced is empty: every cell of a row needs a value");
  }

  @Test
  void aSentenceThatWouldBreakOutOfItsStringIsRefused() {
    String hostile = SHIPPED.replace("3 young people achieved additional outcomes.",
        "\"x\"\"); System.exit(1); (\"\"\"");

    assertThat(problems(hostile)).containsExactly(FILE + ":19:9: Source sentence may not hold a"
        + " double quote, a backslash, a dollar sign or a line break");
  }

  @Test
  void ruleIdsAreUniqueAndWellFormed() {
    String twice = SHIPPED.replace("OUTCOME.wellbeing,", "OUTCOME.housing-application,")
        .replace("OUTCOME.additional,", "OUTCOME.additional=1,");

    assertThat(problems(twice)).containsExactly(
        FILE + ":16:1: rule id OUTCOME.housing-application is already used on row 15: each row"
            + " needs its own",
        FILE + ":19:1: Rule id \"OUTCOME.additional=1\" is not a rule id such as UP.age or"
            + " OUTCOME.job-search-support");
  }

  @Test
  void everyOutcomeTypeHasExactlyOneRow() {
    String missing = SHIPPED.replace("\"EDUCATION_ENTERED, EDUCATION_RETAINED\"",
        "EDUCATION_ENTERED").replace(",CAMPAIGNING,CAMPAIGNING,", ",EMPLOYMENT,CAMPAIGNING,");

    assertThat(problems(missing)).containsExactly(
        FILE + ":18:3: outcome type EMPLOYMENT is already classified on row 9",
        FILE + ":0:0: no row classifies outcome type EDUCATION_RETAINED: add one, or add it to a"
            + " row's Outcome type cell",
        FILE + ":0:0: no row classifies outcome type CAMPAIGNING: add one, or add it to a row's"
            + " Outcome type cell");
  }

  @Test
  void anUnclosedQuoteIsReportedWhereItOpens() {
    String unclosed = SHIPPED.replace("OUTCOME.additional,", "\"OUTCOME.additional,");

    assertThat(problems(unclosed)).contains(
        FILE + ":19:1: this cell opens a quote that never closes");
  }

  @Test
  void theProblemsCarryTheirParts() {
    PolicyTableException e = catchThrowableOfType(PolicyTableException.class,
        () -> OutcomeTable.read("my-rules/outcomes.drl.csv", SHIPPED.replace(",yes,yes,TO,none,",
            ",yes,yes,TO,never,")));

    TableProblem problem = e.problems().get(0);
    assertThat(problem.file()).isEqualTo("my-rules/outcomes.drl.csv");
    assertThat(problem.row()).isEqualTo(10);
    assertThat(problem.column()).isEqualTo(8);
    assertThat(e).hasMessageStartingWith("my-rules/outcomes.drl.csv:10:8: Sustained weeks");
    assertThat(Optional.of(e.problems().size())).contains(2);
  }

  private static List<String> problems(String text) {
    PolicyTableException e =
        catchThrowableOfType(PolicyTableException.class, () -> OutcomeTable.read(FILE, text));
    assertThat(e).as("the table should have been refused").isNotNull();
    return e.problems().stream().map(TableProblem::toString).toList();
  }
}
