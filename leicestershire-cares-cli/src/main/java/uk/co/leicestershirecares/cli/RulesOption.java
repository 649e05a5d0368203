package uk.co.leicestershirecares.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.Diagnostic;
import uk.co.leicestershirecares.rules.DroolsPolicy;
import uk.co.leicestershirecares.rules.RuleFolder;

/**
 * The {@code --rules DIR} and {@code --allow-rule-code} options: the shipped rules unless an
 * analyst's folder is named, and that folder's policy tables only unless rule code is allowed.
 */
final class RulesOption {
  /** The help of {@code --allow-rule-code}, the same in every command that takes a folder. */
  static final String ALLOW_RULE_CODE_HELP = "also load the folder's .drl rule files. Rule code"
      + " runs with this program's rights (files, network, processes): allow it only for a"
      + " folder you trust as you trust this program. Without it a folder holds policy tables"
      + " (.drl.csv) and scenarios only.";

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description = "a folder of policy tables (.drl.csv) to use instead of the shipped ones")
  @Nullable Path folder;

  @Option(names = "--allow-rule-code", description = ALLOW_RULE_CODE_HELP)
  boolean allowRuleCode;

  /**
   * Returns the option naming {@code folder}, for commands that take the folder as DIR, with
   * rule code allowed or not.
   */
  static RulesOption of(Path folder, boolean allowRuleCode) {
    RulesOption option = new RulesOption();
    option.folder = folder;
    option.allowRuleCode = allowRuleCode;
    return option;
  }

  /** Returns the folder options these options ask for. */
  static CaresRules folderOptions(boolean allowRuleCode) {
    return allowRuleCode ? CaresRules.newBuilder().allowRuleCode()
        : CaresRules.newBuilder();
  }

  /**
   * Returns the shipped rules, or the folder's; when the folder is refused, prints every
   * problem as {@code file:line:column: message} (the file relative to the folder) to {@code
   * err} and fails with exit code 1.
   */
  DroolsPolicy policy(PrintWriter err) {
    if (folder == null) {
      return CaresRules.newBuilder().build();
    }
    if (!Files.isDirectory(folder)) {
      throw CliException.badInput(folder + ": no such folder");
    }
    RuleFolder.Result loaded = folderOptions(allowRuleCode).load(folder);
    if (loaded.policy().isPresent()) {
      return loaded.policy().get();
    }
    for (Diagnostic diagnostic : loaded.diagnostics()) {
      err.println(diagnostic);
    }
    throw new CliException(CliException.CHECK_FAILED, "the rules in " + folder
        + " were not loaded: " + loaded.diagnostics().size() + " problem"
        + (loaded.diagnostics().size() == 1 ? "" : "s"));
  }
}
