package uk.co.leicestershirecares.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shipped DRL files, copied out of the rules jar (or its class folder, in the reactor) into a
 * folder an analyst could edit. Every {@code .drl} file of the rules' package folder is copied,
 * so a rule file added to the rules module is benchmarked without a change here.
 */
public final class ShippedRules {
  /** The shipped rules' package folder on the class path. */
  static final String FOLDER = "uk/co/leicestershirecares/rules";
  private static final String ANY_RULE_FILE = FOLDER + "/stage.drl";

  private ShippedRules() {}

  /**
   * Copies every shipped rule file into {@code to} and returns the copies, sorted by name.
   *
   * @throws IllegalStateException if the shipped rules are not on the class path
   */
  public static List<Path> copyTo(Path to) {
    URL any = ShippedRules.class.getClassLoader().getResource(ANY_RULE_FILE);
    if (any == null) {
      throw new IllegalStateException(ANY_RULE_FILE + " is not on the class path");
    }
    URI uri;
    try {
      uri = any.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(any + " is not a URI", e);
    }
    try {
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          return copyDrl(jar.getPath(FOLDER), to);
        }
      }
      return copyDrl(Path.of(uri).getParent(), to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies every shipped rule file into a new temporary folder and returns the folder. */
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
   * Appends a comment to {@code file}: a change an analyst might make, which a reload must pick
   * up, and which changes no answer.
   */
  public static void touch(Path file, long edit) {
    try {
      Files.writeString(file, "\n// edit " + edit + "\n", StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> copyDrl(Path from, Path to) throws IOException {
    List<Path> copies = new ArrayList<>();
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".drl"))
          .sorted().collect(Collectors.toList())) {
        Path copy = to.resolve(file.getFileName().toString());
        Files.copy(file, copy);
        copies.add(copy);
      }
    }
    return copies;
  }
}
