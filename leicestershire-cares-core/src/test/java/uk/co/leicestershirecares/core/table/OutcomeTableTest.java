package uk.co.leicestershirecares.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uk.co.leicestershirecares.core.table.TableMistakes.mistake;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
  private static final Consumer<String> READ = text -> OutcomeTable.read(FILE, text);

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

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void eachMistakeIsRefused(String mistake, String edited, List<String> expected) {
    TableMistakes.assertRefusedWithExactly(READ, SHIPPED, edited, expected);
  }

  /**
   * Each mistake with the exact problems it must be reported as: one test, as every case edits
   * the shipped text and expects these problems and no others.
   */
  static Stream<Arguments> mistakes() {
    return Stream.of(
        // Drools read BOGUS as ENABLED and disabled rules; FILTER as AUTO-FOCUS and dropped a
        // condition.
        mistake("aHeaderKeywordDroolsWouldMatchOnItsFirstLetterIsReportedAtItsCell",
            SHIPPED.replace("METADATA,METADATA,CONDITION,ACTION",
                "METADATA,METADATA,FILTER,ACTION"),
            FILE + ":5:3: this header cell belongs to the developers and must read"
                + " \"CONDITION\", not \"FILTER\""),
        mistake("aBlankRowInsideTheTableIsReportedNotTheEndOfTheTable",
            SHIPPED.replace("OUTCOME.training,", ",,,,,,,,\nOUTCOME.training,"),
            FILE + ":12:0: a blank row inside the table: Drools would end the table here and"
                + " silently drop every row after it"),
        mistake("aRowWithTooFewCellsIsReported",
            SHIPPED.replace("OUTCOME.additional,001_cc2b091141c814b2.txt,ADDITIONAL,",
                "OUTCOME.additional,001_cc2b091141c814b2.txt ADDITIONAL,"),
            FILE + ":19:0: the row has 8 cells, the table 9: a stray quote or comma may have"
                + " shifted cells"),
        mistake("eachCellIsCheckedAgainstItsColumn",
            SHIPPED.replace("OUTCOME.employment,001_cc2b091141c814b2.txt,EMPLOYMENT,EMPLOYMENT,"
                + "yes,yes,TO,13 26,",
                "OUTCOME.employment,seed-1.txt,EMPLOYED,EMPLOYMENT,maybe,yes,NOW,26 13,"),
            FILE + ":9:2: Source document \"seed-1.txt\" is not one of 000_8df8b8bd680ae635.txt,"
                + " 001_cc2b091141c814b2.txt, 002_c056f95b4ed86a00.txt, 003_9514532cf5a5d25f.txt,"
                + " 004_8f1d1615dcf5d37d.txt, policy-decisions.md",
            FILE + ":9:3: Outcome type \"EMPLOYED\" is not one of " + String.join(", ",
                List.of(OutcomeType.values()).stream().map(Enum::name).toList())
                + " (separate several with commas)",
            FILE + ":9:5: Counts as ETE \"maybe\" is not yes or no",
            FILE + ":9:7: Stage evidenced \"NOW\" is not none or one of WITHIN, WITH, TO",
            FILE + ":9:8: Sustained weeks \"26 13\" must list each number of weeks once,"
                + " smallest first"),
        mistake("anEmptyCellIsReported",
            SHIPPED.replace("OUTCOME.progression,000_8df8b8bd680ae635.txt,PROGRESSION,"
                + "PROGRESSION,no,yes,none,",
                "OUTCOME.progression,000_8df8b8bd680ae635.txt,PROGRESSION,PROGRESSION,no,yes,,"),
            FILE + ":17:7: Stage evidenced is empty: every cell of a row needs a value"),
        mistake("aSentenceThatWouldBreakOutOfItsStringIsRefused",
            SHIPPED.replace("3 young people achieved additional outcomes.",
                "\"x\"\"); System.exit(1); (\"\"\""),
            FILE + ":19:9: Source sentence may not hold a double quote, a backslash, a dollar"
                + " sign or a line break"),
        mistake("ruleIdsAreUniqueAndWellFormed",
            SHIPPED.replace("OUTCOME.wellbeing,", "OUTCOME.housing-application,")
                .replace("OUTCOME.additional,", "OUTCOME.additional=1,"),
            FILE + ":16:1: rule id OUTCOME.housing-application is already used on row 15: each"
                + " row needs its own",
            FILE + ":19:1: Rule id \"OUTCOME.additional=1\" is not a rule id such as UP.age or"
                + " OUTCOME.job-search-support"),
        mistake("everyOutcomeTypeHasExactlyOneRow",
            SHIPPED.replace("\"EDUCATION_ENTERED, EDUCATION_RETAINED\"", "EDUCATION_ENTERED")
                .replace(",CAMPAIGNING,CAMPAIGNING,", ",EMPLOYMENT,CAMPAIGNING,"),
            FILE + ":18:3: outcome type EMPLOYMENT is already classified on row 9",
            FILE + ":0:0: no row classifies outcome type EDUCATION_RETAINED: add one, or add it"
                + " to a row's Outcome type cell",
            FILE + ":0:0: no row classifies outcome type CAMPAIGNING: add one, or add it to a"
                + " row's Outcome type cell"));
  }

  private static List<String> problems(String text) {
    return TableMistakes.problems(READ, text);
  }
}
