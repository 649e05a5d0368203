package uk.co.leicestershirecares.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --quiet} option of commands that show progress, and where their progress goes: the
 * {@link ProgressBars} of the top command ({@link CaresCommand}), or the system's when a command
 * runs on its own.
 */
final class QuietOption {
  @Spec(Spec.Target.MIXEE) CommandSpec command;

  @Option(names = {"-q", "--quiet"},
      description = "no progress bar: standard error gets errors only (a bar is shown there only "
          + "when it is a terminal and the work takes more than a second)")
  boolean quiet;

  /** Starts the progress of {@code total} steps, named after the command. */
  Progress start(int total) {
    return start(total, "");
  }

  /** Starts the progress of {@code total} steps of {@code unit} each, such as {@code " KiB"}. */
  Progress start(int total, String unit) {
    Object top = command.root().userObject();
    ProgressBars bars = top instanceof CaresCommand caresCommand
        ? caresCommand.progressBars
        : ProgressBars.system();
    return bars.start(command.name(), total, unit, quiet);
  }
}
