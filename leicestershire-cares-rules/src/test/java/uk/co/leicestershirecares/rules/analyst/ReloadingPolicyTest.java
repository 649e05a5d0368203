package uk.co.leicestershirecares.rules.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.co.leicestershirecares.rules.TestRecords.AGED_27;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.rules.CaresRules;

/** Hot reload: broken edits keep the old rules, good ones swap, callers never see a failure. */
final class ReloadingPolicyTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

  @TempDir
  Path folder;

  private static EligibilityOutcome up(ReloadingPolicy policy) {
    return policy.assess(AGED_27, AS_OF).decision(ProgrammeCode.UP).outcome();
  }

  @Test
  void aBrokenEditKeepsTheOldRulesAndAGoodEditSwapsThem() throws Exception {
    Path rules = ShippedRules.copyTo(folder.resolve("rules"));
    try (ReloadingPolicy policy = CaresRules.newBuilder().buildReloading(rules)) {
      assertThat(policy.version()).isEqualTo(1);
      assertThat(up(policy)).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
      assertThat(policy.reloadIfChanged()).isFalse();

      ShippedRules.edit(rules, ShippedRules.TABLE, ShippedRules.UP_BAND,
          ShippedRules.UP_BAND_TYPO);
      assertThat(policy.reloadInBackground().get(2, TimeUnit.MINUTES)).isFalse();
      assertThat(policy.version()).isEqualTo(1);
      assertThat(policy.lastDiagnostics()).isNotEmpty()
          .allSatisfy(d -> assertThat(d.file()).isEqualTo(ShippedRules.TABLE));
      assertThat(up(policy)).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
      assertThat(policy.reloadIfChanged()).as("a still-broken folder is not compiled again")
          .isFalse();

      ShippedRules.edit(rules, ShippedRules.TABLE, ShippedRules.UP_BAND_TYPO,
          ShippedRules.UP_BAND);
      ShippedRules.edit(rules, ShippedRules.TABLE, ShippedRules.UP_BAND, ShippedRules.UP_BAND_18_TO_29);
      assertThat(policy.reloadIfChanged()).isTrue();
      assertThat(policy.version()).isEqualTo(2);
      assertThat(policy.lastDiagnostics()).isEmpty();
      assertThat(up(policy)).isEqualTo(EligibilityOutcome.ELIGIBLE);
    }
  }

  @Test
  void aForbiddenCallIsNotTakenUp() throws IOException {
    Path rules = ShippedRules.copyWithRuleCode(folder.resolve("rules"));
    try (ReloadingPolicy policy = CaresRules.newBuilder().allowRuleCode().buildReloading(rules)) {
      ShippedRules.edit(rules, "wire.drl", "then\n  insert( RouteTaken.alone(",
          "then\n  Runtime.getRuntime();\n  insert( RouteTaken.alone(");
      assertThat(policy.reload()).isFalse();
      assertThat(policy.version()).isEqualTo(1);
      assertThat(policy.lastDiagnostics()).extracting(Object::toString)
          .anySatisfy(s -> assertThat(s).startsWith("wire.drl:44:3: Runtime is not allowed"));
    }
  }

  @Test
  void aFolderThatNeverLoadedIsATypedError() throws IOException {
    Path rules = Files.createDirectories(folder.resolve("code"));
    Files.writeString(rules.resolve("mine.drl"), "package x;\n");
    assertThatThrownBy(() -> CaresRules.newBuilder().buildReloading(rules))
        .isInstanceOfSatisfying(RulesNotLoadedException.class,
            e -> assertThat(e.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.file()).isEqualTo("mine.drl")));
  }

  @Test
  void assessmentsDuringReloadsNeverFail() throws Exception {
    Path rules = ShippedRules.copyTo(folder.resolve("rules"));
    ExecutorService callers = Executors.newFixedThreadPool(3);
    try (ReloadingPolicy policy = CaresRules.newBuilder().buildReloading(rules)) {
      AtomicBoolean reloading = new AtomicBoolean(true);
      List<Future<Integer>> answers = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        answers.add(callers.submit(() -> {
          int calls = 0;
          while (reloading.get() || calls < 10) {
            assertThat(up(policy)).isIn(EligibilityOutcome.NOT_ELIGIBLE,
                EligibilityOutcome.ELIGIBLE);
            calls++;
          }
          return calls;
        }));
      }
      ShippedRules.edit(rules, ShippedRules.TABLE, ShippedRules.UP_BAND,
          ShippedRules.UP_BAND_TYPO);
      assertThat(policy.reload()).isFalse();
      ShippedRules.edit(rules, ShippedRules.TABLE, ShippedRules.UP_BAND_TYPO,
          ShippedRules.UP_BAND);
      ShippedRules.edit(rules, ShippedRules.TABLE, ShippedRules.UP_BAND, ShippedRules.UP_BAND_18_TO_29);
      assertThat(policy.reloadInBackground().get(2, TimeUnit.MINUTES)).isTrue();
      reloading.set(false);
      for (Future<Integer> calls : answers) {
        assertThat(calls.get(2, TimeUnit.MINUTES)).isPositive();
      }
      assertThat(policy.version()).isEqualTo(2);
      assertThat(up(policy)).isEqualTo(EligibilityOutcome.ELIGIBLE);
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void watchingPicksUpAGoodEdit() throws Exception {
    Path rules = ShippedRules.copyTo(folder.resolve("rules"));
    try (ReloadingPolicy policy = CaresRules.newBuilder().buildReloading(rules)) {
      policy.watch(java.time.Duration.ofMillis(50));
      ShippedRules.edit(rules, ShippedRules.TABLE, ShippedRules.UP_BAND, ShippedRules.UP_BAND_18_TO_29);
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (policy.version() == 1 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(policy.version()).isEqualTo(2);
      assertThat(up(policy)).isEqualTo(EligibilityOutcome.ELIGIBLE);
    }
  }

  @Test
  void aClosedPolicyStillAnswersButTakesNoBackgroundWork() throws IOException {
    Path rules = ShippedRules.copyTo(folder.resolve("rules"));
    ReloadingPolicy policy = CaresRules.newBuilder().buildReloading(rules);
    policy.close();
    assertThat(up(policy)).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
    assertThatThrownBy(policy::reloadInBackground).isInstanceOf(IllegalStateException.class);
    assertThat(policy.toString()).endsWith("version 1]");
  }
}
