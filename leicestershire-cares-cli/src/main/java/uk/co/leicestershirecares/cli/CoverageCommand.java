package uk.co.leicestershirecares.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import uk.co.leicestershirecares.rules.analyst.ScenarioRunner;

/** {@code coverage DIR --scenarios FILE_OR_DIR}: the rules the scenarios never fired. */
@Command(
    name = "coverage",
    description = "List the rules in DIR that the scenarios never fired.")
final class CoverageCommand extends Subcommand {
  @Mixin ScenarioInputs inputs;

  @Override
  public Integer call() {
    ScenarioRunner.Coverage coverage = ScenarioRunner.coverage(
        inputs.policy(err()), inputs.scenarios());
    PrintWriter out = out();
    out.println(coverage.fired().size() + " of " + coverage.rules().size()
        + " rules fired; never fired: " + coverage.neverFired().size());
    coverage.neverFired().forEach(rule -> out.println("  " + coverage.where(rule)));
    out.flush();
    return 0;
  }
}
