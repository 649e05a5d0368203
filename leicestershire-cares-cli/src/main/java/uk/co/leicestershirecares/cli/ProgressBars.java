package uk.co.leicestershirecares.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/**
 * Starts the progress bars of long commands ({@code report} over a large data set, {@code assess}
 * over a long list), drawn by the {@code me.tongfei:progressbar} library: the command's name, the
 * percentage, the bar, done out of all, the time taken and the estimate of the time left, and the
 * rate, for example {@code assess  42% [=====>      ] 4200/10000 (0:00:05 / 0:00:07) 840.0/s}.
 *
 * <p><b>Only on a terminal.</b> A bar is drawn only when standard error is a terminal, asked of
 * standard error itself ({@code test -t 2} in a shell that shares it: on Unix-like systems, and on
 * Windows only under Cygwin or MSYS): {@code System.console()} answers for standard input and output, so it
 * would draw a bar into {@code 2> log} and none for {@code report > out.md} typed at a terminal.
 * When standard error is not a terminal (a pipe, a file, a CI log) nothing is written to it.
 * Standard output is never touched: it is byte for byte the same with or without a bar.
 *
 * <p><b>Only for long work.</b> The bar appears once the work has run for {@link #DELAY} (one
 * second) and has steps left, so short runs never show one, ask nothing of the terminal and cost
 * one clock read per step. Set the system property {@value #DELAY_PROPERTY} (milliseconds) to
 * change the delay; tests use {@link #of} with {@link Duration#ZERO}.
 */
final class ProgressBars {
  /** How long work runs before its bar appears, unless {@value #DELAY_PROPERTY} says otherwise. */
  static final Duration DELAY = Duration.ofSeconds(1);

  /** The system property that overrides {@link #DELAY}, in milliseconds. */
  static final String DELAY_PROPERTY = "leicestershire-cares.progress.delay-millis";

  /** Used when the terminal does not say how wide it is. */
  private static final int DEFAULT_WIDTH = 80;

  /** How often a shown bar is redrawn. */
  private static final int REDRAW_MILLIS = 200;

  private final BooleanSupplier errIsTerminal;
  private final PrintStream err;
  private final IntSupplier width;
  private final Duration delay;
  private @Nullable Boolean terminal; // asked once, when the first bar is due

  private ProgressBars(
      BooleanSupplier errIsTerminal, PrintStream err, IntSupplier width, Duration delay) {
    this.errIsTerminal = errIsTerminal;
    this.err = err;
    this.width = width;
    this.delay = delay;
  }

  /**
   * Returns bars drawn on this process's standard error when it is a terminal (asked once, the
   * first time a bar is due), after {@link #DELAY} or the {@value #DELAY_PROPERTY} property.
   */
  static ProgressBars system() {
    return new ProgressBars(ProgressBars::stderrIsTerminal, System.err,
        ProgressBars::stderrWidth, delayFromProperty());
  }

  /**
   * Returns bars drawn on {@code err}, {@code width} characters wide, after {@code delay}, when
   * {@code errIsTerminal} says so (asked once, the first time a bar is due): the seam tests use to
   * play a terminal or a pipe.
   */
  static ProgressBars of(
      BooleanSupplier errIsTerminal, PrintStream err, int width, Duration delay) {
    return new ProgressBars(errIsTerminal, err, () -> width, delay);
  }

  /**
   * Starts the progress of {@code total} steps named {@code task}; with {@code quiet}, or nothing
   * to do, it shows nothing.
   */
  Progress start(String task, int total, boolean quiet) {
    return start(task, total, "", quiet);
  }

  /**
   * Starts the progress as {@link #start(String, int, boolean)} does, each step one {@code unit}
   * (for example {@code " KiB"}: a long input is counted by the bytes read, its records being
   * unknown until the end).
   */
  Progress start(String task, int total, String unit, boolean quiet) {
    if (quiet || total <= 0) {
      return Progress.none();
    }
    return new DelayedBar(task, total, unit);
  }

  private boolean terminal() {
    if (terminal == null) {
      terminal = errIsTerminal.getAsBoolean();
    }
    return terminal;
  }

  /**
   * Whether this process's standard error is a terminal: {@code test -t 2} in a shell that shares
   * it. JLine's own check (its "exec" provider) hands the shell this process's standard error
   * through JLine's native library, which JDK 24 and later warn about on standard error
   * ("A restricted method in java.lang.System has been called"), into the very stream that must
   * stay empty; inheriting the stream needs no native code.
   */
  static boolean stderrIsTerminal() {
    return shell("test -t 2").map(answer -> answer.exitCode() == 0).orElse(false);
  }

  /** The terminal's width from {@code stty size} read on standard error, or 80. */
  private static int stderrWidth() {
    return shell("stty size <&2")
        .filter(answer -> answer.exitCode() == 0)
        .map(answer -> answer.output().strip().split("\\s+"))
        .filter(words -> words.length == 2 && words[1].matches("[1-9][0-9]{0,4}"))
        .map(words -> Integer.parseInt(words[1]))
        .orElse(DEFAULT_WIDTH);
  }

  private record ShellAnswer(int exitCode, String output) {}

  /** Runs {@code script} with this process's standard error; empty where there is no sh. */
  private static Optional<ShellAnswer> shell(String script) {
    try {
      Process process = new ProcessBuilder("sh", "-c", script)
          .redirectInput(ProcessBuilder.Redirect.PIPE)
          .redirectError(ProcessBuilder.Redirect.INHERIT)
          .start();
      process.getOutputStream().close();
      String output;
      try (InputStream out = process.getInputStream()) {
        output = new String(out.readNBytes(256), StandardCharsets.US_ASCII);
      }
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Optional.empty();
      }
      return Optional.of(new ShellAnswer(process.exitValue(), output));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static Duration delayFromProperty() {
    String millis = System.getProperty(DELAY_PROPERTY);
    if (millis == null) {
      return DELAY;
    }
    try {
      return Duration.ofMillis(Math.max(0, Long.parseLong(millis.strip())));
    } catch (NumberFormatException e) {
      return DELAY;
    }
  }

  /** A bar that appears once the work has run for the delay, on a terminal only. */
  private final class DelayedBar implements Progress {
    private final String task;
    private final int total;
    private final String unit;
    private final long startNanos = System.nanoTime();
    private int done;
    private boolean due = true;
    private @Nullable ProgressBar bar;

    DelayedBar(String task, int total, String unit) {
      this.task = task;
      this.total = total;
      this.unit = unit;
    }

    @Override
    public void step() {
      done++;
      if (bar != null) {
        bar.step();
        return;
      }
      if (!due) {
        return;
      }
      long elapsed = System.nanoTime() - startNanos;
      if (elapsed < delay.toNanos()) {
        return;
      }
      if (done >= total || !terminal()) {
        due = false;
        return;
      }
      int columns = width.getAsInt();
      bar = new ProgressBarBuilder()
          .setTaskName(task)
          .setInitialMax(total)
          .setUnit(unit, 1)
          .setStyle(ProgressBarStyle.ASCII)
          .showSpeed(new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)))
          .setUpdateIntervalMillis(REDRAW_MILLIS)
          // The rate and the estimate are of the steps since the bar appeared.
          .startsFrom(done, Duration.ofNanos(elapsed))
          .setConsumer(new ConsoleProgressBarConsumer(err,
              (columns >= 10 ? columns : DEFAULT_WIDTH) - 1))
          .build();
    }

    @Override
    public void close() {
      due = false;
      if (bar != null) {
        bar.close();
        bar = null;
        err.flush();
      }
    }
  }
}
