package uk.co.leicestershirecares.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static uk.co.leicestershirecares.testing.quicktheories.QuickTheoriesGenerators.cases;
import static uk.co.leicestershirecares.testing.quicktheories.QuickTheoriesGenerators.gen;
import static uk.co.leicestershirecares.testing.quicktheories.QuickTheoriesGenerators.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.testing.AsOfCase;
import uk.co.leicestershirecares.testing.CaresGenerators;

/**
 * The differential property: the shipped Drools rules give exactly the reference policy's
 * assessments (stage, pathway, every decision with its reasons and missing conditions, every
 * classification) for generated records and as-of dates biased towards the policy's edges, from the testing
 * kit ({@link CaresGenerators}, through its QuickTheories adapter).
 */
final class DroolsPolicyDifferentialTest {
  /** The number of generated cases of the main property. */
  static final int TRIES = 3_000;

  private static final Policy REFERENCE = ReferencePolicy.withDefaults();
  private static final Policy DROOLS = CaresRules.newBuilder().build();

  @Test
  void droolsAssessesEveryCaseExactlyAsTheReference() {
    long start = System.nanoTime();
    qt().withExamples(TRIES).withShrinkCycles(200).forAll(cases()).checkAssert(c -> {
      Assessment expected = REFERENCE.assess(c.record(), c.asOf());
      Assessment actual = DROOLS.assess(c.record(), c.asOf());
      assertThat(actual)
          .withFailMessage(() -> "Drools differs from the reference on " + c + ":\n  "
              + AssessmentDiff.diff(expected, actual))
          .isEqualTo(expected);
    });
    System.out.printf("Differential property: %d tries in %.1f s%n", TRIES,
        (System.nanoTime() - start) / 1e9);
  }

  @Test
  void droolsClassifiesEachOutcomeAsTheReference() {
    qt().withExamples(400).forAll(cases()).checkAssert(c -> {
      for (OutcomeEvent event : c.record().outcomes()) {
        assertThat(DROOLS.classify(event, c.asOf()))
            .withFailMessage(() -> "classify differs for " + event.id() + " on " + c)
            .isEqualTo(REFERENCE.classify(event, c.asOf()));
      }
    });
  }

  @Test
  void droolsGivesTheReferenceStageHistory() {
    Gen<LocalDate> from = gen(CaresGenerators.datesBetween(
        LocalDate.of(2019, 1, 1), LocalDate.of(2026, 12, 31)));
    Gen<Integer> days = Generate.range(0, 700);
    qt().withExamples(200).forAll(records(), from, days).checkAssert((record, start, length) -> {
      LocalDate end = start.plusDays(length);
      assertThat(DROOLS.stageHistory(record, start, end))
          .withFailMessage(() -> "stage history differs from " + start + " to " + end + " for "
              + CaresGenerators.describe(record))
          .isEqualTo(REFERENCE.stageHistory(record, start, end));
    });
  }

  @Test
  void droolsBatchesGiveTheSameAnswers() {
    qt().withExamples(50).forAll(
        org.quicktheories.generators.SourceDSL.lists().of(records()).ofSizeBetween(0, 8),
        gen(CaresGenerators.asOfDates())).checkAssert((batch, asOf) ->
            assertThat(DROOLS.assessAll(batch, asOf)).isEqualTo(REFERENCE.assessAll(batch, asOf)));
  }

  @Test
  void droolsFollowsOtherParametersAsTheReference() {
    PolicyParameters strict = PolicyParameters.builder()
        .upCompletersNeedConviction(true)
        .leapDayBirthday(uk.co.leicestershirecares.core.participant.LeapDayBirthday.FEBRUARY_28)
        .build();
    Policy reference = ReferencePolicy.of(strict, ProgrammeCatalogue.standard());
    Policy drools = CaresRules.newBuilder().parameters(strict).build();
    qt().withExamples(400).forAll(cases()).checkAssert(c -> {
      Assessment expected = reference.assess(c.record(), c.asOf());
      Assessment actual = drools.assess(c.record(), c.asOf());
      assertThat(actual)
          .withFailMessage(() -> "Drools differs from the reference (strict parameters) on " + c
              + ":\n  " + AssessmentDiff.diff(expected, actual))
          .isEqualTo(expected);
    });
  }

