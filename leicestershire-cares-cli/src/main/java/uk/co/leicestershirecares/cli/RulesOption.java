package uk.co.leicestershirecares.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import uk.co.leicestershirecares.rules.Diagnostic;
import uk.co.leicestershirecares.rules.DroolsPolicy;
import uk.co.leicestershirecares.rules.RuleFolder;

/** The {@code --rules DIR} option: the shipped rules unless an analyst's folder is named. */
final class RulesOption {
  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description = "a folder of .drl rule files to use instead of the shipped rules")
  Path folder;

  /** Returns the option naming {@code folder}, for commands that take the folder as DIR. */
  static RulesOption of(Path folder) {
    RulesOption option = new RulesOption();
    option.folder = folder;
    return option;
  }

  /**
   * Returns the shipped rules, or the folder's; when the folder does not compile, prints every
   * problem as {@code file:line:column: message} (the file relative to the folder) to {@code
   * err} and fails with exit code 1.
   */
  DroolsPolicy policy(PrintWriter err) {
    if (folder == null) {
      return DroolsPolicy.shipped();
    }
    if (!Files.isDirectory(folder)) {
      throw CliException.badInput(folder + ": no such folder");
    }
    RuleFolder.Result loaded = RuleFolder.load(folder);
    if (loaded.policy().isPresent()) {
      return loaded.policy().get();
    }
    for (Diagnostic diagnostic : loaded.diagnostics()) {
      err.println(diagnostic);
    }
    throw new CliException(CliException.CHECK_FAILED, "the rules in " + folder
        + " do not compile: " + loaded.diagnostics().size() + " problem"
        + (loaded.diagnostics().size() == 1 ? "" : "s"));
  }
}
