package uk.co.leicestershirecares.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The shipped policy tables, copied out of the rules jar into a folder an analyst could edit,
 * through the rules module's own {@link uk.co.leicestershirecares.rules.ShippedRules}: a table
 * added there is benchmarked without a change here. Loading the folder compiles the shipped DRL
 * with it, as every analyst's folder does.
 */
public final class ShippedRules {
  private ShippedRules() {}

  /**
   * Copies every shipped policy table into {@code to} and returns the copies, sorted by name.
   *
   * @throws UncheckedIOException if a file cannot be written
   */
  public static List<Path> copyTo(Path to) {
    uk.co.leicestershirecares.rules.ShippedRules.copyTablesTo(to);
    List<Path> copies = new ArrayList<>();
    for (String name : uk.co.leicestershirecares.rules.ShippedRules.tables()) {
      copies.add(to.resolve(name));
    }
    return copies;
  }

  /** Copies every shipped policy table into a new temporary folder and returns the folder. */
  public static Path copyToTemporaryFolder() {
    try {
      Path folder = Files.createTempDirectory("leicestershire-cares-rules");
      copyTo(folder);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Appends a comment to {@code file} (a trailing empty row to a decision table, which has no
   * comments): a change an analyst might make, which a reload must pick up, and which changes no
   * answer.
   */
  public static void touch(Path file, long edit) {
    String change = file.getFileName().toString().endsWith(".drl.csv")
        ? "\n" : "\n// edit " + edit + "\n";
    try {
      Files.writeString(file, change, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
