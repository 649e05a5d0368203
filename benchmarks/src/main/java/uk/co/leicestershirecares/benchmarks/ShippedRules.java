package uk.co.leicestershirecares.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import uk.co.leicestershirecares.rules.DroolsPolicy;

/** The shipped DRL files, copied out of the rules jar into a folder an analyst could edit. */
public final class ShippedRules {
  /** The rule files of the shipped rules, in the order they appear in the jar's folder. */
  public static final List<String> FILES = List.of("age.drl", "care-experienced.drl",
      "outcomes.drl", "programmes.drl", "stage.drl", "targeted-youth-work.drl", "up.drl",
      "wire.drl");

  private static final String FOLDER = "/uk/co/leicestershirecares/rules/";

  private ShippedRules() {}

  /**
   * Copies every shipped rule file into a new temporary folder and returns it.
   *
   * @throws IllegalStateException if a rule file is missing from the class path
   */
  public static Path copyToTemporaryFolder() {
    try {
      Path folder = Files.createTempDirectory("leicestershire-cares-rules");
      for (String file : FILES) {
        try (InputStream in = DroolsPolicy.class.getResourceAsStream(FOLDER + file)) {
          if (in == null) {
            throw new IllegalStateException("the rules jar has no " + FOLDER + file);
          }
          Files.copy(in, folder.resolve(file));
        }
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Appends a comment to {@code file} in {@code folder}: a change an analyst might make, which a
   * reload must pick up, and which changes no answer.
   */
  public static void touch(Path folder, String file, long edit) {
    try {
      Files.writeString(folder.resolve(file), "\n// edit " + edit + "\n",
          java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
