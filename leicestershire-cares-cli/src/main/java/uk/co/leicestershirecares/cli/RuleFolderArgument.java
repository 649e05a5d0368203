package uk.co.leicestershirecares.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.DroolsPolicy;

/**
 * The {@code DIR} argument and {@code --allow-rule-code} option of the commands that work on an
 * analyst's rule folder ({@code check}, and {@code test} and {@code coverage} through {@link
 * ScenarioInputs}), so that they name, explain and refuse the folder alike.
 */
final class RuleFolderArgument {
  @Parameters(index = "0", paramLabel = "DIR", description = "the folder of rule files")
  Path folder;

  @Option(names = "--allow-rule-code", description = RulesOption.ALLOW_RULE_CODE_HELP)
  boolean allowRuleCode;

  /**
   * Returns the folder.
   *
   * @throws CliException with the bad-input exit code when the folder does not exist
   */
  Path existing() {
    if (!Files.isDirectory(folder)) {
      throw CliException.badInput(folder + ": no such folder");
    }
    return folder;
  }

  /** Returns the loader options this folder is read with: tables only, or rule code too. */
  CaresRules options() {
    return RulesOption.folderOptions(allowRuleCode);
  }

  /**
   * Returns the folder's policy, as {@link RulesOption#policy(PrintWriter)} loads it: a refused
   * folder prints its problems to {@code err} and fails with exit code 1.
   */
  DroolsPolicy policy(PrintWriter err) {
    return RulesOption.of(folder, allowRuleCode).policy(err);
  }
}
