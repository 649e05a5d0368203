package uk.co.leicestershirecares.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code leicestershire-cares} command: assesses participant records, explains one decision
 * and prints quarterly reports, for analysts who do not write Java.
 *
 * <p>Exit codes: 0 on success, 1 when a check fails (a rule folder that does not compile), 2 on
 * bad usage or bad input (a missing file, JSON not in the documented format, a bad date, an
 * unknown programme). Errors go to standard error as one plain-English line starting {@code
 * error:}, never as a Java stack trace, and never repeat a date of birth or a circumstance.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the command and exits the JVM with its exit code.
   *
   * @param args the command line, for example {@code assess --record record.json}
   */
  public static void main(String[] args) {
    System.exit(commandLine(args.length == 0 ? "" : args[0]).execute(args));
  }

  /**
   * Returns the command, configured with this tool's error handling, writing to standard output
   * and standard error; change them with {@link CommandLine#setOut(PrintWriter)} and {@link
   * CommandLine#setErr(PrintWriter)}.
   *
   * @return a new command line, ready to {@link CommandLine#execute(String...)}
   */
  public static CommandLine commandLine() {
    return commandLine("");
  }

  /**
   * Returns the command with every subcommand, or with only the one {@code first} names when it
   * names one (not {@code help} or {@code generate-completion}, which describe the others):
   * picocli reads the annotations of every command it registers, which a new JVM pays for on
   * every run, and a run only ever executes the subcommand named first. Anything else ({@code
   * --help}, a typo, nothing) gets them all, so usage and error messages list every command and
   * a typo gets the nearest one.
   */
  static CommandLine commandLine(String first) {
    return commandLine(first, ProgressBars.system());
  }

  /**
   * Returns the command as {@link #commandLine(String)} does, its progress bars drawn by {@code
   * bars} (tests play a terminal or a pipe with {@link ProgressBars#of}).
   */
  static CommandLine commandLine(String first, ProgressBars bars) {
    CommandLine cmd = new CommandLine(new CaresCommand(bars));
    Class<?> named = null;
    for (Class<?> subcommand : CaresCommand.SUBCOMMANDS) {
      Command command = subcommand.getAnnotation(Command.class);
      if (command.name().equals(first) && !command.helpCommand()) {
        named = subcommand;
      }
    }
    for (Class<?> subcommand : CaresCommand.SUBCOMMANDS) {
      if (named == null || subcommand == named) {
        cmd.addSubcommand(subcommand);
      }
    }
    // After the subcommands: these settings reach only those already added.
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler(Errors::onBadUsage);
    cmd.setExecutionExceptionHandler(Errors::onFailure);
    cmd.setExecutionStrategy(Errors::runLast);
    return cmd;
  }
}
