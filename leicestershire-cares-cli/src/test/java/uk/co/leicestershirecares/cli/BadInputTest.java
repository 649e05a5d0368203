package uk.co.leicestershirecares.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad usage and bad input: exit code 2 and one plain-English line, never a stack trace. */
class BadInputTest {
  @TempDir Path dir;

  private Path withRecord(String from, String to) throws Exception {
    Path good = Files2.copy("record.json", dir);
    String text = Files.readString(good);
    assertThat(text).contains(from);
    return Files2.write(dir.resolve("bad.json"), text.replace(from, to));
  }

  private static void assertBadInput(Run run, String... phrases) {
    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).startsWith("error: ").contains(phrases)
        .doesNotContain("Exception", "\tat ", "2005-03-04", "ROUGH_SLEEPING");
  }

  /** Runs {@code command} on a good record with one bad option value, which must be refused. */
  private void assertBadOption(String command, String option, String value, String... phrases) {
    Path record = Files2.copy("record.json", dir);
    assertBadInput(Run.of(command, "--record", record.toString(), option, value), phrases);
  }

  @Test
  void badJson() throws Exception {
    Path bad = withRecord("\"homeArea\": \"LEICESTER_CITY\",", "\"homeArea\": \"LEICESTER_CITY\"");
    assertBadInput(Run.of("assess", "--record", bad.toString()), "bad.json: ");
  }

  @Test
  void unknownEnumValue() throws Exception {
    Path bad = withRecord("\"LEICESTER_CITY\"", "\"LEICESTER\"");
    assertBadInput(Run.of("assess", "--record", bad.toString()), "bad.json: ", "$.homeArea",
        "LEICESTER");
  }

  @Test
  void unknownField() throws Exception {
    Path bad = withRecord("{ \"type\": \"CONVICTION\",", "{ \"colour\": \"red\", \"type\": \"CONVICTION\",");
    assertBadInput(Run.of("assess", "--record", bad.toString()),
        "error: " + bad + ": unknown field 'colour' at $.circumstances[0]");
  }

  @Test
  void missingFile() {
    Path missing = dir.resolve("nowhere.json");
    assertBadInput(Run.of("assess", "--record", missing.toString()),
        "error: " + missing + ": no such file");
  }

  @Test
  void badDate() {
    assertBadOption("assess", "--as-of", "25/11/2026",
        "'25/11/2026' is not a date written yyyy-MM-dd");
  }

  @Test
  void badFormat() {
    assertBadOption("assess", "--format", "yaml", "--format");
    assertBadOption("assess", "--format", "csv", "--format must be text or json");
  }

  @Test
  void unknownProgramme() {
    assertBadOption("explain", "--programme", "FOOTBALL",
        "unknown programme 'FOOTBALL'; the programmes are ", "LEAVING_CARE");
    assertBadOption("explain", "--programme", "up?", "unknown programme 'up?'");
  }

  @Test
  void missingOptionAndUnknownCommand() {
    assertBadInput(Run.of("assess"), "--record");
    assertBadInput(Run.of("asses"), "asses");
    assertBadInput(Run.of(), "a command is needed");
  }

  /** A misspelt command or option gets the nearest one, on the one error line. */
  @Test
  void unknownCommandOrOptionSuggestsTheNearest() {
    Run run = Run.of("asess", "--record", "record.json");
    assertBadInput(run, "error: unknown command 'asess'; did you mean 'assess'?");
    assertThat(run.err.lines()).containsExactly(
        "error: unknown command 'asess'; did you mean 'assess'?",
        "Try 'leicestershire-cares --help' for more.");

    assertBadInput(Run.of("reprot"), "error: unknown command 'reprot'; did you mean 'report'?");
    assertBadInput(Run.of("assess", "--record", "record.json", "--as-fo", "2026-11-25"),
        "error: unknown option '--as-fo'; did you mean '--as-of'?");
    assertThat(Run.of("zzzzzz").err).startsWith("error: unknown command 'zzzzzz'")
        .doesNotContain("did you mean");
  }

  /** What the user typed is echoed with its control characters escaped: one line, no colours. */
  @Test
  void unknownCommandIsEchoedWithoutControlCharacters() {
    Run run = Run.of("as\u001b[31mess\nX\u202e");
    assertBadInput(run, "error: unknown command 'as\\u001b[31mess\\u000aX\\u202e'");
    assertThat(run.err.lines()).hasSize(2);
    assertThat(run.err).doesNotContain("\u001b", "\u202e");
  }

  @Test
  void missingRulesFolder() {
    assertBadOption("assess", "--rules", dir.resolve("no-rules").toString(),
        "no-rules: no such folder");
  }
}
