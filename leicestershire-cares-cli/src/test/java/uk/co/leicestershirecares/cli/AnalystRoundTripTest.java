package uk.co.leicestershirecares.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.leicestershirecares.rules.ShippedRules;

/**
 * The analyst's round trip of the README: copy the shipped rules to a folder, change UP's upper
 * age, {@code check}, {@code test} (a shipped scenario now fails, with a clear diff), {@code
 * assess --rules} shows the new answer; and what {@code check} says of a syntax error and of a
 * forbidden import.
 */
final class AnalystRoundTripTest {
  private static final Path SCENARIOS = Path.of("..", "examples", "scenarios");
  private static final String TABLE = "eligibility.drl.csv";
  private static final String UP_BAND = "UP,always,18 to 25,";
  private static final String UP_BAND_TO_29 = "UP,always,18 to 29,";

  @TempDir Path dir;

  /** Runs {@code watch} beside the test; stopped after each test, even one that failed. */
  private final ExecutorService background = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopWatching() {
    background.shutdownNow();
  }

  // Through the workbench's own init, as the README's round trip does.
  private Path shippedRules() {
    Path rules = dir.resolve("rules");
    Run init = Run.of("init", rules.toString());
    assertThat(init.exitCode).as(init.toString()).isZero();
    return rules;
  }

  // A developer's folder: the shipped DRL too, loaded only with --allow-rule-code.
  private Path shippedRulesWithCode() {
    Path rules = dir.resolve("rules-with-code");
    Run init = Run.of("init", rules.toString(), "--with-rule-code");
    assertThat(init.exitCode).as(init.toString()).isZero();
    return rules;
  }

  @Test
  void initCopiesTheShippedTablesAndNeverOverwrites() throws IOException {
    Path rules = shippedRules();
    try (java.util.stream.Stream<Path> files = Files.list(rules)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactlyElementsOf(ShippedRules.tables());
    }
    for (String name : ShippedRules.tables()) {
      assertThat(Files.readString(rules.resolve(name))).isEqualTo(ShippedRules.text(name));
    }
    Files.writeString(rules.resolve("outcomes.drl.csv"), "// my edit");

    Run again = Run.of("init", rules.toString());

    assertThat(again.exitCode).isEqualTo(2);
    assertThat(again.err).contains(rules + ": not a new or empty folder");
    assertThat(Files.readString(rules.resolve("outcomes.drl.csv"))).isEqualTo("// my edit");
  }

  @Test
  void initWithRuleCodeCopiesEveryShippedFileAndTheCodeLoadsOnlyByConsent() throws IOException {
    Path rules = shippedRulesWithCode();
    for (String name : ShippedRules.files()) {
      assertThat(Files.readString(rules.resolve(name))).isEqualTo(ShippedRules.text(name));
    }

    Run refused = Run.of("check", rules.toString());
    Run allowed = Run.of("check", rules.toString(), "--allow-rule-code");

    assertThat(refused.exitCode).as(refused.toString()).isEqualTo(1);
    assertThat(refused.err).contains("stage.drl: rule code (a .drl file) is not loaded unless"
        + " it is allowed (--allow-rule-code").doesNotContain("\tat ", "Exception");
    assertThat(allowed.exitCode).as(allowed.toString()).isZero();
  }

  @Test
  void coverageNamesTheTableRowsNoScenarioFired() {
    Path rules = shippedRules();

    Run coverage = Run.of("coverage", rules.toString(),
        "--scenarios", SCENARIOS.resolve("care-experienced.json").toString());

    assertThat(coverage.exitCode).as(coverage.toString()).isZero();
    assertThat(coverage.out).contains("  outcomes.drl.csv:9\n", "  outcomes.drl.csv:19\n");
  }

  @Test
  void explainShowsTheRulesATableGenerates() throws IOException {
    Path rules = shippedRules();

    Run explain = Run.of("explain", "--table", rules.resolve("outcomes.drl.csv").toString());

    assertThat(explain.exitCode).as(explain.toString()).isZero();
    assertThat(explain.out).contains("// rule values at A9,", "rule \"Outcomes_9\"",
        "@ruleId(OUTCOME.employment)", "$e : OutcomeEvent(type == OutcomeType.EMPLOYMENT)");

    edit(rules.resolve("outcomes.drl.csv"), ",TO,13 26,", ",TO,13 26 13,");
    Run broken = Run.of("explain", "--table", rules.resolve("outcomes.drl.csv").toString());
    assertThat(broken.exitCode).isEqualTo(1);
    assertThat(broken.err).contains("outcomes.drl.csv:9:8: Sustained weeks \"13 26 13\"");

    Run both = Run.of("explain", "--table", rules.resolve("outcomes.drl.csv").toString(),
        "--programme", "UP");
    assertThat(both.exitCode).isEqualTo(2);
  }

