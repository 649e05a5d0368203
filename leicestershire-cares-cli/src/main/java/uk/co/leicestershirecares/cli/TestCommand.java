package uk.co.leicestershirecares.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import uk.co.leicestershirecares.rules.analyst.ScenarioRunner;

/**
 * {@code test DIR --scenarios FILE_OR_DIR}: runs scenario files against the rules in a folder and
 * ends with {@code N passed, N failed}.
 */
@Command(
    name = "test",
    description = "Run scenarios (a record, a date, the expected answers) against the rules in "
        + "DIR. Reports each failure with what differs and ends with 'N passed, N failed'; exit "
        + "code 1 if any scenario failed.")
final class TestCommand extends Subcommand {
  @Mixin ScenarioInputs inputs;

  @Override
  public Integer call() {
    ScenarioRunner.Report report =
        ScenarioRunner.run(inputs.policy(err()), inputs.scenarios());
    PrintWriter out = out();
    out.println(report);
    out.flush();
    return report.failed() == 0 ? 0 : CliException.CHECK_FAILED;
  }
}
