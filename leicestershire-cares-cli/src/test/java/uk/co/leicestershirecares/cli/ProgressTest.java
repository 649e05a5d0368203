package uk.co.leicestershirecares.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 3: "Long work shows progress. {@code report} over a large data set and {@code
 * assess} over a long list show a progress bar with a rate and an estimate on standard error when
 * it is a terminal, and nothing when it is not (pipes and CI logs stay clean); {@code --quiet}
 * turns it off." Terminals and pipes are played through {@link ProgressBars#of} (no delay), and a
 * real pipe and a real terminal ({@code script}) are given to a new JVM.
 */
final class ProgressTest {
  /** The bar's clock and estimate, for example {@code (0:00:00 / 0:00:00)}, then the rate. */
  private static final String TIME_ESTIMATE_RATE =
      "\\(\\d+:\\d\\d:\\d\\d / \\d+:\\d\\d:\\d\\d\\) \\S+/s";

  @TempDir Path dir;

  private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
  private final AtomicInteger askedIfTerminal = new AtomicInteger();

  private ProgressBars bars(boolean errIsTerminal, Duration delay) {
    return ProgressBars.of(() -> {
      askedIfTerminal.incrementAndGet();
      return errIsTerminal;
    }, new PrintStream(terminal, true, StandardCharsets.UTF_8), 80, delay);
  }

  private String drawn() {
    return terminal.toString(StandardCharsets.UTF_8);
  }

