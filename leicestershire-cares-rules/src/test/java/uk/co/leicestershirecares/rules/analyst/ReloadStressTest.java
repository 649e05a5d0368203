package uk.co.leicestershirecares.rules.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.leicestershirecares.rules.TestRecords.AGED_27;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.table.CrisisTable;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.DroolsPolicy;
import uk.co.leicestershirecares.rules.RuleFolder;

/**
 * Issue 21, item 7: 4 threads assess while 100 writes land in the folder, each written in two
 * steps as an editor that saves in place does (a prefix that ends after a whole row, which
 * compiles, then the rest): the finished content is valid version A, valid version B or a broken
 * file. Every answer must be version A's or version B's exactly: 0 errors, 0 answers from an
 * unfinished file, 0 mixed-version answers (a version changes two files, the eligibility table
 * and the crises table, and each decides a different part of the answer).
 *
 * <p>What keeps unfinished files out is the quiet interval; the folder also has a scenario that a
 * file cut short fails, as the README advises, so a writer stalled for longer than the interval
 * on this shared machine cannot make the test flaky.
 */
final class ReloadStressTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
  private static final int WRITES = 100;
  private static final int THREADS = 4;
  private static final Duration QUIET = Duration.ofMillis(300);
  private static final String CONVICTION_CRISIS = "CRISIS.conviction,policy-decisions.md,"
      + "CONVICTION,\"A made-up row for a test: a conviction is a crisis.\"\n";

  @TempDir
  Path folder;

  /** What an answer says: the employment pathway, the stage and every programme's outcome. */
  private static String signature(Assessment assessment) {
    return assessment.employmentPathway() + "/" + assessment.stage() + " "
        + assessment.eligibility().stream()
        .map(d -> d.programme() + "=" + d.outcome()).sorted().collect(Collectors.joining(","));
  }

  private static String signature(Policy policy) {
    return signature(policy.assess(AGED_27, AS_OF));
  }

  /** The two files a version is made of. */
  private static final class Version {
    final String eligibility;
    final String crises;

    Version(String eligibility, String crises) {
      this.eligibility = eligibility;
      this.crises = crises;
    }

    void writeTo(Path rules) throws IOException {
      Files.writeString(rules.resolve(ShippedRules.TABLE), eligibility);
      Files.writeString(rules.resolve(CrisisTable.FILE), crises);
    }
  }

  private static DroolsPolicy load(Path rules) {
    RuleFolder.Result loaded = CaresRules.newBuilder().load(rules);
    assertThat(loaded.diagnostics()).isEmpty();
    return loaded.policy().orElseThrow();
  }

  /** The prefix of {@code text} that ends after WIRE.area's row: it compiles, and is wrong. */
  private static String cut(String text) {
    return text.substring(0, text.indexOf('\n', text.indexOf("\nWIRE.area,")) + 1);
  }

  @Test
  void fourThreadsAssessWhileAHundredWritesLand() throws Exception {
    Path rules = ShippedRules.copyTo(folder.resolve("rules"));
    String eligibilityA = Files.readString(rules.resolve(ShippedRules.TABLE));
    String crisesA = Files.readString(rules.resolve(CrisisTable.FILE));
    Version a = new Version(eligibilityA, crisesA);
    Version b = new Version(eligibilityA.replace(ShippedRules.UP_BAND,
        ShippedRules.UP_BAND_18_TO_29), crisesA + CONVICTION_CRISIS);
    String broken = eligibilityA.replace(ShippedRules.UP_BAND, ShippedRules.UP_BAND_TYPO);

    // The two versions, and a file cut short, as answers.
    String answerA = signature(load(rules));
    Path other = ShippedRules.copyTo(folder.resolve("b"));
    b.writeTo(other);
    String answerB = signature(load(other));
    assertThat(answerA.split("/")[0]).as("the crises table decides the employment pathway")
        .isNotEqualTo(answerB.split("/")[0]);
    assertThat(answerA.substring(answerA.indexOf(' ')))
        .as("the eligibility table decides UP")
        .isNotEqualTo(answerB.substring(answerB.indexOf(' ')));
    Files.writeString(other.resolve(ShippedRules.TABLE), cut(b.eligibility));
    String answerCut = signature(load(other));
    assertThat(answerCut).as("a file cut short compiles and answers wrongly")
        .isNotIn(answerA, answerB);

    // A scenario both versions pass and a file cut short fails.
    Path scenarios = Files.createDirectories(rules.resolve(ReloadingPolicy.SCENARIOS));
    Files.writeString(scenarios.resolve("neutral.json"), "[{\"name\": \"a care leaver\","
        + " \"asOf\": \"2026-11-25\", \"record\": {\"id\": \"P-CARE\", \"dateOfBirth\":"
        + " \"2006-05-05\", \"homeArea\": \"LEICESTER_CITY\", \"circumstances\": [{\"type\":"
        + " \"CARE_EXPERIENCED\", \"from\": \"2015-01-01\"}]}, \"expect\": {\"eligibility\":"
        + " {\"LEAVING_CARE\": \"ELIGIBLE\", \"MIND_MATTERS\": \"ELIGIBLE\"}}}]");

    Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
    AtomicLong errors = new AtomicLong();
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService callers = Executors.newFixedThreadPool(THREADS);
    try (ReloadingPolicy policy =
        CaresRules.newBuilder().quietInterval(QUIET).buildReloading(rules)) {
      policy.watch(Duration.ofMillis(50));
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        running.add(callers.submit(() -> {
          while (writing.get()) {
            try {
              answers.computeIfAbsent(signature(policy), s -> new AtomicLong()).incrementAndGet();
            } catch (RuntimeException e) {
              errors.incrementAndGet();
            }
          }
        }));
      }
      long versionsSeen = 1;
      Version last = a;
      for (int write = 0; write < WRITES; write++) {
        // Valid, valid, broken, truncated (a slow save of the same version), in turn.
        Path table = rules.resolve(ShippedRules.TABLE);
        switch (write % 4) {
          case 0, 1 -> {
            last = last == a ? b : a;
            Files.writeString(table, cut(last.eligibility));
            Thread.sleep(20);
            Files.writeString(table, last.eligibility);
            Files.writeString(rules.resolve(CrisisTable.FILE), last.crises);
          }
          case 2 -> {
            Files.writeString(table, cut(broken));
            Thread.sleep(20);
            Files.writeString(table, broken);
          }
          default -> {
            Files.writeString(table, cut(last.eligibility));
            Thread.sleep(20);
            Files.writeString(table, last.eligibility);
          }
        }
        Thread.sleep(QUIET.toMillis() + 100);
        versionsSeen = Math.max(versionsSeen, policy.version());
      }
      // Let the last version be taken up, still answering meanwhile.
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      String expected = last == a ? answerA : answerB;
      while (System.nanoTime() < deadline
          && !(policy.reloadIfChanged() || expected.equals(signature(policy.current())))) {
        Thread.sleep(100);
      }
      writing.set(false);
      for (Future<?> caller : running) {
        caller.get(2, TimeUnit.MINUTES);
      }
      long total = answers.values().stream().mapToLong(AtomicLong::get).sum();
      System.out.printf("Reload stress: %d answers on %d threads during %d writes, %d"
          + " versions, %d errors, answers %s%n", total, THREADS, WRITES, policy.version(),
          errors.get(), answers.keySet().stream().map(s -> s.equals(answerA) ? "A"
              : s.equals(answerB) ? "B" : "OTHER").sorted().collect(Collectors.toList()));
      assertThat(errors.get()).as("errors").isZero();
      assertThat(answers.keySet()).as("every answer is version A's or B's: none from an"
          + " unfinished file, none mixed").isSubsetOf(answerA, answerB);
      assertThat(total).isPositive();
      assertThat(policy.version()).as("good writes were taken up").isGreaterThan(1);
      assertThat(signature(policy)).isEqualTo(expected);
    } finally {
      callers.shutdownNow();
    }
  }
}