  @Test
  void aTableMistakeIsAFailedCheckAtItsCell() throws IOException {
    Path rules = shippedRules();
    edit(rules.resolve("outcomes.drl.csv"), "OUTCOME.wellbeing,000_8df8b8bd680ae635.txt,WELLBEING,",
        "OUTCOME.wellbeing,000_8df8b8bd680ae635.txt,WELLNESS,");

    Run check = Run.of("check", rules.toString());

    assertThat(check.exitCode).as(check.toString()).isEqualTo(1);
    assertThat(check.err)
        .contains("outcomes.drl.csv:16:3: Outcome type \"WELLNESS\" is not one of");
  }

  // The policy-tables issue's "done when": each change below is table cells alone, shown by
  // check, test and assess.

  @Test
  void aCircumstanceAddedToAProgrammesListIsACellEdit() throws IOException {
    Path rules = shippedRules();
    edit(rules.resolve(TABLE), "\"CONVICTION, AT_RISK_OF_OFFENDING\"",
        "\"CONVICTION, AT_RISK_OF_OFFENDING, NEET\"");
    Path record = Files2.write(dir.resolve("neet.json"), "{\"id\": \"P-NEET\","
        + " \"dateOfBirth\": \"2004-06-15\", \"homeArea\": \"LEICESTERSHIRE\","
        + " \"circumstances\": [{\"type\": \"NEET\", \"from\": \"2026-01-01\"}]}");

    checksAndRunsTheScenarios(rules);
    Answers answers = answersOn25November2026(record, rules);

    assertThat(answers.shipped().out).contains("  UP: NOT_ELIGIBLE");
    assertThat(answers.changed().out).contains("  UP: ELIGIBLE",
        "Has not being in education, employment or training on 2026-11-25.  [UP.offending]");
  }

  @Test
  void aNewPlanYearWithItsOwnPriorityGroupsIsARow() throws IOException {
    Path rules = shippedRules();
    Path plans = rules.resolve("annual-plans.drl.csv");
    Files.writeString(plans, Files.readString(plans) + "PLAN.2026-27,policy-decisions.md,"
        + "TARGETED_YOUTH_WORK,2026/27,2026-09-01,15 to 24,the plan,\"parents: PARENT\","
        + "prioritised,A plan the trustees adopt in September for parents aged 15 to 24.\n");
    Path record = Files2.write(dir.resolve("parent.json"), "{\"id\": \"P-PARENT\","
        + " \"dateOfBirth\": \"2006-06-15\", \"homeArea\": \"RUTLAND\","
        + " \"circumstances\": [{\"type\": \"PARENT\", \"from\": \"2025-01-01\"}]}");

    checksAndRunsTheScenarios(rules);
    Run before = assess(record, "2026-08-31", rules);
    Run after = assess(record, "2026-09-01", rules);

    // The 2024/25 plan prioritises its groups and turns no one away: eligible, not a priority.
    assertThat(before.out).contains("  TARGETED_YOUTH_WORK: ELIGIBLE\n",
        "The 2024/25 annual plan is in force on 2026-08-31 (from 2024-04-01).",
        "In none of the priority groups of the 2024/25 annual plan");
    assertThat(after.out).contains("  TARGETED_YOUTH_WORK: ELIGIBLE (priority)",
        "The 2026/27 annual plan is in force on 2026-09-01 (from 2026-09-01).",
        "In the priority groups of the 2026/27 annual plan: parents.");
  }

