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
    Path record = Files2.copy("record.json", dir);
    assertBadInput(Run.of("assess", "--record", record.toString(), "--as-of", "25/11/2026"),
        "'25/11/2026' is not a date written yyyy-MM-dd");
  }

  @Test
  void badFormat() {
    Path record = Files2.copy("record.json", dir);
    assertBadInput(Run.of("assess", "--record", record.toString(), "--format", "yaml"),
        "--format");
    assertBadInput(Run.of("assess", "--record", record.toString(), "--format", "csv"),
        "--format must be text or json");
  }

  @Test
  void unknownProgramme() {
    Path record = Files2.copy("record.json", dir);
    assertBadInput(Run.of("explain", "--record", record.toString(), "--programme", "FOOTBALL"),
        "unknown programme 'FOOTBALL'; the programmes are ", "LEAVING_CARE");
    assertBadInput(Run.of("explain", "--record", record.toString(), "--programme", "up?"),
        "unknown programme 'up?'");
  }

  @Test
  void missingOptionAndUnknownCommand() {
    assertBadInput(Run.of("assess"), "--record");
    assertBadInput(Run.of("asses"), "asses");
    assertBadInput(Run.of(), "a command is needed");
  }

  @Test
  void missingRulesFolder() {
    Path record = Files2.copy("record.json", dir);
    assertBadInput(Run.of("assess", "--record", record.toString(), "--rules",
        dir.resolve("no-rules").toString()), "no-rules: no such folder");
  }
}
