package uk.co.leicestershirecares.rules;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import uk.co.leicestershirecares.core.table.DecisionTable;
import uk.co.leicestershirecares.core.table.PolicyTableException;
import uk.co.leicestershirecares.core.table.PolicyTables;
import uk.co.leicestershirecares.core.table.TableProblem;

/**
 * Jazzer fuzz test of the table check, one method per policy table: whatever an analyst's table
 * holds, the check returns a table or problems at a row and column, never another exception; and
 * a table that passes the check compiles in Drools into exactly one rule per row. That is the promise
 * that makes table cells safe to hand to analysts.
 *
 * <p>A normal build replays the seeds under {@code
 * src/test/resources/uk/co/leicestershirecares/rules/TableCheckFuzzTestInputs/<method>/} (the
 * shipped tables, edited cells and the mistakes Drools lets through). To fuzz for longer:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl leicestershire-cares-rules -am test -Dtest=TableCheckFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class TableCheckFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void checkedTablesCompile(byte[] input) throws IOException {
    checkedTableCompiles("outcomes.drl.csv", input);
  }

  @FuzzTest(maxDuration = "2m")
  void checkedEligibilityTablesCompile(byte[] input) throws IOException {
    checkedTableCompiles("eligibility.drl.csv", input);
  }

  @FuzzTest(maxDuration = "1m")
  void checkedAnnualPlanTablesCompile(byte[] input) throws IOException {
    checkedTableCompiles("annual-plans.drl.csv", input);
  }

  @FuzzTest(maxDuration = "1m")
  void checkedCrisisTablesCompile(byte[] input) throws IOException {
    checkedTableCompiles("crises.drl.csv", input);
  }

  @FuzzTest(maxDuration = "1m")
  void checkedRecentActivityTablesCompile(byte[] input) throws IOException {
    checkedTableCompiles("recent-activity.drl.csv", input);
  }

  private static void checkedTableCompiles(String file, byte[] input) throws IOException {
    String text = new String(input, StandardCharsets.UTF_8);
    DecisionTable table;
    try {
      table = PolicyTables.check(file, text);
    } catch (PolicyTableException e) {
      for (TableProblem problem : e.problems()) {
        if (!problem.file().equals(file) || problem.message().isBlank()) {
          throw new AssertionError("a problem must name its file and say what is wrong: "
              + problem);
        }
      }
      return;
    }
    Path folder = Files.createTempDirectory("table-check-fuzz");
    try {
      Files.write(folder.resolve(file), input);
      RuleFolder.Result loaded = RuleFolder.load(folder);
      if (!loaded.isLoaded()) {
        throw new AssertionError("a table that passed the check did not compile: "
            + loaded.diagnostics());
      }
      long rules = loaded.policy().orElseThrow().ruleNames().stream()
          .filter(name -> name.startsWith(PolicyTables.ruleTableName(file) + "_")).count();
      if (rules != table.rows().size()) {
        throw new AssertionError(rules + " rules from " + table.rows().size() + " rows");
      }
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