  @Test
  void anOutcomeTypeCountedAsEteIsACell() throws IOException {
    Path rules = shippedRules();
    edit(rules.resolve("outcomes.drl.csv"),
        "JOB_SEARCH_SUPPORT,JOB_SEARCH_SUPPORT,no,no,", "JOB_SEARCH_SUPPORT,JOB_SEARCH_SUPPORT,yes,no,");
    Path record = Files2.write(dir.resolve("job-search.json"), "{\"id\": \"P-JS\","
        + " \"dateOfBirth\": \"2004-06-15\", \"homeArea\": \"LEICESTER_CITY\","
        + " \"outcomes\": [{\"id\": \"O-1\", \"type\": \"JOB_SEARCH_SUPPORT\","
        + " \"date\": \"2026-10-01\"}]}");

    checksAndRunsTheScenarios(rules);
    Answers answers = answersOn25November2026(record, rules);

    assertThat(answers.shipped().out).contains("    O-1: JOB_SEARCH_SUPPORT, soft");
    assertThat(answers.changed().out).contains("    O-1: JOB_SEARCH_SUPPORT, ETE, soft");
  }

  // The folder checks clean, and its scenario run ends with the summary line (a scenario may
  // fail: the edit changes an answer some scenario expects).
  private static void checksAndRunsTheScenarios(Path rules) {
    assertThat(Run.of("check", rules.toString()).exitCode).isZero();
    Run test = Run.of("test", rules.toString(), "--scenarios", SCENARIOS.toString());
    assertThat(test.out).containsPattern("(?m)^\\d+ passed, \\d+ failed$");
  }

  /**
   * {@code assess} of {@code record} on {@code day}, with the shipped rules if {@code rules} is
   * the empty path.
   */
  private static Run assess(Path record, String day, Path rules) {
    return rules.toString().isEmpty()
        ? Run.of("assess", "--record", record.toString(), "--as-of", day)
        : Run.of("assess", "--record", record.toString(), "--as-of", day,
            "--rules", rules.toString());
  }

  /** What {@code assess} says of one record with the shipped rules and with the edited folder. */
  private record Answers(Run shipped, Run changed) {}

  /** The shipped and the edited folder's answers for {@code record} on 25 November 2026. */
  private static Answers answersOn25November2026(Path record, Path rules) {
    return new Answers(assess(record, "2026-11-25", Path.of("")),
        assess(record, "2026-11-25", rules));
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  @Test
  void shippedRulesCheckCleanAndPassTheShippedScenarios() {
    Path rules = shippedRules();
    Run check = Run.of("check", rules.toString());
    assertThat(check.exitCode).as(check.toString()).isZero();

    Run test = Run.of("test", rules.toString(), "--scenarios", SCENARIOS.toString());
    assertThat(test.exitCode).as(test.toString()).isZero();
    assertThat(test.out).containsPattern("(?m)^\\d+ passed, 0 failed$");

    Run coverage = Run.of("coverage", rules.toString(), "--scenarios", SCENARIOS.toString());
    assertThat(coverage.exitCode).as(coverage.toString()).isZero();
    assertThat(coverage.out).containsPattern("\\d+ of \\d+ rules fired; never fired: \\d+");
  }

  @Test
  void raisingUpsUpperAgeFailsAScenarioWithADiffAndChangesTheAnswer() throws IOException {
    Path rules = shippedRules();
    edit(rules.resolve(TABLE), UP_BAND, UP_BAND_TO_29);

    assertThat(Run.of("check", rules.toString()).exitCode).isZero();

    Run test = Run.of("test", rules.toString(), "--scenarios", SCENARIOS.toString());
    assertThat(test.exitCode).as(test.toString()).isEqualTo(1);
    assertThat(test.out)
        .contains("UP: expected NOT_ELIGIBLE, got ELIGIBLE")
        .containsPattern("(?m)^\\d+ passed, [1-9]\\d* failed$");

    Path record = Files2.write(dir.resolve("p26.json"), "{\"id\": \"P-26\","
        + " \"dateOfBirth\": \"2000-06-15\", \"homeArea\": \"LEICESTER_CITY\","
        + " \"circumstances\": [{\"type\": \"CONVICTION\", \"from\": \"2022-01-01\"}]}");
    Answers answers = answersOn25November2026(record, rules);
    assertThat(answers.shipped().out).contains("  UP: NOT_ELIGIBLE");
    assertThat(answers.changed().out).contains("  UP: ELIGIBLE", "within UP's age band 18–29");
  }

  /** Runs check on a folder that allows rule code and asserts it refuses the folder. */
  private static Run refusedCheck(Path rules) {
    Run check = Run.of("check", rules.toString(), "--allow-rule-code");
    assertThat(check.exitCode).as(check.toString()).isEqualTo(1);
    return check;
  }

  @Test
  void checkReportsASyntaxErrorWithFileLineAndColumn() throws IOException {
    Path rules = shippedRulesWithCode();
    Path wire = rules.resolve("wire.drl");
    Files.writeString(wire, Files.readString(wire)
        + "\nrule \"Broken\"\nwhen\n  this is not ( DRL\nthen\nend\n");

    assertThat(refusedCheck(rules).err).containsPattern("(?m)^wire\\.drl:\\d+:\\d+: ")
        .doesNotContain("\tat ");
  }

  @Test
  void checkRejectsAForbiddenImport() throws IOException {
    Path rules = shippedRulesWithCode();
    edit(rules.resolve("eligibility.drl"), "import java.time.LocalDate;",
        "import java.time.LocalDate;\nimport java.io.File;");

    assertThat(refusedCheck(rules).err).containsPattern("(?m)^eligibility\\.drl:\\d+:\\d+: import java\\.io\\.File is not allowed")
        .contains("not allowed)");
  }

  @Test
  void watchChecksTheFolderAgainWhenARuleFileChanges() throws Exception {
    Path rules = shippedRulesWithCode();
    Future<Run> watching = watchTwice(rules, new StringWriter());
    // Break a rule file, then keep touching it (a comment each time) until the watcher has
    // made its two checks: whichever state the first check saw, the second sees the break.
    Path up = rules.resolve("wire.drl");
    Files.writeString(up, Files.readString(up)
        + "\nrule \"Broken\"\nwhen\n  this is not ( DRL\nthen\nend\n");
    for (int edit = 0; !watching.isDone() && edit < 600; edit++) {
      Files.writeString(up, Files.readString(up) + "\n// edit " + edit + "\n");
      Thread.sleep(200);
    }
    Run run = watching.get(2, TimeUnit.MINUTES);
    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.out).containsPattern("(?m)^wire\\.drl:\\d+:\\d+: ")
        .contains("waiting for a change");
  }

