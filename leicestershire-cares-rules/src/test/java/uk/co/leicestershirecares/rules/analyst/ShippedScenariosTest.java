package uk.co.leicestershirecares.rules.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.DroolsPolicy;

/** The shipped scenarios (examples/scenarios) pass on both engines; an edited rule fails one. */
final class ShippedScenariosTest {
  static final Path SCENARIOS = Path.of("../examples/scenarios");

  static List<Scenario> scenarios;

  @BeforeAll
  static void read() throws IOException {
    scenarios = ScenarioReader.read(SCENARIOS);
  }

  @Test
  void everyShippedScenarioPassesOnTheShippedRules() {
    ScenarioRunner.Report report = ScenarioRunner.run(CaresRules.newBuilder().build(), scenarios);
    assertThat(report.failed()).as("%s", report).isZero();
    assertThat(report.summary()).isEqualTo(scenarios.size() + " passed, 0 failed");
  }

  @Test
  void everyShippedScenarioPassesOnTheReferencePolicy() {
    ScenarioRunner.Report report = ScenarioRunner.run(ReferencePolicy.withDefaults(), scenarios);
    assertThat(report.failed()).as("%s", report).isZero();
  }

  @Test
  void theShippedScenariosCoverEveryProgrammeAndEveryStage() {
    assertThat(scenarios.stream().flatMap(s -> s.expect().eligibility().keySet().stream()))
        .contains(ProgrammeCode.UP, ProgrammeCode.WIRE, ProgrammeCode.LEAVING_CARE,
            ProgrammeCode.CARE_LEAVER_MENTORING, ProgrammeCode.MIND_MATTERS,
            ProgrammeCode.TARGETED_YOUTH_WORK);
    assertThat(scenarios.stream().flatMap(s -> s.expect().stage().stream()).distinct())
        .hasSize(3);
    ScenarioRunner.Coverage coverage =
        ScenarioRunner.coverage(CaresRules.newBuilder().build(), scenarios);
    System.out.println("Shipped scenarios' coverage: " + coverage);
    assertThat(coverage.errors()).isEmpty();
    assertThat(coverage.fired()).isNotEmpty();
    assertThat(coverage.neverFired()).as("every shipped rule and table row is fired by a shipped"
        + " scenario").isEmpty();
  }

  @Test
  void raisingUpsUpperAgeFailsAScenarioWithAClearDiff(@TempDir Path folder) throws IOException {
    Path rules = ShippedRules.copyTo(folder.resolve("rules"));
    ShippedRules.edit(rules, ShippedRules.TABLE, ShippedRules.UP_BAND, ShippedRules.UP_BAND_18_TO_29);
    DroolsPolicy changed = CaresRules.newBuilder().load(rules).policy().orElseThrow();
    ScenarioRunner.Report report = ScenarioRunner.run(changed, scenarios);
    // Not printed: its "N passed, N failed" line would read like the build's own test summary.
    assertThat(report.failed()).isPositive();
    assertThat(report.summary()).isEqualTo(report.passed() + " passed, " + report.failed()
        + " failed");
    assertThat(report.failures()).anySatisfy(r -> {
      assertThat(r.scenario().origin()).isEqualTo("stages-and-outcomes.json[3]");
      assertThat(r.differences()).containsExactly(
          "UP: expected NOT_ELIGIBLE, got ELIGIBLE",
          "UP missing: expected UP.age, got none (ELIGIBLE)");
    });
    assertThat(report.toString()).endsWith(report.summary());
    ScenarioRunner.Coverage coverage = ScenarioRunner.coverage(changed, scenarios);
    assertThat(coverage.rules()).isEqualTo(CaresRules.newBuilder().build().ruleNames());
  }
}
