package uk.co.leicestershirecares.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uk.co.leicestershirecares.rules.analyst.ScenarioRunner;

/** {@code coverage DIR --scenarios FILE_OR_DIR}: the rules the scenarios never fired. */
@Command(
    name = "coverage",
    mixinStandardHelpOptions = true,
    description = "List the rules in DIR that the scenarios never fired.")
final class CoverageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScenarioInputs inputs;

  @Override
  public Integer call() {
    ScenarioRunner.Coverage coverage = ScenarioRunner.coverage(
        inputs.policy(spec.commandLine().getErr()), inputs.scenarios());
    PrintWriter out = spec.commandLine().getOut();
    out.println(coverage.fired().size() + " of " + coverage.rules().size()
        + " rules fired; never fired: " + coverage.neverFired().size());
    coverage.neverFired().forEach(rule -> out.println("  " + coverage.where(rule)));
    out.flush();
    return 0;
  }
}
