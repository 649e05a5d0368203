package uk.co.leicestershirecares.benchmarks.coldstart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.co.leicestershirecares.benchmarks.ShippedRules;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.DroolsPolicy;
import uk.co.leicestershirecares.rules.RuleFolder;

/**
 * Start-up probe: a new JVM's first answer from the same shipped DRL compiled at run time by
 * {@link CaresRules#load(Path)} (the DRL parser, the executable-model code generator and the
 * Eclipse compiler), then exit. The DRL files are copied out of the rules jar into a temporary
 * folder first (a few milliseconds), or read from the folder named by the first argument.
 */
public final class RuntimeCompileProbe {
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
      ShippedRules.copyTo(folder);
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
    RuleFolder.Result loaded = CaresRules.newBuilder().load(folder);
    DroolsPolicy policy = loaded.policy().orElseThrow(() ->
        new IllegalStateException("the rules in " + folder + " do not compile: "
            + loaded.diagnostics()));
    Probes.report("runtime-compile", policy.assess(Probes.record(), Probes.AS_OF), System.out);
  }
}
