package uk.co.leicestershirecares.cli;

import java.io.PrintWriter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.rules.RulesIncompleteException;

/**
 * Turns every failure into one plain-English line on standard error and an exit code. What the
 * user typed is echoed with its control characters escaped ({@link #printable}), so an error is
 * always one line and cannot move the cursor or recolour the terminal.
 */
final class Errors {
  private Errors() {}

  /**
   * Bad usage: an unknown command or option (with the nearest known one, when there is one), a
   * missing option, a value that does not convert.
   */
  static int onBadUsage(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("error: " + printable(message(e)));
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more.");
    err.flush();
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  /**
   * Returns the message for {@code e}: for an unknown command or option, {@code unknown command
   * 'asess'; did you mean 'assess'?}; otherwise picocli's.
   */
  private static @Nullable String message(ParameterException e) {
    if (!(e instanceof UnmatchedArgumentException unmatched)) {
      return e.getMessage();
    }
    List<String> args = unmatched.getUnmatched();
    if (args.isEmpty()) {
      return e.getMessage();
    }
    String arg = args.get(0);
    String what;
    if (unmatched.isUnknownOption()) {
      what = "unknown option";
    } else if (!e.getCommandLine().getSubcommands().isEmpty()) {
      // Left over where a command was expected (a named command takes the rest of the line).
      what = "unknown command";
    } else {
      return e.getMessage();
    }
    List<String> suggestions = unmatched.getSuggestions();
    return what + " '" + arg + "'"
        + (suggestions.isEmpty() ? "" : "; did you mean '" + suggestions.get(0) + "'?");
  }

  /**
   * Returns {@code text} with every control or invisible formatting character (an escape
   * sequence's ESC, a line break, a right-to-left override) written as Java writes it in a
   * string, a backslash, {@code u} and four hex digits: echoing what a user typed prints one line
   * that shows what was typed. A missing message ({@code null}) prints as nothing.
   */
  static String printable(@Nullable String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
          || Character.getType(c) == Character.LINE_SEPARATOR
          || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Runs the last subcommand named; an {@link Error} (not an exception) is reported too. */
  static int runLast(ParseResult parsed) {
    try {
      return new CommandLine.RunLast().execute(parsed);
    } catch (ParameterException | CommandLine.ExecutionException e) {
      throw e;
    } catch (OutOfMemoryError e) {
      // What the command held (a report's counts and the ids behind them, or a whole input)
      // was too large for the heap; it is garbage now, so there is room to say so.
      CommandLine cmd = parsed.commandSpec().commandLine();
      cmd.getErr().println("error: the input is too large for the memory Java was given ("
          + InputLimitOption.describe(Runtime.getRuntime().maxMemory())
          + "); give it more, for example JAVA_OPTS=-Xmx4g, or split the input");
      cmd.getErr().flush();
      return CliException.BAD_INPUT;
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
    if (e instanceof CliException cliException) {
      err.println("error: " + printable(e.getMessage()));
      code = cliException.exitCode();
    } else if (e instanceof RulesIncompleteException) {
      err.println("error: the rules gave no answer: " + printable(e.getMessage()));
      code = CliException.CHECK_FAILED;
    } else if (e instanceof InvalidRecordException) {
      // The model's and the JSON layer's messages never repeat personal data.
      err.println("error: " + printable(e.getMessage()));
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