  /**
   * The policy's data varied the way analysts vary it, by table cells: UP's band widened to
   * 18-29, NEET added to UP's qualifying circumstances, WIRE from 21, Rutland dropped from WIRE's
   * area, the care experienced programmes to 16-24 and ending in 2027, a 2026/27 plan with its
   * own band and groups, debt a crisis instead of homelessness, an acute mental-health crisis
   * made a crisis (the documented setting), and a 30-day recent window from 2026. Both engines
   * read the edited copies.
   */
  @Test
  void droolsFollowsEditedTablesAsTheReference(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path folder = uk.co.leicestershirecares.rules.ShippedRules.copyTablesTo(dir.resolve("rules"));
    String eligibility = edit(uk.co.leicestershirecares.rules.ShippedRules.text("eligibility.drl.csv"),
        "UP.age,000_8df8b8bd680ae635.txt,UP,always,18 to 25,", "UP.age,000_8df8b8bd680ae635.txt,UP,always,18 to 29,",
        "\"CONVICTION, AT_RISK_OF_OFFENDING\"", "\"CONVICTION, AT_RISK_OF_OFFENDING, NEET\"",
        "WIRE,always,18 or over", "WIRE,always,21 or over",
        "WIRE.area,policy-decisions.md,WIRE,always,none,none,\"LEICESTER_CITY, LEICESTERSHIRE, RUTLAND\"",
        "WIRE.area,policy-decisions.md,WIRE,always,none,none,\"LEICESTER_CITY, LEICESTERSHIRE\"",
        "LEAVING_CARE,always,16 to 25", "LEAVING_CARE,2020-01-01 to 2027-03-31,16 to 24",
        "MIND_MATTERS,always,16 to 25", "MIND_MATTERS,from 2025-04-01,17 to 25");
    String plans = uk.co.leicestershirecares.rules.ShippedRules.text("annual-plans.drl.csv")
        + "PLAN.2026-27,policy-decisions.md,TARGETED_YOUTH_WORK,2026/27,2026-06-01,14 to 21,the plan,\"NEET: NEET; parents: PARENT, CARE_EXPERIENCED, CONVICTION before 16\",required,A plan analysts add for a test of young people aged 14 to 21.\n";
    String crises = edit(uk.co.leicestershirecares.rules.ShippedRules.text("crises.drl.csv"),
        "CRISIS.homeless,policy-decisions.md,HOMELESS,",
        "CRISIS.debt,policy-decisions.md,DEBT,")
        + "CRISIS.mental-health-crisis,policy-decisions.md,MENTAL_HEALTH_CRISIS,\""
        + uk.co.leicestershirecares.core.reason.Sources.MENTAL_HEALTH_CRISIS_SETTING.sentence()
        + "\"\n";
    java.nio.file.Files.writeString(folder.resolve("crises.drl.csv"), crises);
    String recent = edit(uk.co.leicestershirecares.rules.ShippedRules.text("recent-activity.drl.csv"),
        "STAGE.recent-window,policy-decisions.md,always,13 weeks,",
        "STAGE.recent-window,policy-decisions.md,until 2025-12-31,13 weeks,");
    String row = recent.lines().filter(l -> l.startsWith("STAGE.recent-window,")).findFirst()
        .orElseThrow();
    recent = recent + row.replace("until 2025-12-31", "from 2026-01-01").replace("13 weeks",
        "30 days").replace("STAGE.recent-window,", "STAGE.recent-window-2026,") + "\n";
    java.nio.file.Files.writeString(folder.resolve("recent-activity.drl.csv"), recent);
    java.nio.file.Files.writeString(folder.resolve("eligibility.drl.csv"), eligibility);
    java.nio.file.Files.writeString(folder.resolve("annual-plans.drl.csv"), plans);
    uk.co.leicestershirecares.rules.RuleFolder.Result loaded = CaresRules.newBuilder().load(folder);
    assertThat(loaded.diagnostics()).isEmpty();
    Policy drools = loaded.policy().orElseThrow();
    Policy reference = ReferencePolicy.withDefaults().withTables(
        uk.co.leicestershirecares.core.table.EligibilityTable.read("eligibility.drl.csv", eligibility),
        uk.co.leicestershirecares.core.table.AnnualPlanTable.read("annual-plans.drl.csv", plans),
        uk.co.leicestershirecares.core.table.CrisisTable.read("crises.drl.csv", crises),
        uk.co.leicestershirecares.core.table.RecentActivityTable.read("recent-activity.drl.csv",
            recent));
    qt().withExamples(1_000).forAll(cases()).checkAssert(c -> {
      Assessment expected = reference.assess(c.record(), c.asOf());
      Assessment actual = drools.assess(c.record(), c.asOf());
      assertThat(actual)
          .withFailMessage(() -> "Drools differs from the reference (edited tables) on " + c
              + ":\n  " + AssessmentDiff.diff(expected, actual))
          .isEqualTo(expected);
    });
  }

  private static String edit(String text, String... fromTo) {
    for (int i = 0; i < fromTo.length; i += 2) {
      assertThat(text).contains(fromTo[i]);
      text = text.replace(fromTo[i], fromTo[i + 1]);
    }
    return text;
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    List<AsOfCase> sample = new ArrayList<>();
    qt().withExamples(200).forAll(cases()).checkAssert(sample::add);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(pool.submit(() -> sample.stream().allMatch(c ->
            DROOLS.assess(c.record(), c.asOf()).equals(REFERENCE.assess(c.record(), c.asOf())))));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
