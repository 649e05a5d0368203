package uk.co.leicestershirecares.rules;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
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
    // The table alone, as Drools compiles it inside any folder: RuleFolder would compile the
    // shipped DRL with it, a cost every input would pay for nothing this test looks at.
    KieServices services = KieServices.get();
    ReleaseId id = services.newReleaseId("fuzz", "table-" + UUID.randomUUID(), "1");
    try {
      KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(id)
          .write("src/main/resources/uk/co/leicestershirecares/rules/" + file,
              table.text().getBytes(StandardCharsets.UTF_8));
      List<Message> errors = services.newKieBuilder(files)
          .buildAll(ExecutableModelProject.class).getResults().getMessages(Message.Level.ERROR);
      if (!errors.isEmpty()) {
        throw new AssertionError("a table that passed the check did not compile: " + errors);
      }
      long rules = services.newKieContainer(id).getKieBase().getKiePackages().stream()
          .flatMap(p -> p.getRules().stream())
          .filter(rule -> rule.getName().startsWith(PolicyTables.ruleTableName(file) + "_"))
          .count();
      if (rules != table.rows().size()) {
        throw new AssertionError(rules + " rules from " + table.rows().size() + " rows");
      }
    } finally {
      services.getRepository().removeKieModule(id);
    }
  }
}
