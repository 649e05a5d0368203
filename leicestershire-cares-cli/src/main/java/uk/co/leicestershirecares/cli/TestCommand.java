package uk.co.leicestershirecares.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uk.co.leicestershirecares.rules.analyst.ScenarioRunner;

/**
 * {@code test DIR --scenarios FILE_OR_DIR}: runs scenario files against the rules in a folder and
 * ends with {@code N passed, N failed}.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = "Run scenarios (a record, a date, the expected answers) against the rules in "
        + "DIR. Reports each failure with what differs and ends with 'N passed, N failed'; exit "
        + "code 1 if any scenario failed.")
final class TestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScenarioInputs inputs;

  @Override
  public Integer call() {
    ScenarioRunner.Report report =
        ScenarioRunner.run(inputs.policy(spec.commandLine().getErr()), inputs.scenarios());
    PrintWriter out = spec.commandLine().getOut();
    out.println(report);
    out.flush();
    return report.failed() == 0 ? 0 : CliException.CHECK_FAILED;
  }
}
