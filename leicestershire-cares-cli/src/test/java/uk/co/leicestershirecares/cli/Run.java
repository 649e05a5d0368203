package uk.co.leicestershirecares.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command with its output captured: in this JVM ({@link #of(String...)} and the
 * like), or in a process of its own ({@link #finished(int, String, String)}).
 */
final class Run {
  final int exitCode;
  final String out;
  final String err;

  private Run(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  /** A run in another process (a new JVM, the launcher script) that has ended. */
  static Run finished(int exitCode, String out, String err) {
    return new Run(exitCode, out, err);
  }

  static Run of(String... args) {
    return of(Main.commandLine(), args);
  }

  /** Runs the command with its progress bars drawn by {@code bars}. */
  static Run withProgress(ProgressBars bars, String... args) {
    return of(Main.commandLine("", bars), args);
  }

  /** Runs the command writing its standard output to {@code out}, to be read while it runs. */
  static Run live(StringWriter out, String... args) {
    return of(Main.commandLine(), out, args);
  }

  private static Run of(picocli.CommandLine command, String... args) {
    return of(command, new StringWriter(), args);
  }

  private static Run of(picocli.CommandLine command, StringWriter out, String... args) {
    StringWriter err = new StringWriter();
    int code = command
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}
