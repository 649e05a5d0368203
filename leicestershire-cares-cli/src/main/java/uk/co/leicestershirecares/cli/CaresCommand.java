package uk.co.leicestershirecares.cli;

import java.util.List;
import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top command; it only holds the subcommands (add new ones to {@link #SUBCOMMANDS}, which
 * {@link Main#commandLine()} registers).
 */
@Command(
    name = "leicestershire-cares",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.class,
    description = "The analysts' workbench of Leicestershire Cares: assess participant records, "
        + "check, test and measure the coverage of rule folders, "
        + "explain a decision, print a quarterly report.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:a check failed (for example a rule folder that does not compile)",
        "2:bad usage or bad input (a missing file, bad JSON, a bad date, an unknown programme)",
    },
    footerHeading = "%n",
    footer = {
        "Records and data sets are JSON, documented in " + CaresCommand.RECORD_FORMAT + ".",
        "",
        "Tab completion in bash or zsh:",
        "  source <(leicestershire-cares generate-completion)",
    })
final class CaresCommand implements Runnable {
  /**
   * Where the JSON formats are documented, in words true for both a user of the distribution
   * (which ships the document) and one of the source repository (the same path from its root).
   */
  static final String RECORD_FORMAT =
      "docs/record-format.md in the distribution or the source repository";

  /** The subcommands, in the order the help lists them. */
  static final List<Class<?>> SUBCOMMANDS = List.of(
      AssessCommand.class,
      ExplainCommand.class,
      ReportCommand.class,
      InitCommand.class,
      CheckCommand.class,
      TestCommand.class,
      CoverageCommand.class,
      WatchCommand.class,
      GenerateCompletion.class,
      HelpCommand.class);

  @Spec CommandSpec spec;

  /** Where the subcommands' progress bars go ({@link QuietOption}). */
  final ProgressBars progressBars;

  CaresCommand(ProgressBars progressBars) {
    this.progressBars = progressBars;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is needed: "
        + String.join(", ", spec.subcommands().keySet()));
  }
}
