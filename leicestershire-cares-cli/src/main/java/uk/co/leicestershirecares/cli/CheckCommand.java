package uk.co.leicestershirecares.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.co.leicestershirecares.rules.Diagnostic;
import uk.co.leicestershirecares.rules.analyst.RuleChecker;

/**
 * {@code check DIR}: compiles an analyst's rule folder and lints it against the allow-list of
 * imports and calls; prints every problem as {@code file:line:column: message}.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Check a folder of .drl rule files: compile them and make sure they only use "
        + "the library's domain classes and java.time (no files, network or processes). Prints "
        + "every problem as file:line:column: message; exit code 1 if there is any.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "the folder of .drl rule files")
  Path folder;

  @Override
  public Integer call() {
    if (!Files.isDirectory(folder)) {
      throw CliException.badInput(folder + ": no such folder");
    }
    RuleChecker.Report report = RuleChecker.check(folder);
    PrintWriter out = spec.commandLine().getOut();
    if (report.isClean()) {
      out.println(Errors.printable(folder.toString())
          + ": the rules compile and use only allowed classes.");
      out.flush();
      return 0;
    }
    PrintWriter err = spec.commandLine().getErr();
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
