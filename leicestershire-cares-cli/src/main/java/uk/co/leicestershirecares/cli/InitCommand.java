package uk.co.leicestershirecares.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.co.leicestershirecares.rules.ShippedRules;

/**
 * {@code init DIR}: copies the shipped rules (decision tables and DRL) into a new or empty folder,
 * the start of an analyst's own policy.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = "Copy the shipped rules (decision tables .drl.csv and rule files .drl) into DIR, "
        + "a new or empty folder, to edit, check, test and load with --rules DIR.")
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "a new or empty folder")
  Path folder;

  @Override
  public Integer call() {
    if (Files.exists(folder) && !isEmptyFolder(folder)) {
      // Never overwrite an analyst's edits.
      throw CliException.badInput(folder + ": not a new or empty folder");
    }
    try {
      ShippedRules.copyTo(folder);
    } catch (UncheckedIOException e) {
      throw CliException.badInput(folder + ": cannot be written");
    }
    PrintWriter out = spec.commandLine().getOut();
    for (String name : ShippedRules.files()) {
      out.println(folder.resolve(name));
    }
    out.println("Copied the " + ShippedRules.files().size() + " shipped rule files into "
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