  private String[] report(String... more) {
    List<String> args = new ArrayList<>(List.of("report",
        "--data", Files2.copy("leaving-care-2023-24-q1.json", dir).toString(),
        "--quarter", "2023/24-Q1", "--format", "csv"));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  private String[] assessThree(String... more) throws IOException {
    String one = Files.readString(Files2.copy("record.json", dir));
    Path list = Files2.write(dir.resolve("three.json"), "[" + one + ","
        + one.replace("P-0001", "P-0002") + "," + one.replace("P-0001", "P-0003") + "]");
    List<String> args = new ArrayList<>(
        List.of("assess", "--record", list.toString(), "--as-of", "2026-11-25"));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  @Test
  void reportOnATerminal_drawsABarWithItsRateAndEstimate_andStandardOutputIsUnchanged() {
    Run plain = Run.of(report());
    Run shown = Run.withProgress(bars(true, Duration.ZERO), report());

    assertThat(shown.exitCode).as(shown.toString()).isZero();
    assertThat(shown.out).isEqualTo(plain.out).isNotEmpty();
    assertThat(shown.err).isEmpty();
    // The leaving care data set has 29 participants: one step each.
    assertThat(drawn()).startsWith("\rreport ").contains("100% [", "] 29/29 (").endsWith("\n")
        .containsPattern(TIME_ESTIMATE_RATE);
  }

  @Test
  void assessOnATerminal_drawsABarOfTheRecordsAssessed_andStandardOutputIsUnchanged()
      throws IOException {
    Run plain = Run.of(assessThree());
    Run shown = Run.withProgress(bars(true, Duration.ZERO), assessThree());
    Run json = Run.withProgress(bars(true, Duration.ZERO), assessThree("--format", "json"));

    assertThat(shown.exitCode).as(shown.toString()).isZero();
    assertThat(shown.out).isEqualTo(plain.out).contains("P-0001", "P-0002", "P-0003");
    assertThat(shown.err).isEmpty();
    assertThat(json.out).isEqualTo(Run.of(assessThree("--format", "json")).out);
    assertThat(drawn()).startsWith("\rassess ").contains("100% [", "] 3/3 (")
        .containsPattern(TIME_ESTIMATE_RATE);
  }

  @Test
  void notATerminal_standardErrorGetsNothing() throws IOException {
    Run report = Run.withProgress(bars(false, Duration.ZERO), report());
    Run assess = Run.withProgress(bars(false, Duration.ZERO), assessThree());

    assertThat(report.exitCode).as(report.toString()).isZero();
    assertThat(assess.exitCode).as(assess.toString()).isZero();
    assertThat(report.err + assess.err + drawn()).isEmpty();
    assertThat(askedIfTerminal).hasValue(2);
  }

  @Test
  void quiet_onATerminal_drawsNothing_andDoesNotAskTheTerminal() throws IOException {
    Run report = Run.withProgress(bars(true, Duration.ZERO), report("--quiet"));
    Run assess = Run.withProgress(bars(true, Duration.ZERO), assessThree("-q"));

    assertThat(report.exitCode).as(report.toString()).isZero();
    assertThat(report.out).isEqualTo(Run.of(report()).out);
    assertThat(assess.exitCode).as(assess.toString()).isZero();
    assertThat(report.err + assess.err + drawn()).isEmpty();
    assertThat(askedIfTerminal).hasValue(0);
  }

  @Test
  void quiet_stillPrintsErrors() {
    Run run = Run.withProgress(bars(true, Duration.ZERO),
        "report", "--data", dir.resolve("none.json").toString(), "--quarter", "2023/24-Q1", "-q");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: ").contains("no such file");
    assertThat(drawn()).isEmpty();
  }

  @Test
  void shortWork_onATerminal_drawsNothing() throws IOException {
    Run report = Run.withProgress(bars(true, Duration.ofHours(1)), report());
    Run assess = Run.withProgress(bars(true, Duration.ofHours(1)), assessThree());

    assertThat(report.exitCode + assess.exitCode).isZero();
    assertThat(drawn()).isEmpty();
    assertThat(askedIfTerminal).hasValue(0);
  }

  @Test
  void helpDocumentsQuiet() {
    assertThat(Run.of("report", "--help").out).contains("-q, --quiet", "progress bar");
    assertThat(Run.of("assess", "--help").out).contains("-q, --quiet", "progress bar");
  }

  @Test
  void each_stepsOnceForEachItemTheCallerIsDoneWith() {
    List<Integer> steps = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    Progress counting = new Progress() {
      private int done;

      @Override
      public void step() {
        steps.add(++done);
      }

      @Override
      public void close() {}
    };

    for (String item : counting.each(List.of("a", "b", "c"))) {
      seen.add(item + steps.size());
    }

    // "a" is taken before any step; each item is done when the loop asks for more.
    assertThat(seen).containsExactly("a0", "b1", "c2");
    assertThat(steps).containsExactly(1, 2, 3);
  }

  @Test
  void aRealPipe_getsNothing_evenWithNoDelay() throws Exception {
    String[] args = report();
    Run child = run(javaCommand(args));

    assertThat(child.exitCode).as(child.err).isZero();
    assertThat(child.err).isEmpty();
    assertThat(child.out).isEqualTo(Run.of(args).out);
  }

  @Test
  void aRealTerminal_getsTheBar_whileStandardOutputGoesToAFile() throws Exception {
    assumeTrue(new File("/usr/bin/script").canExecute(), "needs util-linux script for a terminal");
    String[] args = report();
    Path out = dir.resolve("out.csv");
    StringBuilder command = new StringBuilder();
    for (String word : javaCommand(args)) {
      command.append('\'').append(word.replace("'", "'\\''")).append("' ");
    }
    command.append("> '").append(out).append('\'');

    Run child = run(List.of("/usr/bin/script", "-qec", command.toString(), "/dev/null"));

    assertThat(child.exitCode).as(child.out + child.err).isZero();
    assertThat(Files.readString(out)).isEqualTo(Run.of(args).out);
    // What the terminal shows is standard error alone: the bar.
    assertThat(child.out).contains("report ", "100% [", "] 29/29 (")
        .containsPattern(TIME_ESTIMATE_RATE);
  }

  /** The command line of a new JVM running the command on this class path, with no delay. */
  private static List<String> javaCommand(String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-D" + ProgressBars.DELAY_PROPERTY + "=0",
        "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    command.addAll(List.of(args));
    return command;
  }

  /** Runs {@code command} with its standard output and error on pipes, stdin on /dev/null. */
  private static Run run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
      try {
        return process.getErrorStream().readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in 2 minutes").isTrue();
    return Run.finished(process.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err.get(), StandardCharsets.UTF_8));
  }
}
