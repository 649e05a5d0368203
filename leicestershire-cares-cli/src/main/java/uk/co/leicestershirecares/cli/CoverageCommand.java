package uk.co.leicestershirecares.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.co.leicestershirecares.rules.analyst.ScenarioRunner;

/** {@code coverage DIR --scenarios FILE_OR_DIR}: the rules the scenarios never fired. */
@Command(
    name = "coverage",
    mixinStandardHelpOptions = true,
    description = "List the rules in DIR that the scenarios never fired.")
final class CoverageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "the folder of rule files")
  Path folder;

  @Mixin ScenariosOption scenarios;

  @Mixin InputLimitOption limit;

  @Option(names = "--allow-rule-code", description = RulesOption.ALLOW_RULE_CODE_HELP)
  boolean allowRuleCode;

  @Override
  public Integer call() {
    RulesOption rules = RulesOption.of(folder, allowRuleCode);
    ScenarioRunner.Coverage coverage = ScenarioRunner.coverage(
        rules.policy(spec.commandLine().getErr()), scenarios.read(limit.bytes));
    PrintWriter out = spec.commandLine().getOut();
    out.println(coverage.fired().size() + " of " + coverage.rules().size()
        + " rules fired; never fired: " + coverage.neverFired().size());
    coverage.neverFired().forEach(rule -> out.println("  " + coverage.where(rule)));
    out.flush();
    return 0;
  }
}
