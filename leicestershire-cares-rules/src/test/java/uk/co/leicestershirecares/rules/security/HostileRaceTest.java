package uk.co.leicestershirecares.rules.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.leicestershirecares.rules.TestRecords.AGED_27;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
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
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.DroolsPolicy;
import uk.co.leicestershirecares.rules.ShippedRules;
import uk.co.leicestershirecares.rules.analyst.ReloadingPolicy;
import uk.co.leicestershirecares.rules.analyst.RuleChecker;

/**
 * Issue 21, item 7: races on the folder. (a) A thread flips the eligibility table between a
 * clean version and a hostile one (a cell carrying code, live under plain Drools), by atomic
 * moves and by plain rewrites in place, while {@link CaresRules#check(Path)} and {@link
 * CaresRules#load(Path)} run 30 times: every result that loads answers like the clean version, and the
 * payload never runs (one snapshot: what is checked is what is compiled). (b) A writer saves the
 * table slowly, in chunks with pauses shorter than the quiet interval, while a {@link
 * ReloadingPolicy} watches: every answer is the old version's or the new one's, never one from a
 * half-written file.
 *
 * <p>{@code analyst.ReloadStressTest} covers saves in two steps under four assessing threads;
 * this test adds the hostile flip and slow chunked saves, and does not repeat it.
 */
final class HostileRaceTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
  private static final String TABLE = "eligibility.drl.csv";
  private static final String UP_BAND = "UP,always,18 to 25,";
  private static final String UP_BAND_18_TO_29 = "UP,always,18 to 29,";
  private static final int LOADS = 30;
  private static final Duration QUIET = Duration.ofMillis(300);

  @TempDir
  Path temp;

  private static String signature(Assessment assessment) {
    return assessment.employmentPathway() + "/" + assessment.stage() + " "
        + assessment.eligibility().stream().map(d -> d.programme() + "=" + d.outcome())
        .sorted().collect(Collectors.joining(","));
  }

  private static String signature(Policy policy) {
    return signature(policy.assess(AGED_27, AS_OF));
  }

  private static String clean() {
    String shipped = ShippedRules.text(TABLE);
    assertThat(shipped).contains(UP_BAND);
    return shipped.replace(UP_BAND, UP_BAND_18_TO_29);
  }

  private static Optional<DroolsPolicy> load(Path folder, int attempt) {
    CaresRules options = attempt % 3 == 2
        ? CaresRules.newBuilder().allowRuleCode() : CaresRules.newBuilder();
    if (attempt % 2 == 0) {
      return options.load(folder).policy();
    }
    RuleChecker.Report report = options.check(folder);
    return report.isClean() ? report.policy() : Optional.empty();
  }

  @Test
  void aFileFlippedBetweenCleanAndHostileNeverRunsItsPayload() throws Exception {
    Path marker = temp.resolve("marker");
    Path folder = Files.createDirectories(temp.resolve("rules"));
    Path staging = Files.createDirectories(temp.resolve("staging"));
    byte[] clean = clean().getBytes(StandardCharsets.UTF_8);
    byte[] hostile = HostileFolders.get("cell-in-force-backslash").files(marker).get(0).bytes();
    Path table = folder.resolve(TABLE);
    Files.write(table, clean);
    String expected = signature(load(folder, 0).orElseThrow());
    assertThat(expected).as("the clean version differs from the shipped rules")
        .isNotEqualTo(signature(CaresRules.newBuilder().build()));

    AtomicBoolean flipping = new AtomicBoolean(true);
    AtomicLong flips = new AtomicLong();
    ExecutorService writer = Executors.newSingleThreadExecutor();
    Future<?> flipper = writer.submit(() -> {
      while (flipping.get()) {
        long n = flips.getAndIncrement();
        byte[] next = n % 2 == 0 ? hostile : clean;
        if (n % 4 < 2) {
          Path staged = staging.resolve("next-" + n);
          Files.write(staged, next);
          Files.move(staged, table, StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } else {
          Files.write(table, next);
        }
        // The hostile version stays longer: most loads are refused before compiling, which
        // keeps the test's time down; a clean version still lands between them.
        Thread.sleep(n % 2 == 0 ? 60 : 5);
      }
      return null;
    });
    int loaded = 0;
    try {
      for (int attempt = 0; attempt < LOADS; attempt++) {
        Optional<DroolsPolicy> policy = load(folder, attempt);
        if (policy.isPresent()) {
          loaded++;
          assertThat(signature(policy.get())).as("a loaded result is the clean version")
              .isEqualTo(expected);
        }
        assertThat(marker).doesNotExist();
      }
    } finally {
      flipping.set(false);
      flipper.get(1, TimeUnit.MINUTES);
      writer.shutdownNow();
    }
    System.out.printf("Hostile flip: %d loads, %d loaded the clean version, %d flips%n", LOADS,
        loaded, flips.get());
    assertThat(marker).doesNotExist();
  }

  /** Writes {@code text} to {@code file} in place, in chunks that end mid-row, with pauses. */
  private static void writeSlowly(Path file, String text) throws IOException,
      InterruptedException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int chunk = Math.max(1, bytes.length / 40);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      int at = 0;
      while (at < bytes.length) {
        int end = Math.min(bytes.length, at + chunk);
        // A chunk never ends just after a line break: a cut there would be a whole table.
        while (end < bytes.length && bytes[end - 1] == '\n') {
          end++;
        }
        channel.write(ByteBuffer.wrap(bytes, at, end - at));
        at = end;
        Thread.sleep(5);
      }
    }
  }

  @Test
  void halfWrittenTablesAreNeverAnswered() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("rules"));
    String a = ShippedRules.text(TABLE);
    String b = clean();
    Path table = folder.resolve(TABLE);
    Files.writeString(table, a);
    String answerA = signature(CaresRules.newBuilder().load(folder).policy().orElseThrow());
    Files.writeString(table, b);
    String answerB = signature(CaresRules.newBuilder().load(folder).policy().orElseThrow());
    Files.writeString(table, a);
    assertThat(answerA).isNotEqualTo(answerB);

    Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService caller = Executors.newSingleThreadExecutor();
    try (ReloadingPolicy policy =
        CaresRules.newBuilder().quietInterval(QUIET).buildReloading(folder)) {
      policy.watch(Duration.ofMillis(50));
      Future<?> asking = caller.submit(() -> {
        while (writing.get()) {
          answers.computeIfAbsent(signature(policy), s -> new AtomicLong()).incrementAndGet();
        }
      });
      String last = a;
      for (int write = 0; write < 3; write++) {
        last = last.equals(a) ? b : a;
        writeSlowly(table, last);
        Thread.sleep(QUIET.toMillis() + 100);
      }
      String expected = last.equals(a) ? answerA : answerB;
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (System.nanoTime() < deadline && !expected.equals(signature(policy.current()))) {
        policy.reloadIfChanged();
        Thread.sleep(100);
      }
      writing.set(false);
      asking.get(1, TimeUnit.MINUTES);
      System.out.printf("Slow saves: %d answers, %d versions, answers %s%n",
          answers.values().stream().mapToLong(AtomicLong::get).sum(), policy.version(),
          answers.keySet().stream().map(s -> s.equals(answerA) ? "A"
              : s.equals(answerB) ? "B" : "OTHER").sorted().collect(Collectors.toList()));
      assertThat(answers.keySet()).as("never an answer from a half-written table")
          .isSubsetOf(answerA, answerB);
      assertThat(signature(policy)).isEqualTo(expected);
      assertThat(policy.version()).as("the last save was taken up").isGreaterThan(1);
    } finally {
      caller.shutdownNow();
    }
  }
}
