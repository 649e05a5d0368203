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

  @Parameters(index = "0", paramLabel = "DIR", description = "the folder of rule files")
  Path folder;

  @Mixin ScenariosOption scenarios;

  @Mixin InputLimitOption limit;

  @Option(names = "--allow-rule-code", description = RulesOption.ALLOW_RULE_CODE_HELP)
  boolean allowRuleCode;

  @Override
  public Integer call() {
    RulesOption rules = RulesOption.of(folder, allowRuleCode);
    ScenarioRunner.Report report =
        ScenarioRunner.run(rules.policy(spec.commandLine().getErr()), scenarios.read(limit.bytes));
    PrintWriter out = spec.commandLine().getOut();
    out.println(report);
    out.flush();
    return report.failed() == 0 ? 0 : CliException.CHECK_FAILED;
  }
}
