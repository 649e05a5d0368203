package uk.co.leicestershirecares.benchmarks.coldstart;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Cold start: starts new JVMs and measures the wall time from {@link ProcessBuilder#start()} to
 * the process's exit, for each variant: the library's first answer from the plain-Java reference
 * policy, from the shipped precompiled rules and from the same DRL compiled at run time (the
 * {@code *Probe} mains in this package), the same under JVM options, and the CLI's {@code assess}
 * of one record from the runnable jar or through {@code bin/leicestershire-cares}.
 *
 * <p>Variants run round-robin (one run of each in turn, {@code --runs} rounds after {@code
 * --warmup} rounds that are not counted), so a busy machine slows them all alike; compare the
 * variants of one run with each other, not numbers across runs. Every child JVM is the same
 * {@code java} as this one, with this JVM's class path for the library probes.
 *
 * <pre>
 * java -cp benchmarks/target/leicestershire-cares-benchmarks-0.1.0-SNAPSHOT.jar:$(cat \
 *     benchmarks/target/classpath.txt) \
 *     uk.co.leicestershirecares.benchmarks.coldstart.ColdStart \
 *     --runs 15 --out benchmarks/target/coldstart \
 *     --cli-jar leicestershire-cares-cli/target/leicestershire-cares-cli-0.1.0-SNAPSHOT-all.jar \
 *     --record leicestershire-cares-cli/src/test/resources/uk/co/leicestershirecares/cli/record.json
 * </pre>
 *
 * <p>Options: {@code --runs N} (counted rounds, default 10), {@code --warmup N} (default 1),
 * {@code --out DIR} (where AppCDS archives, the children's output and {@code coldstart.csv} go;
 * default a temporary folder), {@code --variants a,b,...} (default all that can run), {@code
 * --cli-jar JAR} and {@code --record FILE} (the CLI variants, only when both are given), {@code
 * --script FILE} (the launcher script, variant {@code cli-script}; it is run with {@code
 * LEICESTERSHIRE_CARES_CDS_DIR} set to a folder under {@code --out}), {@code --cli-jar-baseline
 * JAR} (another build of the runnable jar to compare with, variants {@code cli-baseline*}).
 *
 * <p><b>Output.</b> A table for people, then one machine-readable line per variant on standard
 * output, also written to {@code DIR/coldstart.csv}:
 *
 * <pre>
 * coldstart,&lt;variant&gt;,&lt;median ms&gt;,&lt;min ms&gt;,&lt;max ms&gt;,&lt;runs&gt;
 * </pre>
 *
 * <p>then one line per ratio of medians, {@code coldstart-ratio,<variant a>/<variant b>,<ratio>}
 * (for example {@code precompiled/runtime-compile}), then for each variant that first writes an
 * AppCDS archive the time of that one run, {@code coldstart-prepare,<variant>,<ms>} (what the
 * first run after installing pays). Milliseconds are whole numbers; the ratio has two decimals.
 * The {@code cli-trimmed} variants run a copy of the jar, written to {@code DIR/cli-trimmed.jar},
 * without the run-time compiler's packages ({@link #COMPILE_ONLY_PACKAGES}). A child that exits
 * non-zero, prints nothing, or prints anything on standard error stops the run with its output
 * shown: a probe that fails must not pass for a fast one.
 */
public final class ColdStart {
  /** The probes' package, for their class names. */
  private static final String PROBES = ColdStart.class.getPackageName() + ".";

  /**
   * File-name prefixes of the jars only run-time compilation (RuleFolder) needs: the DRL parser
   * and its ANTLR runtimes, the executable-model code generator, JavaParser, the MVEL-dialect
   * compiler and the Eclipse compiler. The precompiled rules run without them (variant {@code
   * precompiled-trimmed} proves it each time it runs).
   */
  static final List<String> COMPILE_ONLY_JARS = List.of(
      "drools-model-codegen-", "drools-codegen-common-", "javaparser-core-",
      "drools-mvel-parser-", "drools-mvel-compiler-", "drools-drl-parser-", "antlr4-runtime-",
      "antlr-runtime-", "drools-ecj-", "ecj-");

  private ColdStart() {}

  /** One way of starting a JVM: a name and its command line. */
  record Variant(String name, List<String> command, List<String> prepare) {
    Variant(String name, List<String> command) {
      this(name, command, List.of());
    }
  }

  /** The measured wall times of one variant, in milliseconds. */
  record Timings(String variant, List<Long> millis) {
    long median() {
      List<Long> sorted = millis.stream().sorted().collect(Collectors.toList());
      int n = sorted.size();
      return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    long min() {
      return millis.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    long max() {
      return millis.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    String csv() {
      return "coldstart," + variant + "," + median() + "," + min() + "," + max() + ","
          + millis.size();
    }
  }

  /**
   * Runs the variants and prints the table and the machine-readable lines.
   *
   * @param args the options in the class comment
   * @throws Exception if a child cannot start, fails, or the output cannot be written
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int runs = Integer.parseInt(options.getOrDefault("runs", "10"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "1"));
    Path out = options.containsKey("out") ? Path.of(options.get("out"))
        : Files.createTempDirectory("coldstart");
    Files.createDirectories(out);
    List<Variant> variants = variants(options, out);
    if (options.containsKey("variants")) {
      List<String> wanted = Arrays.asList(options.get("variants").split(","));
      variants = variants.stream().filter(v -> wanted.contains(v.name()))
          .collect(Collectors.toList());
    }
    // Preparation runs write the AppCDS archives; their time is the first run's extra cost.
    List<String> prepared = new ArrayList<>();
    for (Variant v : variants) {
      if (!v.prepare().isEmpty()) {
        prepared.add("coldstart-prepare," + v.name() + "," + run(v.name() + "-prepare",
            v.prepare(), out));
      }
    }
    Map<String, List<Long>> times = new LinkedHashMap<>();
    variants.forEach(v -> times.put(v.name(), new ArrayList<>()));
    for (int round = 0; round < warmup + runs; round++) {
      for (Variant v : variants) {
        long millis = run(v.name(), v.command(), out);
        if (round >= warmup) {
          times.get(v.name()).add(millis);
        }
      }
    }
    List<Timings> timings = times.entrySet().stream()
        .map(e -> new Timings(e.getKey(), e.getValue())).collect(Collectors.toList());
    List<String> lines = print(timings, System.out);
    prepared.forEach(System.out::println);
    lines.addAll(prepared);
    Files.write(out.resolve("coldstart.csv"), lines, StandardCharsets.UTF_8);
  }

  /** Prints the table, then the machine-readable lines, which it returns. */
  static List<String> print(List<Timings> timings, PrintStream out) {
    out.printf(Locale.ROOT, "%-28s %8s %8s %8s %5s%n", "variant", "median", "min", "max", "runs");
    for (Timings t : timings) {
      out.printf(Locale.ROOT, "%-28s %8d %8d %8d %5d%n", t.variant(), t.median(), t.min(),
          t.max(), t.millis().size());
    }
    List<String> lines = timings.stream().map(Timings::csv).collect(Collectors.toList());
    Map<String, Timings> byName = timings.stream()
        .collect(Collectors.toMap(Timings::variant, t -> t, (a, b) -> a, LinkedHashMap::new));
    for (String[] pair : new String[][] {
        {"precompiled", "runtime-compile"}, {"precompiled-container", "runtime-compile"},
        {"precompiled", "precompiled-container"}, {"precompiled", "reference"},
        {"precompiled-tuned", "precompiled"}, {"cli-appcds", "cli"}, {"cli-script", "cli"},
        {"cli-trimmed", "cli"}, {"cli-tuned", "cli"}, {"cli-trimmed-tuned", "cli"},
        {"cli-appcds-tiered1", "cli"}, {"cli-tuned", "cli-appcds-tiered1"},
        {"cli-xshare-off", "cli"}, {"cli-tiered1", "cli"}, {"cli-serialgc", "cli"},
        {"precompiled-trimmed", "precompiled"}, {"precompiled-appcds", "precompiled"},
        {"precompiled-appcds-tuned", "precompiled"}, {"precompiled-appcds-tuned", "reference"},
        {"cli-version", "cli"}, {"cli", "cli-baseline"},
        {"cli-appcds-tiered1", "cli-baseline-appcds-tiered1"}}) {
      Timings a = byName.get(pair[0]);
      Timings b = byName.get(pair[1]);
      if (a != null && b != null && b.median() > 0) {
        lines.add(String.format(Locale.ROOT, "coldstart-ratio,%s/%s,%.2f", pair[0], pair[1],
            (double) a.median() / b.median()));
      }
    }
    lines.forEach(out::println);
    return lines;
  }

  /** Every variant that can run with the options given. */
  static List<Variant> variants(Map<String, String> options, Path out) {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String classPath = System.getProperty("java.class.path");
    String trimmed = Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> COMPILE_ONLY_JARS.stream()
            .noneMatch(prefix -> Path.of(entry).getFileName().toString().startsWith(prefix)))
        .collect(Collectors.joining(File.pathSeparator));
    List<String> tuned = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    List<Variant> variants = new ArrayList<>();
    variants.add(new Variant("reference", probe(java, List.of(), classPath, "ReferenceProbe")));
    variants.add(new Variant("precompiled", probe(java, List.of(), classPath, "PrecompiledProbe")));
    variants.add(new Variant("precompiled-container",
        probe(java, List.of(), classPath, "ContainerProbe")));
    variants.add(new Variant("runtime-compile",
        probe(java, List.of(), classPath, "RuntimeCompileProbe")));
    variants.add(new Variant("precompiled-trimmed",
        probe(java, List.of(), trimmed, "PrecompiledProbe")));
    variants.add(new Variant("precompiled-tuned", probe(java, tuned, classPath, "PrecompiledProbe")));
    // JDK 17 archives classes from jars only: with a class folder on the path (a test run from
    // target/classes) the archiving run fails, so the variant is left out.
    if (Arrays.stream(classPath.split(File.pathSeparator)).noneMatch(e -> Files.isDirectory(
        Path.of(e)))) {
      Path libraryArchive = out.resolve("precompiled.jsa");
      variants.add(new Variant("precompiled-appcds",
          probe(java, List.of("-XX:SharedArchiveFile=" + libraryArchive), classPath,
              "PrecompiledProbe"),
          probe(java, List.of("-XX:ArchiveClassesAtExit=" + libraryArchive), classPath,
              "PrecompiledProbe")));
      Path bestArchive = out.resolve("precompiled-appcds-tuned.jsa");
      List<String> best = new ArrayList<>(tuned);
      best.add("-XX:SharedArchiveFile=" + bestArchive);
      List<String> bestArchiving = new ArrayList<>(tuned);
      bestArchiving.add("-XX:ArchiveClassesAtExit=" + bestArchive);
      variants.add(new Variant("precompiled-appcds-tuned",
          probe(java, best, classPath, "PrecompiledProbe"),
          probe(java, bestArchiving, classPath, "PrecompiledProbe")));
    }
    String jar = options.get("cli-jar");
    String record = options.get("record");
    if (jar != null && record != null) {
      List<String> assess = List.of("assess", "--record", record, "--as-of", "2026-11-25");
      variants.add(new Variant("cli", cli(java, List.of(), jar, assess)));
      String baseline = options.get("cli-jar-baseline");
      if (baseline != null) {
        variants.add(new Variant("cli-baseline", cli(java, List.of(), baseline, assess)));
        Path baselineArchive = out.resolve("cli-baseline-appcds-tiered1.jsa");
        variants.add(new Variant("cli-baseline-appcds-tiered1",
            cli(java, List.of("-XX:TieredStopAtLevel=1",
                "-XX:SharedArchiveFile=" + baselineArchive), baseline, assess),
            cli(java, List.of("-XX:TieredStopAtLevel=1",
                "-XX:ArchiveClassesAtExit=" + baselineArchive), baseline, assess)));
      }
      // The floor under any command: the JVM, picocli and the command tree, no record, no rules.
      variants.add(new Variant("cli-version", cli(java, List.of(), jar, List.of("--version"))));
      variants.add(new Variant("cli-xshare-off", cli(java, List.of("-Xshare:off"), jar, assess)));
      variants.add(new Variant("cli-tiered1",
          cli(java, List.of("-XX:TieredStopAtLevel=1"), jar, assess)));
      variants.add(new Variant("cli-serialgc", cli(java, List.of("-XX:+UseSerialGC"), jar, assess)));
      Path cliArchive = out.resolve("cli.jsa");
      variants.add(new Variant("cli-appcds",
          cli(java, List.of("-XX:SharedArchiveFile=" + cliArchive), jar, assess),
          cli(java, List.of("-XX:ArchiveClassesAtExit=" + cliArchive), jar, assess)));
      Path tieredArchive = out.resolve("cli-appcds-tiered1.jsa");
      variants.add(new Variant("cli-appcds-tiered1",
          cli(java, List.of("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + tieredArchive),
              jar, assess),
          cli(java, List.of("-XX:TieredStopAtLevel=1", "-XX:ArchiveClassesAtExit=" + tieredArchive),
              jar, assess)));
      List<String> all = new ArrayList<>(tuned);
      Path tunedArchive = out.resolve("cli-tuned.jsa");
      all.add("-XX:SharedArchiveFile=" + tunedArchive);
      List<String> archiving = new ArrayList<>(tuned);
      archiving.add("-XX:ArchiveClassesAtExit=" + tunedArchive);
      variants.add(new Variant("cli-tuned", cli(java, all, jar, assess),
          cli(java, archiving, jar, assess)));
      // The same jar without the run-time compiler's packages: what trimming the class path
      // would buy assess (check, test and watch need them, so the shipped jar keeps them).
      String trimmedJar = trimmedJar(Path.of(jar), out).toString();
      variants.add(new Variant("cli-trimmed", cli(java, List.of(), trimmedJar, assess)));
      Path trimmedArchive = out.resolve("cli-trimmed-tuned.jsa");
      List<String> trimmedTuned = new ArrayList<>(tuned);
      trimmedTuned.add("-XX:SharedArchiveFile=" + trimmedArchive);
      List<String> trimmedArchiving = new ArrayList<>(tuned);
      trimmedArchiving.add("-XX:ArchiveClassesAtExit=" + trimmedArchive);
      variants.add(new Variant("cli-trimmed-tuned", cli(java, trimmedTuned, trimmedJar, assess),
          cli(java, trimmedArchiving, trimmedJar, assess)));
      String script = options.get("script");
      if (script != null) {
        deleteArchives(out.resolve("script-cds"));
        List<String> command = new ArrayList<>(List.of("env",
            "LEICESTERSHIRE_CARES_CDS_DIR=" + out.resolve("script-cds"), "JAVA=" + java,
            "bash", script));
        command.addAll(assess);
        // The first run creates the archive; it is a preparation run, as for cli-appcds.
        variants.add(new Variant("cli-script", command, command));
      }
    }
    return variants;
  }

  /**
   * Package folders, inside the runnable jar, of the jars in {@link #COMPILE_ONLY_JARS}.
   */
  static final List<String> COMPILE_ONLY_PACKAGES = List.of(
      "org/drools/model/codegen", "org/drools/codegen/common", "com/github/javaparser",
      "org/drools/mvel/parser", "org/drools/mvel2", "org/drools/mvelcompiler",
      "org/drools/drl/parser", "org/antlr", "org/drools/ecj", "org/eclipse/jdt");

  /** Copies {@code jar} into {@code out} without {@link #COMPILE_ONLY_PACKAGES}. */
  static Path trimmedJar(Path jar, Path out) {
    Path trimmed = out.resolve("cli-trimmed.jar");
    try {
      Files.copy(jar, trimmed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(trimmed)) {
        for (String folder : COMPILE_ONLY_PACKAGES) {
          Path root = zip.getPath(folder);
          if (!Files.exists(root)) {
            continue;
          }
          try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder())
                .collect(Collectors.toList())) {
              Files.delete(p);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + trimmed, e);
    }
    return trimmed;
  }

  private static void deleteArchives(Path folder) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (java.util.stream.Stream<Path> files = Files.list(folder)) {
      for (Path p : files.collect(Collectors.toList())) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot empty " + folder, e);
    }
  }

  private static List<String> probe(String java, List<String> jvmOptions, String classPath,
      String probe) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", classPath, PROBES + probe));
    return command;
  }

  private static List<String> cli(String java, List<String> jvmOptions, String jar,
      List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar));
    command.addAll(args);
    return command;
  }

  /**
   * Starts {@code command}, waits for it and returns the wall time in milliseconds; its output
   * goes to files under {@code out} so that reading a pipe does not slow the child.
   */
  static long run(String name, List<String> command, Path out)
      throws IOException, InterruptedException {
    Path stdout = out.resolve(name + ".out");
    Path stderr = out.resolve(name + ".err");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    long start = System.nanoTime();
    Process process = builder.start();
    int exit = process.waitFor();
    long millis = (System.nanoTime() - start) / 1_000_000;
    String errors = Files.readString(stderr, StandardCharsets.UTF_8);
    if (exit != 0 || !errors.isBlank()) {
      throw new IllegalStateException(name + " exited " + exit + ": " + String.join(" ", command)
          + System.lineSeparator() + errors
          + Files.readString(stdout, StandardCharsets.UTF_8).lines().limit(20)
              .collect(Collectors.joining(System.lineSeparator())));
    }
    if (Files.size(stdout) == 0) {
      throw new IllegalStateException(name + " printed no answer: " + String.join(" ", command));
    }
    return millis;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("options are --name value pairs; got " + args[i]);
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }
}
