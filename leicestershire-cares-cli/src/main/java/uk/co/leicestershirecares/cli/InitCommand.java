package uk.co.leicestershirecares.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.co.leicestershirecares.rules.ShippedRules;

/**
 * {@code init DIR}: copies the shipped policy tables into a new or empty folder, the start of an
 * analyst's own policy ({@code --with-rule-code} copies the shipped DRL too, for developers).
 */
@Command(
    name = "init",
    description = "Copy the shipped policy tables (.drl.csv) into DIR, a new or empty folder, to "
        + "edit, check, test and load with --rules DIR. The shipped rule code comes from the "
        + "library itself, so the folder needs none.")
final class InitCommand extends Subcommand {
  @Parameters(index = "0", paramLabel = "DIR", description = "a new or empty folder")
  Path folder;

  @Option(names = "--with-rule-code", description = "copy the shipped .drl rule files too (a"
      + " folder with them loads only with --allow-rule-code)")
  boolean withRuleCode;

  @Override
  public Integer call() {
    if (Files.exists(folder) && !isEmptyFolder(folder)) {
      // Never overwrite an analyst's edits.
      throw CliException.badInput(folder + ": not a new or empty folder");
    }
    try {
      if (withRuleCode) {
        ShippedRules.copyTo(folder);
      } else {
        ShippedRules.copyTablesTo(folder);
      }
    } catch (UncheckedIOException e) {
      throw CliException.badInput(folder + ": cannot be written");
    }
    PrintWriter out = out();
    List<String> copied = withRuleCode ? ShippedRules.files() : ShippedRules.tables();
    for (String name : copied) {
      out.println(folder.resolve(name));
    }
    out.println("Copied the " + copied.size() + " shipped " + (withRuleCode ? "rule files"
        : "policy tables") + " into "
        + folder + ". Edit them, then: check " + folder);
    out.flush();
    return 0;
  }

  private static boolean isEmptyFolder(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.findAny().isEmpty();
    } catch (IOException e) {
      throw CliException.badInput(folder + ": cannot be read");
    }
  }
}
