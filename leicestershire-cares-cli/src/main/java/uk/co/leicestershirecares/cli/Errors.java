package uk.co.leicestershirecares.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.rules.RulesIncompleteException;

/** Turns every failure into one plain-English line on standard error and an exit code. */
final class Errors {
  private Errors() {}

  /** Bad usage: an unknown option, a missing one, a value that does not convert. */
  static int onBadUsage(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("error: " + e.getMessage());
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more.");
    err.flush();
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** Runs the last subcommand named; an {@link Error} (not an exception) is reported too. */
  static int runLast(ParseResult parsed) {
    try {
      return new CommandLine.RunLast().execute(parsed);
    } catch (ParameterException | CommandLine.ExecutionException e) {
      throw e;
    } catch (Error e) {
      CommandLine cmd = parsed.commandSpec().commandLine();
      cmd.getErr().println("error: something went wrong inside the tool ("
          + e.getClass().getSimpleName() + "); please report it");
      cmd.getErr().flush();
      return CliException.CHECK_FAILED;
    }
  }

  /** A failure while running a command. Never prints a stack trace. */
  static int onFailure(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    int code;
    if (e instanceof CliException) {
      err.println("error: " + e.getMessage());
      code = ((CliException) e).exitCode();
    } else if (e instanceof RulesIncompleteException) {
      err.println("error: the rules gave no answer: " + e.getMessage());
      code = CliException.CHECK_FAILED;
    } else if (e instanceof InvalidRecordException) {
      // The model's and the JSON layer's messages never repeat personal data.
      err.println("error: " + e.getMessage());
      code = CliException.BAD_INPUT;
    } else {
      err.println("error: something went wrong inside the tool (" + e.getClass().getSimpleName()
          + "); please report it");
      code = CliException.CHECK_FAILED;
    }
    err.flush();
    return code;
  }
}
