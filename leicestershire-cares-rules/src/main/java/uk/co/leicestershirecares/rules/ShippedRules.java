package uk.co.leicestershirecares.rules;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The rule files shipped in this jar, DRL and decision tables alike; their names are listed
 * once, in {@code shipped-rules.txt} beside them. {@link #copyTablesTo(Path)} writes the policy
 * tables, the starting point of an analyst's own folder, which {@link CaresRules#load(Path)} then
 * loads on top of the shipped DRL; {@link #copyTo(Path)} writes the DRL too, for developers (a
 * folder with DRL loads only with {@link CaresRules#allowRuleCode()}).
 *
 * <pre>{@code
 * Path mine = ShippedRules.copyTablesTo(Path.of("my-rules"));   // edit a table cell, then
 * CaresRules.newBuilder().load(mine);
 * }</pre>
 */
public final class ShippedRules {
  /** Where the files are on the class path. */
  public static final String FOLDER = "/uk/co/leicestershirecares/rules/";

  private static final String INDEX = "shipped-rules.txt";
  private static final ImmutableList<String> FILES = index();
  private static final ImmutableList<String> TABLES = FILES.stream()
      .filter(f -> f.endsWith(".drl.csv")).collect(ImmutableList.toImmutableList());

  private ShippedRules() {}

  /** The shipped rule files' names, in alphabetical order. */
  public static ImmutableList<String> files() {
    return FILES;
  }

  /**
   * Returns the content of the shipped file {@code name}.
   *
   * @throws IllegalArgumentException if {@code name} is not one of {@link #files()}
   */
  public static String text(String name) {
    if (!FILES.contains(Objects.requireNonNull(name, "name"))) {
      throw new IllegalArgumentException("not a shipped rule file: " + name);
    }
    return new String(read(name), StandardCharsets.UTF_8);
  }

  /** The shipped policy tables' names ({@code *.drl.csv}), in alphabetical order. */
  public static ImmutableList<String> tables() {
    return TABLES;
  }

  /**
   * Writes every shipped rule file, DRL and tables, into {@code folder}, creating it if needed
   * and replacing files of the same names.
   *
   * @return {@code folder}
   * @throws UncheckedIOException if the folder or a file cannot be written
   */
  public static Path copyTo(Path folder) {
    return copy(FILES, folder);
  }

  /**
   * Writes the shipped policy tables ({@link #tables()}) into {@code folder}, creating it if
   * needed and replacing files of the same names: a folder an analyst edits, with no rule code.
   *
   * @return {@code folder}
   * @throws UncheckedIOException if the folder or a file cannot be written
   */
  public static Path copyTablesTo(Path folder) {
    return copy(TABLES, folder);
  }

  private static Path copy(ImmutableList<String> names, Path folder) {
    Objects.requireNonNull(folder, "folder");
    try {
      Files.createDirectories(folder);
      for (String name : names) {
        Files.write(folder.resolve(name), read(name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the shipped rules into " + folder, e);
    }
    return folder;
  }

  private static ImmutableList<String> index() {
    ImmutableList.Builder<String> files = ImmutableList.builder();
    for (String line : new String(read(INDEX), StandardCharsets.UTF_8).split("\\R")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        files.add(name);
      }
    }
    return files.build();
  }

  private static byte[] read(String name) {
    try (InputStream in = ShippedRules.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException(FOLDER + name + " is missing from the"
            + " leicestershire-cares-rules jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
