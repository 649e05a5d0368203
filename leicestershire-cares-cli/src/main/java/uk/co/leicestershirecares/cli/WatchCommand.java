package uk.co.leicestershirecares.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.co.leicestershirecares.rules.Diagnostic;
import uk.co.leicestershirecares.rules.RuleFolder;
import uk.co.leicestershirecares.rules.analyst.RuleChecker;

/**
 * {@code watch DIR}: checks a rule folder, then checks it again every time a {@code .drl} file in
 * it changes, for an analyst iterating on rules. An embedding application uses the library side
 * instead: {@code ReloadingPolicy}, which swaps rules in only when they compile.
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = "Check a folder of .drl rule files now and again whenever one changes, "
        + "printing the problems or 'OK'. Stop it with Ctrl-C.")
final class WatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "the folder of .drl rule files")
  Path folder;

  @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "1",
      description = "how often to look for changes (default: ${DEFAULT-VALUE} s)")
  double intervalSeconds;

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
    PrintWriter out = spec.commandLine().getOut();
    String seen = null;
    int done = 0;
    boolean clean = false;
    while (checks == 0 || done < checks) {
      String now = fingerprint();
      if (!now.equals(seen)) {
        seen = now;
        clean = check(out);
        done++;
      } else {
        Thread.sleep((long) (intervalSeconds * 1000));
      }
    }
    return clean ? 0 : CliException.CHECK_FAILED;
  }

  private boolean check(PrintWriter out) {
    RuleChecker.Report report = RuleChecker.check(folder);
    if (report.isClean()) {
      out.println(folder + ": OK, the rules compile and use only allowed classes.");
    } else {
      for (Diagnostic diagnostic : report.diagnostics()) {
        out.println(diagnostic);
      }
      out.println(folder + ": " + report.diagnostics().size() + " problem"
          + (report.diagnostics().size() == 1 ? "" : "s") + "; waiting for a change...");
    }
    out.flush();
    return report.isClean();
  }

  /** A digest of every rule file's name and content: it changes exactly when a rule file does. */
  private String fingerprint() {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> drl = files.filter(RuleFolder::isRuleFile)
          .sorted().collect(Collectors.toList());
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path file : drl) {
        digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(file));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw CliException.badInput(folder + ": cannot be read");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
