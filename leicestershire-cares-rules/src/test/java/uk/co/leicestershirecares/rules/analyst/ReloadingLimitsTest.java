package uk.co.leicestershirecares.rules.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.leicestershirecares.rules.TestRecords.AGED_27;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.EvaluationLimits;
import uk.co.leicestershirecares.rules.Runaways;

/**
 * Issue 21, item 4: a reload takes only finished and proven rules. Runaway rules (each family)
 * are never swapped in, because every load first evaluates probe records within the limits; a
 * file cut short after a whole row compiles, and is refused by the folder's scenarios; a file
 * still being written is not read until the folder has been quiet.
 */
final class ReloadingLimitsTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
  private static final Duration BUDGET = Duration.ofSeconds(2);

  @TempDir
  Path folder;

  private static EligibilityOutcome up(ReloadingPolicy policy) {
    return policy.assess(AGED_27, AS_OF).decision(ProgrammeCode.UP).outcome();
  }

  private static ReloadingPolicy open(Path rules, Duration quiet) {
    return CaresRules.newBuilder().quietInterval(quiet)
        .limits(EvaluationLimits.of(1_000, BUDGET)).allowRuleCode().buildReloading(rules);
  }

  @Test
  void noRunawayFamilyIsEverSwappedInAndThePreviousRulesKeepAnswering() throws IOException {
    Path rules = ShippedRules.copyTo(folder.resolve("rules"));
    try (ReloadingPolicy policy = open(rules, Duration.ofMillis(100))) {
      for (Runaways.Family family : Runaways.Family.values()) {
        Files.writeString(rules.resolve(Runaways.FILE), Runaways.drl(true, family));
        long start = System.nanoTime();
        assertThat(policy.reload()).as("%s", family).isFalse();
        assertThat(policy.version()).isEqualTo(1);
        assertThat(policy.lastRejection()).as("%s", family).hasValueSatisfying(reason ->
            assertThat(reason).startsWith("probe record PROBE-")
                .contains("\"" + family.rule() + "\""));
        assertThat(policy.lastDiagnostics()).singleElement().satisfies(
            d -> assertThat(d.rule()).contains(family.rule()));
        assertThat(policy.status().toString()).startsWith("version 1; last reload refused: ");
        // Compiling takes most of it; the probe itself stops within the budget.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(1));
        assertThat(up(policy)).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
      }
      Files.delete(rules.resolve(Runaways.FILE));
      ShippedRules.edit(rules, ShippedRules.TABLE, ShippedRules.UP_BAND,
          ShippedRules.UP_BAND_18_TO_29);
      assertThat(policy.reload()).isTrue();
      assertThat(policy.lastRejection()).isEmpty();
      assertThat(policy.status().toString()).isEqualTo("version 2");
      assertThat(up(policy)).isEqualTo(EligibilityOutcome.ELIGIBLE);
    }
  }

  @Test
  void aFileCutShortAfterAWholeRowCompilesButTheFolderScenariosRefuseIt() throws IOException {
    Path rules = ShippedRules.copyTo(folder.resolve("rules"));
    Path scenarios = Files.createDirectories(rules.resolve(ReloadingPolicy.SCENARIOS));
    try (var files = Files.list(ShippedScenariosTest.SCENARIOS)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, scenarios.resolve(file.getFileName()));
      }
    }
    try (ReloadingPolicy policy = open(rules, Duration.ofMillis(100))) {
      String table = Files.readString(rules.resolve(ShippedRules.TABLE));
      // Cut just after WIRE.area's row, as an editor that has written only part of the file.
      int cut = table.indexOf('\n', table.indexOf("\nWIRE.area,")) + 1;
      Path copy = ShippedRules.copyTo(folder.resolve("no-scenarios"));
      Files.writeString(copy.resolve(ShippedRules.TABLE), table.substring(0, cut));
      assertThat(CaresRules.newBuilder().load(copy).diagnostics()).as("a cut file compiles")
          .isEmpty();

      Files.writeString(rules.resolve(ShippedRules.TABLE), table.substring(0, cut));
      assertThat(policy.reload()).isFalse();
      assertThat(policy.version()).isEqualTo(1);
      assertThat(policy.lastRejection()).hasValueSatisfying(
          reason -> assertThat(reason).startsWith("scenarios: ").contains(" failed"));
      assertThat(policy.lastDiagnostics()).isNotEmpty().allSatisfy(
          d -> assertThat(d.file()).startsWith("scenarios/"));
      assertThat(up(policy)).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);

      Files.writeString(rules.resolve(ShippedRules.TABLE), table);
      assertThat(policy.reload()).as("the finished file passes").isTrue();
    }
  }

  @Test
  void aFileStillBeingWrittenIsNotReadUntilTheFolderIsQuiet() throws Exception {
    Path rules = ShippedRules.copyTo(folder.resolve("rules"));
    Path file = rules.resolve(ShippedRules.TABLE);
    String finished = Files.readString(file).replace(ShippedRules.UP_BAND,
        ShippedRules.UP_BAND_18_TO_29);
    String half =
        finished.substring(0, finished.indexOf('\n', finished.indexOf("\nWIRE.area,")) + 1);
    try (ReloadingPolicy policy = open(rules, Duration.ofSeconds(1))) {
      Files.writeString(file, half);
      Future<Boolean> reloaded = policy.reloadInBackground();
      Thread.sleep(300);
      Files.writeString(file, finished);
      assertThat(reloaded.get(2, TimeUnit.MINUTES)).isTrue();
      assertThat(policy.version()).isEqualTo(2);
      // The finished file's answers: the care rows, which the half file lacked, are there.
      assertThat(policy.current().assess(AGED_27, AS_OF))
          .isEqualTo(CaresRules.newBuilder().load(rules).policy().orElseThrow()
              .assess(AGED_27, AS_OF));
      assertThat(up(policy)).isEqualTo(EligibilityOutcome.ELIGIBLE);
    }
  }

  @Test
  void optionsAreChecked() {
    CaresRules options = CaresRules.newBuilder();
    assertThat(options.toString()).contains("quietInterval=" + Duration.ofMillis(500))
        .contains("limits=" + EvaluationLimits.defaults());
    assertThat(CaresRules.newBuilder().quietInterval(Duration.ZERO).toString())
        .contains("quietInterval=" + Duration.ZERO);
    assertThat(options.toString()).contains("[tables only, ");
    assertThat(CaresRules.newBuilder().allowRuleCode().toString())
        .contains("[rule code allowed, ");
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> options.quietInterval(Duration.ofMillis(-1)))
        .isInstanceOf(uk.co.leicestershirecares.core.InvalidRecordException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> options.limits(null))
        .isInstanceOf(uk.co.leicestershirecares.core.InvalidRecordException.class);
  }
}
