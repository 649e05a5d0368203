package uk.co.leicestershirecares.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.Diagnostic;
import uk.co.leicestershirecares.rules.analyst.ReloadingPolicy;
import uk.co.leicestershirecares.rules.analyst.RulesNotLoadedException;

/**
 * {@code watch DIR}: loads a rule folder as an application's {@code ReloadingPolicy} would, then
 * again every time a rule file or scenario changes, for an analyst iterating on rules. Each load
 * waits until the folder has been quiet for {@code --quiet} seconds, then compiles, lints, runs
 * the probe records within the evaluation limits and the folder's {@code scenarios/}; a load
 * that fails prints why and keeps the previous rules in service, as {@code ReloadingPolicy}
 * does.
 */
@Command(
    name = "watch",
    description = "Load a folder of rule files now and again whenever one changes (once the "
        + "folder has been quiet), printing the problems or 'OK'; a refused load keeps the "
        + "previous rules in service. Stop it with Ctrl-C.")
final class WatchCommand extends Subcommand {
  @Parameters(index = "0", paramLabel = "DIR", description = "the folder of rule files")
  Path folder;

  @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "1",
      description = "how often to look for changes (default: ${DEFAULT-VALUE} s)")
  double intervalSeconds;

  @Option(names = "--quiet", paramLabel = "SECONDS", defaultValue = "0.5",
      description = "how long the folder must stay unchanged before it is loaded, so that a "
          + "file still being saved is never read (default: ${DEFAULT-VALUE} s)")
  double quietSeconds;

  @Option(names = "--allow-rule-code", description = RulesOption.ALLOW_RULE_CODE_HELP)
  boolean allowRuleCode;

  @Option(names = "--checks", paramLabel = "N", defaultValue = "0",
      description = "stop after N checks (default: never; for scripts and tests)")
  int checks;

  @Override
  public Integer call() throws InterruptedException {
    if (!Files.isDirectory(folder)) {
      throw CliException.badInput(folder + ": no such folder");
    }
    if (intervalSeconds <= 0) {
      throw CliException.badInput("--interval must be more than 0 seconds");
    }
    if (quietSeconds < 0) {
      throw CliException.badInput("--quiet must not be negative");
    }
    CaresRules quiet = CaresRules.newBuilder()
        .quietInterval(Duration.ofNanos((long) (quietSeconds * 1e9)));
    CaresRules options = allowRuleCode ? quiet.allowRuleCode() : quiet;
    PrintWriter out = out();
    ReloadingPolicy policy = null;
    String seen = null;
    int done = 0;
    boolean clean = false;
    try {
      while (checks == 0 || done < checks) {
        if (policy == null) {
          String now = ReloadingPolicy.fingerprintOf(folder);
          if (now.equals(seen)) {
            Thread.sleep((long) (intervalSeconds * 1000));
            continue;
          }
          seen = now;
          try {
            policy = options.buildReloading(folder);
            clean = true;
            printOk(out, policy);
          } catch (RulesNotLoadedException e) {
            clean = false;
            printRefused(out, e.diagnostics(), null, 0);
          }
          done++;
        } else if (!ReloadingPolicy.fingerprintOf(folder).equals(policy.lastTriedFingerprint())) {
          clean = policy.reloadIfChanged();
          if (clean) {
            printOk(out, policy);
          } else {
            printRefused(out, policy.lastDiagnostics(), policy.lastRejection().orElse(null),
                policy.version());
          }
          done++;
        } else {
          Thread.sleep((long) (intervalSeconds * 1000));
        }
      }
    } finally {
      if (policy != null) {
        policy.close();
      }
    }
    return clean ? 0 : CliException.CHECK_FAILED;
  }

  private void printOk(PrintWriter out, ReloadingPolicy policy) {
    out.println(Errors.printable(folder.toString()) + ": OK, version " + policy.version() + ": the rules compile, use only"
        + " allowed classes, finish within their limits and pass the folder's scenarios.");
    out.flush();
  }

  private void printRefused(PrintWriter out, List<Diagnostic> diagnostics,
      @Nullable String reason, long serving) {
    for (Diagnostic diagnostic : diagnostics) {
      out.println(diagnostic);
    }
    String why = diagnostics.isEmpty() ? Objects.requireNonNullElse(reason, "not loaded")
        : diagnostics.size() + " problem" + (diagnostics.size() == 1 ? "" : "s");
    out.println(Errors.printable(folder.toString()) + ": " + why + (serving > 0 ? "; still serving version " + serving : "")
        + "; waiting for a change...");
    out.flush();
  }
}
