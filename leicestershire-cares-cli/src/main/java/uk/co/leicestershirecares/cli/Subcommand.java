package uk.co.leicestershirecares.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand of {@link CaresCommand} shares: {@code --help} and {@code --version}
 * (picocli merges this class's {@code @Command} attributes into each subclass's), and the
 * streams picocli was given, so that tests and {@code Main} can capture what a command prints.
 */
@Command(mixinStandardHelpOptions = true)
abstract class Subcommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Returns the command's standard output. */
  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Returns the command's standard error. */
  final PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