  @Test
  void watchPrintsWhyALoadWasRefusedAndKeepsTheRulesInService() throws Exception {
    Path rules = shippedRules();
    StringWriter out = new StringWriter();
    Future<Run> watching = watchTwice(rules, out);
    // Once the first load is in, add a rule that inserts forever: it compiles and lints, and
    // the probe records stop it at the firing cap.
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (!out.toString().contains("OK, version 1") && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    Files.writeString(rules.resolve("runaway.drl"), "package uk.co.leicestershirecares.rules;\n"
        + "import uk.co.leicestershirecares.rules.facts.AsOf;\n"
        + "declare Tick\n  n : int\nend\n"
        + "rule \"Runaway.seed\"\nwhen\n  AsOf()\nthen\n  insert( new Tick( 0 ) );\nend\n"
        + "rule \"Runaway.insert\"\nwhen\n  Tick( $n : n )\nthen\n"
        + "  insert( new Tick( $n + 1 ) );\nend\n");
    Run run = watching.get(3, TimeUnit.MINUTES);
    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.out).contains("OK, version 1")
        .containsPattern("(?m)^: rule \"Runaway\\.insert\": the rules fired more than 10000"
            + " times")
        .contains("still serving version 1; waiting for a change");
  }

  /**
   * Starts {@code watch} on {@code rules}, rule code allowed, polling fast and stopping after two
   * checks; its standard output goes to {@code out}, readable while it runs.
   */
  private Future<Run> watchTwice(Path rules, StringWriter out) {
    return background.submit(() -> Run.live(out, "watch", rules.toString(), "--interval", "0.05",
        "--quiet", "0.1", "--checks", "2", "--allow-rule-code"));
  }

  @Test
  void badScenarioFilesAreBadInput() {
    Path rules = shippedRules();
    Path scenario = Files2.write(dir.resolve("bad.json"),
        "{\"asOf\": \"2026-11-25\", \"record\": {\"id\": \"P-1\", \"homeArea\": \"NOWHERE\"}}");
    Run test = Run.of("test", rules.toString(), "--scenarios", scenario.toString());
    assertThat(test.exitCode).as(test.toString()).isEqualTo(2);
    assertThat(test.err).contains("bad.json").contains("homeArea").doesNotContain("\tat ");
  }
}
