package uk.co.leicestershirecares.rules.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.outcome.OutcomeCategory;
import uk.co.leicestershirecares.core.outcome.OutcomeId;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.stage.Stage;

/** Reading scenario files: the format, and errors that name the file and the JSON path. */
final class ScenarioReaderTest {
  private static final String RECORD = "{ \"id\": \"P-1\", \"dateOfBirth\": \"2000-01-01\","
      + " \"homeArea\": \"LEICESTER_CITY\" }";

  @Test
  void readsOneScenarioWithEveryPartOfTheExpectation() {
    Scenario scenario = ScenarioReader.read("s.json", "{ \"name\": \"n\", \"asOf\": \"2026-11-25\","
        + " \"record\": " + RECORD + ", \"expect\": { \"stage\": \"WITHIN\", \"employmentPathway\":"
        + " \"OPEN\", \"eligibility\": { \"UP\": \"NOT_ELIGIBLE\" }, \"missing\": { \"UP\":"
        + " [\"UP.age\", \"UP.offending\"] }, \"outcomes\": { \"O-9\": { \"category\": \"TRAINING\","
        + " \"ete\": true } } } }").get(0);
    assertThat(scenario.name()).isEqualTo("n");
    assertThat(scenario.origin()).isEqualTo("s.json");
    assertThat(scenario.asOf()).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(scenario.expect().stage()).contains(Stage.WITHIN);
    assertThat(scenario.expect().eligibility())
        .containsEntry(ProgrammeCode.UP, EligibilityOutcome.NOT_ELIGIBLE);
    assertThat(scenario.expect().missing().get(ProgrammeCode.UP))
        .containsExactly("UP.age", "UP.offending");
    assertThat(scenario.expect().outcomes().get(OutcomeId.of("O-9")).category())
        .contains(OutcomeCategory.TRAINING);
    assertThat(scenario.expect().outcomes().get(OutcomeId.of("O-9")).hard()).isEmpty();
  }

  @Test
  void aListGivesEachScenarioItsIndexAndANameByDefault() {
    List<Scenario> scenarios = ScenarioReader.read("l.json", "[ { \"asOf\": \"2026-11-25\","
        + " \"record\": " + RECORD + " }, { \"asOf\": \"2026-11-26\", \"record\": " + RECORD
        + " } ]");
    assertThat(scenarios).extracting(Scenario::origin).containsExactly("l.json[0]", "l.json[1]");
    assertThat(scenarios.get(1).name()).isEqualTo("l.json[1]");
    assertThat(ScenarioRunner.run(ReferencePolicy.withDefaults(), scenarios).summary())
        .isEqualTo("2 passed, 0 failed");
  }

  @Test
  void errorsNameTheFileAndTheJsonPath() {
    assertError("[ { \"asOf\": \"2026-11-25\", \"record\": " + RECORD + ", \"expct\": {} } ]",
        "$[0].expct", "x.json: unknown field 'expct' at $[0]");
    assertError("{ \"record\": " + RECORD + " }", "$.asOf",
        "x.json: missing required field 'asOf' at $");
    assertError("{ \"asOf\": \"2026-02-30\", \"record\": " + RECORD + " }", "$.asOf",
        "x.json: expected a date written yyyy-MM-dd at $.asOf");
    assertError("{ \"asOf\": \"2026-11-25\", \"record\": { \"id\": \"P-1\", \"homeArea\":"
        + " \"Leicester\" } }", "$.record.homeArea", "x.json: 'Leicester' at $.record.homeArea");
    assertError("{ \"asOf\": \"2026-11-25\", \"record\": " + RECORD + ", \"expect\": {"
        + " \"eligibility\": { \"UP\": \"YES\" } } }", "$.expect.eligibility.UP",
        "x.json: 'YES' is not allowed at $.expect.eligibility.UP (allowed: ELIGIBLE,");
    assertError("{ \"asOf\": \"2026-11-25\", \n \"record\": ", "$",
        "x.json: not valid JSON at line 2");
  }

  @Test
  void readsAFolderOfJsonFilesInNameOrder(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("b.json"), "{ \"asOf\": \"2026-11-25\", \"record\": "
        + RECORD + " }");
    Files.writeString(folder.resolve("a.json"), "[]");
    Files.writeString(folder.resolve("notes.txt"), "not a scenario");
    assertThat(ScenarioReader.read(folder)).extracting(Scenario::origin).containsExactly("b.json");
    Path empty = Files.createDirectory(folder.resolve("empty"));
    assertThatThrownBy(() -> ScenarioReader.read(empty))
        .isInstanceOf(ScenarioFormatException.class).hasMessageContaining("no .json");
  }

  @Test
  void aScenarioCanBeAskedUnderItsOwnSettings() {
    String completer = "{ \"id\": \"P-2\", \"dateOfBirth\": \"2005-05-05\", \"homeArea\":"
        + " \"RUTLAND\", \"circumstances\": [ { \"type\": \"AT_RISK_OF_OFFENDING\", \"from\":"
        + " \"2024-01-10\" } ], \"enrolments\": [ { \"programme\": \"UP\", \"status\":"
        + " \"COMPLETED\", \"from\": \"2025-01-10\", \"to\": \"2025-09-30\" } ] }";
    List<Scenario> scenarios = ScenarioReader.read("s.json", "[ { \"asOf\": \"2026-11-25\","
        + " \"record\": " + completer + ", \"expect\": { \"eligibility\": { \"WIRE\":"
        + " \"ELIGIBLE\" } } }, { \"asOf\": \"2026-11-25\", \"settings\": {"
        + " \"upCompletersNeedConviction\": true, \"addProgrammes\": [\"FOOTBALL\"] },"
        + " \"record\": " + completer + ", \"expect\": { \"eligibility\": { \"WIRE\":"
        + " \"NOT_ELIGIBLE\", \"FOOTBALL\": \"NEEDS_INFORMATION\" } } } ]");

    assertThat(scenarios.get(0).settings().isNone()).isTrue();
    Scenario.Settings settings = scenarios.get(1).settings();
    assertThat(settings.upCompletersNeedConviction()).contains(true);
    assertThat(settings.addedProgrammes()).containsExactly(ProgrammeCode.of("FOOTBALL"));
    assertThat(ScenarioRunner.run(ReferencePolicy.withDefaults(), scenarios).summary())
        .as("the same record, eligible by default and not under the scenario's settings")
        .isEqualTo("2 passed, 0 failed");
  }

  @Test
  void settingsErrorsNameTheJsonPath() {
    assertError("{ \"asOf\": \"2026-11-25\", \"record\": " + RECORD + ", \"settings\": {"
        + " \"recentWeeks\": 4 } }", "$.settings.recentWeeks",
        "x.json: unknown field 'recentWeeks' at $.settings");
    assertError("{ \"asOf\": \"2026-11-25\", \"record\": " + RECORD + ", \"settings\": {"
        + " \"addProgrammes\": [\"football\"] } }", "$.settings.addProgrammes[0]",
        "x.json: 'football' is not a programme code");
  }

  private static void assertError(String json, String path, String message) {
    assertThatThrownBy(() -> ScenarioReader.read("x.json", json))
        .isInstanceOfSatisfying(ScenarioFormatException.class, e -> {
          assertThat(e.file()).isEqualTo("x.json");
          assertThat(e.field()).isEqualTo(path);
          assertThat(e.getMessage()).startsWith(message);
        });
  }
}
