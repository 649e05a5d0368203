package uk.co.leicestershirecares.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.stage.Stage;
import uk.co.leicestershirecares.report.QuarterlyReport;
import uk.co.leicestershirecares.report.ReportDataSet;
import uk.co.leicestershirecares.report.ReportGenerator;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.RuleFolder;

/** The benchmarks' inputs are what their Javadoc says, so the numbers mean what README says. */
class FixturesTest {
  @Test
  void thePopulationIsTheSameEveryRunAndMixed() {
    assertThat(Population.of(300)).isEqualTo(Population.of(300));
    assertThat(Population.of(10)).isEqualTo(Population.of(300).subList(0, 10));

    var assessments = ReferencePolicy.withDefaults().assessAll(Population.of(300), Population.AS_OF);
    // Every stage occurs, and some young people are eligible for something and some are not.
    assertThat(assessments).extracting(Assessment::stage).contains(Stage.values());
    assertThat(assessments).flatExtracting(Assessment::eligibility)
        .extracting(d -> d.outcome())
        .contains(EligibilityOutcome.ELIGIBLE, EligibilityOutcome.NOT_ELIGIBLE);
    assertThat(assessments).flatExtracting(Assessment::outcomes).isNotEmpty();
  }

  @Test
  void populationRejectsAnEmptySize() {
    assertThatThrownBy(() -> Population.of(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  @Test
  void reportDataCountsEveryEventInTheQuarter() {
    ReportDataSet data = ReportData.withEvents(2000);
    assertThat(data.participants()).hasSize(100);
    long attendances = data.participants().stream().mapToLong(p -> p.attendances().size()).sum();
    long outcomes = data.participants().stream().mapToLong(p -> p.outcomes().size()).sum();
    assertThat(attendances + outcomes + data.sessions().size()).isEqualTo(2000);

    QuarterlyReport report = ReportGenerator.withReferencePolicy()
        .quarterly(data, ReportData.PROGRAMME, ReportData.QUARTER);
    assertThat(report.count(QuarterlyReport.ATTENDANCES)).isEqualTo(attendances);
    assertThat(report.count(QuarterlyReport.SESSIONS_DELIVERED)).isEqualTo(data.sessions().size());
    assertThat(report.count(QuarterlyReport.YOUNG_PEOPLE_WORKED_WITH)).isEqualTo(100);
  }

  @Test
  void reportDataRejectsSizesThatAreNotWholePeople() {
    assertThatThrownBy(() -> ReportData.withEvents(30))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple of 20");
    assertThatThrownBy(() -> ReportData.withEvents(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCopiedShippedRulesAreEveryRuleFileOfTheRulesModule(@TempDir Path folder)
      throws Exception {
    // Surefire runs in the module's folder; the rules module is its sibling.
    Path source = Path.of("../leicestershire-cares-rules/src/main/resources/uk/co/"
        + "leicestershirecares/rules");
    List<Path> copies = ShippedRules.copyTo(folder);
    try (var files = Files.list(source)) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".drl.csv")))
          .containsExactlyInAnyOrderElementsOf(
              copies.stream().map(p -> p.getFileName().toString()).toList());
    }
    for (Path copy : copies) {
      assertThat(copy).hasSameTextualContentAs(source.resolve(copy.getFileName().toString()));
    }
  }

  @Test
  void theCopiedShippedRulesLoadAndAnEditIsStillClean() throws Exception {
    Path folder = ShippedRules.copyToTemporaryFolder();
    ShippedRules.touch(folder.resolve("outcomes.drl.csv"), 7);
    assertThat(Files.readString(folder.resolve("outcomes.drl.csv"))).endsWith("\n\n");
    RuleFolder.Result loaded = CaresRules.newBuilder().load(folder);
    assertThat(loaded.diagnostics()).isEmpty();
    assertThat(loaded.policy().orElseThrow().ruleNames())
        .isEqualTo(CaresRules.newBuilder().build().ruleNames());
  }

  @Test
  void footprintBuildsTheShippedRuleBaseAsShippedDoes() {
    var base = Footprint.shippedRuleBase();
    long rules = base.getKiePackages().stream().mapToLong(p -> p.getRules().size()).sum();
    assertThat(rules).isEqualTo(CaresRules.newBuilder().build()
        .ruleNames().size());
  }
}
