package uk.co.leicestershirecares.benchmarks.coldstart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.co.leicestershirecares.rules.DroolsPolicy;
import uk.co.leicestershirecares.rules.RuleFolder;

/**
 * Start-up probe: a new JVM's first answer from the same shipped DRL compiled at run time by
 * {@link RuleFolder#load(Path)} (the DRL parser, the executable-model code generator and the
 * Eclipse compiler), then exit. The DRL files are copied out of the rules jar into a temporary
 * folder first (a few milliseconds), or read from the folder named by the first argument.
 */
public final class RuntimeCompileProbe {
  /** The shipped rules' package folder inside the rules jar; one file in it. */
  static final String RULES_FOLDER = "uk/co/leicestershirecares/rules";
  private static final String ANY_RULE_FILE = RULES_FOLDER + "/stage.drl";

  private RuntimeCompileProbe() {}

  /**
   * Compiles the shipped DRL (or {@code args[0]}'s), assesses the built-in record and prints one
   * line with the stage.
   *
   * @param args optionally a folder of {@code .drl} files
   * @throws IOException if the DRL cannot be copied
   */
  public static void main(String[] args) throws IOException {
    if (args.length > 0) {
      run(Path.of(args[0]));
      return;
    }
    Path folder = Files.createTempDirectory("coldstart-drl");
    try {
      copyShippedRules(folder);
      run(folder);
    } finally {
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static void run(Path folder) {
    RuleFolder.Result loaded = RuleFolder.load(folder);
    DroolsPolicy policy = loaded.policy().orElseThrow(() ->
        new IllegalStateException("the rules in " + folder + " do not compile: "
            + loaded.diagnostics()));
    Probes.report("runtime-compile", policy.assess(Probes.record(), Probes.AS_OF), System.out);
  }

  /** Copies every {@code .drl} file of the shipped rules (jar or class folder) into {@code to}. */
  static List<Path> copyShippedRules(Path to) throws IOException {
    URL any = RuntimeCompileProbe.class.getClassLoader().getResource(ANY_RULE_FILE);
    if (any == null) {
      throw new IllegalStateException(ANY_RULE_FILE + " is not on the class path");
    }
    URI uri;
    try {
      uri = any.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(any + " is not a URI", e);
    }
    if ("jar".equals(uri.getScheme())) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        return copyDrl(jar.getPath(RULES_FOLDER), to);
      }
    }
    return copyDrl(Path.of(uri).getParent(), to);
  }

  private static List<Path> copyDrl(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      List<Path> drl = files.filter(p -> p.getFileName().toString().endsWith(".drl"))
          .sorted().collect(Collectors.toList());
      for (Path file : drl) {
        Files.copy(file, to.resolve(file.getFileName().toString()));
      }
      return drl.stream().map(p -> to.resolve(p.getFileName().toString()))
          .collect(Collectors.toList());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
