package uk.co.leicestershirecares.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.leicestershirecares.rules.ShippedRules;

class RulesAndExplainTest {
  @TempDir Path dir;

  private Path shippedRules() {
    return ShippedRules.copyTablesTo(dir.resolve("rules"));
  }

  @Test
  void aRuleFolderThatDoesNotCompileIsAFailedCheck() throws Exception {
    Path rules = ShippedRules.copyTo(dir.resolve("rules"));
    Path up = rules.resolve("wire.drl");
    Files.writeString(up, Files.readString(up) + "\nrule \"Broken\"\nwhen\n  this is not ( DRL\nthen\nend\n");

    Run run = Run.of("assess", "--record", Files2.copy("record.json", dir).toString(),
        "--as-of", "2026-11-25", "--rules", rules.toString(), "--allow-rule-code");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).containsPattern("(?m)^wire\\.drl:\\d+:\\d+: ")
        .contains("error: the rules in " + rules + " were not loaded")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void ruleCodeInAFolderIsRefusedWithoutConsentByEveryCommandThatTakesOne() throws Exception {
    Path rules = ShippedRules.copyTo(dir.resolve("rules"));
    String record = Files2.copy("record.json", dir).toString();
    String scenarios = Files2.write(dir.resolve("s.json"), "[]").toString();

    for (String[] command : new String[][] {
        {"assess", "--record", record, "--rules", rules.toString()},
        {"explain", "--record", record, "--programme", "UP", "--rules", rules.toString()},
        {"report", "--data", Files2.copy("leaving-care-2023-24-q1.json", dir).toString(),
            "--quarter", "2023/24-Q1", "--programme", "LEAVING_CARE", "--rules",
            rules.toString()},
        {"test", rules.toString(), "--scenarios", scenarios},
        {"coverage", rules.toString(), "--scenarios", scenarios},
        {"check", rules.toString()},
        {"watch", rules.toString(), "--checks", "1", "--quiet", "0"}}) {
      Run refused = Run.of(command);
      assertThat(refused.exitCode).as(refused.toString()).isEqualTo(1);
      assertThat(refused.out + refused.err).as(command[0])
          .contains("wire.drl: rule code (a .drl file) is not loaded unless it is allowed")
          .doesNotContain("Exception", "\tat ");
      String[] allowed = java.util.Arrays.copyOf(command, command.length + 1);
      allowed[command.length] = "--allow-rule-code";
      Run run = Run.of(allowed);
      assertThat(run.out + run.err).as(command[0]).doesNotContain("rule code (a .drl file)");
    }
  }

  @Test
  void aRuleFolderThatCompilesGivesItsAnswers() {
    Path record = Files2.copy("record.json", dir);
    Run shipped = Run.of("assess", "--record", record.toString(), "--as-of", "2026-11-25");
    Run folder = Run.of("assess", "--record", record.toString(), "--as-of", "2026-11-25",
        "--rules", shippedRules().toString());
    Run explained = Run.of("explain", "--record", record.toString(), "--as-of", "2026-11-25",
        "--programme", "WIRE", "--rules", dir.resolve("rules").toString());

    assertThat(folder.exitCode).as(folder.toString()).isZero();
    assertThat(folder.err).isEmpty();
    assertThat(folder.out).isEqualTo(shipped.out);
    assertThat(explained.exitCode).as(explained.toString()).isZero();
    assertThat(explained.out).contains("[WIRE.progression-from-UP]", "  WIRE: ELIGIBLE\n");
  }

  @Test
  void explainListsTheRulesFiredForOneProgramme() {
    Run run = Run.of("explain", "--record", Files2.copy("record.json", dir).toString(),
        "--programme", "UP", "--as-of", "2026-11-25");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out)
        .startsWith("P-0001 on 2026-11-25: UP\nRules fired for UP, in order:\n  1. [UP.")
        .contains("[UP.age]", "[UP.offending]", "[UP.area]", "     source: ",
            "Decision:\n  UP: ELIGIBLE\n",
            "Source sentences:\n  000_8df8b8bd680ae635.txt: \"This year, the charity launched the"
                + " Unlocking Potential Project")
        .doesNotContain("[WIRE.", "[STAGE.");
  }

  @Test
  void explainTakesOneRecord() throws Exception {
    String one = Files.readString(Files2.copy("record.json", dir));
    Path two = Files2.write(dir.resolve("two.json"), "[" + one + "," + one.replace("P-0001", "P-0002") + "]");

    Run run = Run.of("explain", "--record", two.toString(), "--programme", "UP");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("holds 2 records; this command takes one");
  }
}
