package uk.co.leicestershirecares.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import uk.co.leicestershirecares.rules.Diagnostic;
import uk.co.leicestershirecares.rules.analyst.RuleChecker;

/**
 * {@code check DIR}: checks an analyst's rule folder as every loader does (what the folder holds,
 * every table cell, the compiler, the allow-list check of the compiled classes, and the linter
 * for {@code .drl} files when {@code --allow-rule-code} is given) without running any of it;
 * prints every problem as {@code file:line:column: message}.
 */
@Command(
    name = "check",
    description = "Check a folder of rule files without running them: every policy table cell, "
        + "and with --allow-rule-code the .drl files too, compiled and checked to use only the "
        + "library's domain classes, java.time and the java.util collections (no files, network "
        + "or processes). Prints every problem as file:line:column: message; exit code 1 if "
        + "there is any.")
final class CheckCommand extends Subcommand {
  @Mixin RuleFolderArgument dir;

  @Override
  public Integer call() {
    Path folder = dir.existing();
    RuleChecker.Report report = dir.options().check(folder);
    PrintWriter out = out();
    if (report.isClean()) {
      out.println(Errors.printable(folder.toString())
          + ": the rules compile and use only allowed classes.");
      out.flush();
      return 0;
    }
    PrintWriter err = err();
    for (Diagnostic diagnostic : report.diagnostics()) {
      err.println(diagnostic);
    }
    int problems = report.diagnostics().size();
    err.println(Errors.printable(folder.toString()) + ": " + problems
        + (problems == 1 ? " problem" : " problems") + " ("
        + report.compileDiagnostics().size() + " from compiling, "
        + report.lintFindings().size() + " not allowed)");
    err.flush();
    return CliException.CHECK_FAILED;
  }
}
