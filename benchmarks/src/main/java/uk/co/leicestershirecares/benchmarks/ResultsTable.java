package uk.co.leicestershirecares.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Prints the results of one {@code run.sh} run as Markdown tables, with the ratios, the peer
 * table and the targets of issue 20 (each met, NOT met or not measured). Reads every JMH JSON result file ({@code *.json}) and every CSV file of the
 * start-up and memory probes ({@code *.csv}, lines {@code <section>,<name>,<values...>}) in the
 * folder given as the only argument.
 */
public final class ResultsTable {
  private static final String PACKAGE = "uk.co.leicestershirecares.benchmarks.";
  // The targets of issue 20 (performance, second round), numbered as the issue numbers them.
  private static final double REFERENCE_TARGET = 1_000_000;
  private static final double REFERENCE_BYTES_TARGET = 2048;
  private static final double DROOLS_RATIO_TARGET = 3;
  private static final double DROOLS_TARGET = 100_000;
  private static final double PARALLEL_TARGET = 1.8;
  private static final double GROWTH_TARGET = 11;
  private static final double BYTES_PER_EVENT_TARGET = 150;
  private static final double LIBRARY_TARGET_MS = 400;
  private static final double CLI_TARGET_MS = 500;
  private static final double RELOAD_TARGET_MS = 1000;
  private static final String PEERS_NOTE = "reference and Drools make full assessments (stage,"
      + " pathway, every programme's decision with its reasons and missing conditions, every"
      + " outcome's classification); dmn and easyRules only decide UP, WIRE, LEAVING_CARE,"
      + " CARE_LEAVER_MENTORING and MIND_MATTERS, with the reference's answers on the whole"
      + " population (checked before timing). Our engines have no decisions-only mode: deciding"
      + " those programmes is the full assessment, so the decisions-only comparison is this"
      + " table.";

  /**
   * One JMH result: benchmark name (without package), its parameters, score and metrics.
   *
   * @param name the benchmark's name, without the package
   * @param params the benchmark's parameters, in JMH's order
   * @param score the primary metric's score
   * @param error the primary metric's error, NaN when JMH gave none
   * @param unit the primary metric's unit
   * @param secondary the secondary metrics' scores, by name
   * @param iterations the number of measurement iterations
   */
  record Result(String name, Map<String, String> params, double score, double error, String unit,
      Map<String, Double> secondary, int iterations) {
    Optional<Double> allocatedBytes() {
      return Optional.ofNullable(secondary.get("gc.alloc.rate.norm"));
    }
  }

  private final List<Result> results;
  private final List<String[]> rows;
  private final PrintStream out;

  ResultsTable(List<Result> results, List<String[]> rows, PrintStream out) {
    this.results = results;
    this.rows = rows;
    this.out = out;
  }

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: ResultsTable <folder with JMH *.json and probe *.csv results>");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    new ResultsTable(readJmh(folder), readCsv(folder), System.out).print();
  }

  static List<Result> readJmh(Path folder) {
    ObjectMapper json = new ObjectMapper();
    List<Result> results = new ArrayList<>();
    for (Path file : files(folder, ".json")) {
      try {
        for (JsonNode run : json.readTree(file.toFile())) {
          Map<String, String> params = new LinkedHashMap<>();
          run.path("params").fields().forEachRemaining(e -> params.put(e.getKey(),
              e.getValue().asText()));
          Map<String, Double> secondary = new LinkedHashMap<>();
          run.path("secondaryMetrics").fields().forEachRemaining(e -> secondary.put(e.getKey(),
              e.getValue().path("score").asDouble()));
          JsonNode primary = run.path("primaryMetric");
          results.add(new Result(run.path("benchmark").asText().replace(PACKAGE, ""), params,
              primary.path("score").asDouble(), primary.path("scoreError").asDouble(Double.NaN),
              primary.path("scoreUnit").asText(), secondary,
              run.path("measurementIterations").asInt(1)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return results;
  }

  static List<String[]> readCsv(Path folder) {
    List<String[]> rows = new ArrayList<>();
    for (Path file : files(folder, ".csv")) {
      try {
        for (String line : Files.readAllLines(file)) {
          if (!line.isBlank() && !line.startsWith("#")) {
            rows.add(line.split(",", -1));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return rows;
  }

  private static List<Path> files(Path folder, String suffix) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void print() {
    printAssessments();
    printPeers();
    printColdStart();
    printReload();
    printReports();
    printMemory();
    printTargets();
  }

  private Optional<Result> find(String name, String param, String value) {
    return results.stream()
        .filter(r -> r.name().equals(name)
            && (param == null || value.equals(r.params().get(param))))
        .findFirst();
  }

  private List<Result> all(String name) {
    return results.stream().filter(r -> r.name().equals(name)).toList();
  }

  private void printAssessments() {
    Optional<Result> reference = find("AssessmentBenchmark.reference", null, null);
    if (reference.isEmpty()) {
      return;
    }
    tableHeading("1. Assessment throughput (assessments per second, higher is better)",
        "| Engine | Assessments/s | ± | Drools/reference time | Bytes allocated per"
        + " assessment |",
        "|---|---:|---:|---:|---:|");
    List<Result> engines = new ArrayList<>();
    engines.add(reference.get());
    find("AssessmentBenchmark.droolsSingle", null, null).ifPresent(engines::add);
    engines.addAll(all("AssessmentBenchmark.droolsBatch"));
    for (Result r : engines) {
      String label = label(r);
      out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %s | %s |%n", label, r.score(), r.error(),
          r == reference.get() ? "1.0x" : String.format(Locale.ROOT, "%.1fx",
              reference.get().score() / r.score()),
          // JMH already divides by @OperationsPerInvocation: this is per assessment.
          r.allocatedBytes().map(b -> String.format(Locale.ROOT, "%,.0f", b)).orElse("-"));
    }
    out.println();
  }

  /** Drools' best way of assessing: the faster of one record per call and the batch sizes. */
  private Optional<Result> droolsBest() {
    List<Result> drools = new ArrayList<>();
    find("AssessmentBenchmark.droolsSingle", null, null).ifPresent(drools::add);
    drools.addAll(all("AssessmentBenchmark.droolsBatch"));
    return drools.stream().max((a, b) -> Double.compare(a.score(), b.score()));
  }

  private static String label(Result r) {
    return r.name().replace("AssessmentBenchmark.", "")
        + (r.params().containsKey("batchSize") ? " (batch of " + r.params().get("batchSize") + ")"
            : "");
  }

  private void printPeers() {
    Optional<Result> dmn = find("AssessmentBenchmark.dmn", null, null);
    Optional<Result> easyRules = find("AssessmentBenchmark.easyRules", null, null);
    if (dmn.isEmpty() && easyRules.isEmpty()) {
      return;
    }
    Optional<Result> reference = find("AssessmentBenchmark.reference", null, null);
    Optional<Result> drools = droolsBest();
    tableHeading("1b. Peers: the same eligibility decisions in the engines a user might pick"
        + " instead (per second, higher is better)",
        "| Engine | Assessments/s | ± | Time vs our Drools path | Time vs the reference |"
        + " Bytes allocated per assessment |",
        "|---|---:|---:|---:|---:|---:|");
    List<Result> engines = new ArrayList<>();
    reference.ifPresent(engines::add);
    find("AssessmentBenchmark.droolsSingle", null, null).ifPresent(engines::add);
    drools.filter(r -> r.name().endsWith("droolsBatch")).ifPresent(engines::add);
    dmn.ifPresent(engines::add);
    easyRules.ifPresent(engines::add);
    for (Result r : engines) {
      out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %s | %s | %s |%n",
          r.name().endsWith("droolsBatch") ? "droolsBatch, best (batch of "
              + r.params().get("batchSize") + ")" : label(r),
          r.score(), r.error(),
          // A time ratio: how much longer than the other engine one assessment takes.
          drools.map(d -> ratio(d.score() / r.score())).orElse("-"),
          reference.map(ref -> ratio(ref.score() / r.score())).orElse("-"),
          r.allocatedBytes().map(b -> String.format(Locale.ROOT, "%,.0f", b)).orElse("-"));
    }
    out.println();
    out.println("Our Drools path is the faster of droolsSingle and the best droolsBatch; "
        + PEERS_NOTE);
    out.println();
  }

  /** Prints a section's heading, then its table's column names and alignment rows. */
  private void tableHeading(String heading, String columns, String alignment) {
    out.println("### " + heading);
    out.println();
    out.println(columns);
    out.println(alignment);
  }

  private static String ratio(double ratio) {
    return String.format(Locale.ROOT, ratio < 0.095 ? "%.3fx" : "%.2fx", ratio);
  }

  private void printColdStart() {
    List<String[]> cold = section("coldstart");
    if (cold.isEmpty()) {
      return;
    }
    tableHeading("2. Cold start (new JVM to first answer, wall milliseconds, lower is better)",
        "| Variant | Median ms | Min ms | Max ms | Runs |",
        "|---|---:|---:|---:|---:|");
    Map<String, Double> medians = new LinkedHashMap<>();
    for (String[] row : cold) {
      out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", row[1], cell(row, 2), cell(row, 3),
          cell(row, 4), cell(row, 5));
      medians.put(row[1], Double.parseDouble(row[2]));
    }
    out.println();
    List<String[]> ratios = section("coldstart-ratio");
    if (!ratios.isEmpty()) {
      out.println("| Ratio of medians | |");
      out.println("|---|---:|");
      ratios.forEach(r -> out.printf(Locale.ROOT, "| %s | %s |%n", r[1], cell(r, 2)));
      out.println();
    }
    for (String[] row : section("coldstart-prepare")) {
      out.printf(Locale.ROOT, "- First run of %s, which writes its AppCDS archive: %s ms.%n",
          row[1], cell(row, 2));
    }
    target(medians, "precompiled", "library first answer, plain JVM", LIBRARY_TARGET_MS);
    target(medians, "precompiled-appcds-tuned", "library first answer, AppCDS + C1",
        LIBRARY_TARGET_MS);
    target(medians, "cli", "CLI assess, java -jar", CLI_TARGET_MS);
    target(medians, "cli-script", "CLI assess, bin/leicestershire-cares", CLI_TARGET_MS);
    out.println();
  }

  private void target(Map<String, Double> medians, String variant, String what, double limit) {
    Double median = medians.get(variant);
    if (median != null) {
      out.printf(Locale.ROOT, "- Target: %s <= %,.0f ms: %,.0f ms (%s) — %s.%n", what, limit,
          median, variant, median <= limit ? "met" : "NOT met");
    }
  }

  private void printReload() {
    Optional<Result> reload = find("ReloadBenchmark.reload", null, null);
    Optional<Result> quiet = find("ReloadBenchmark.quiet", null, null);
    Optional<Result> group = find("ReloadBenchmark.whileReloading", null, null);
    // JMH reports a group's methods as secondary metrics of the group.
    Optional<Double> during = group.map(g -> g.secondary().get("assessWhileReloading"));
    Optional<Double> reloads = group.map(g -> g.secondary().get("reloader"));
    if (reload.isEmpty() && quiet.isEmpty()) {
      return;
    }
    tableHeading("3. Hot reload",
        "| Measure | Value |",
        "|---|---:|");
    reload.ifPresent(r -> out.printf(Locale.ROOT, "| Edit, rebuild and swap a rule folder | %,.0f"
        + " ms ± %,.0f |%n", r.score(), r.error()));
    quiet.ifPresent(r -> out.printf(Locale.ROOT, "| Assessments/s, no reloads (1 thread) | %,.0f"
        + " |%n", r.score()));
    during.ifPresent(score -> out.printf(Locale.ROOT, "| Assessments/s while another thread"
        + " reloads continuously | %,.0f |%n", score));
    reloads.ifPresent(score -> out.printf(Locale.ROOT, "| Reloads/s meanwhile | %.2f |%n",
        score));
    out.println();
    if (quiet.isPresent() && during.isPresent()) {
      out.printf(Locale.ROOT, "- While reloading, assessments ran at %.0f%% of the quiet rate;"
          + " none failed (every answer checked against the reference).%n",
          100 * during.get() / quiet.get().score());
    }
    reload.ifPresent(r -> out.printf(Locale.ROOT, "- Target: <= 1 s per reload: %,.0f ms — %s.%n",
        r.score(), r.score() <= RELOAD_TARGET_MS ? "met" : "NOT met"));
    out.println();
  }

  private void printReports() {
    printReports("ReportBenchmark.quarterly", "default collector (G1)", true);
    printReports("ReportParallelGcBenchmark.quarterly", "parallel collector", false);
  }

  private void printReports(String benchmark, String collector, boolean targets) {
    List<Result> reports = all(benchmark);
    if (reports.isEmpty()) {
      return;
    }
    tableHeading("4. Quarterly report scaling (one report, every event in the quarter; "
        + collector + ")",
        "| Events | ms per report | Time vs 10x fewer events | ns per event | GC ms per"
        + " report | MB allocated | Bytes per event |",
        "|---:|---:|---:|---:|---:|---:|---:|");
    Result previous = null;
    boolean linear = true;
    for (Result r : reports) {
      long events = Long.parseLong(r.params().get("events"));
      String growth = "-";
      if (previous != null) {
        long before = Long.parseLong(previous.params().get("events"));
        double ratio = r.score() / previous.score();
        growth = String.format(Locale.ROOT, "%.1fx for %dx", ratio, events / before);
        linear &= events / before != 10 || ratio <= GROWTH_TARGET;
      }
      // JMH sums gc.time over the measurement iterations; one single-shot iteration is a report.
      Double gc = r.secondary().get("gc.time");
      out.printf(Locale.ROOT, "| %,d | %,.0f | %s | %,.0f | %s | %s | %s |%n", events, r.score(),
          growth, r.score() * 1e6 / events,
          gc == null ? "-" : String.format(Locale.ROOT, "%,.0f", gc / r.iterations()),
          r.allocatedBytes().map(b -> String.format(Locale.ROOT, "%,.0f", b / 1e6)).orElse("-"),
          r.allocatedBytes().map(b -> String.format(Locale.ROOT, "%,.0f", b / events))
              .orElse("-"));
      previous = r;
    }
    out.println();
    if (targets) {
      out.printf(Locale.ROOT, "- Target: linear growth (10x events <= 11x time) — %s.%n",
          linear ? "met" : "NOT met");
      out.println();
    }
  }

  private void printMemory() {
    List<String[]> memory = section("memory");
    if (memory.isEmpty()) {
      return;
    }
    tableHeading("5. Memory (retained heap, live bytes after full GC)",
        "| What | Retained |",
        "|---|---:|");
    for (String[] row : memory) {
      out.printf(Locale.ROOT, "| %s | %s |%n", row[1],
          row.length > 2 ? megabytes(row[2]) : "-");
    }
    out.println();
    out.println("Bytes allocated per assessment: the last column of table 1 (JMH -prof gc).");
    out.println();
  }

  /**
   * The "Done when" list of issue 20: every target, met, NOT met, or not measured when its
   * results are missing from the folder (a short run leaves out no target; a partial one may).
   */
  private void printTargets() {
    if (results.isEmpty() && rows.isEmpty()) {
      return;
    }
    out.println("### Targets (issue 20)");
    out.println();
    Optional<Result> reference = find("AssessmentBenchmark.reference", null, null);
    Optional<Result> drools = droolsBest();
    for (String peer : List.of("dmn", "easyRules")) {
      Optional<Result> found = find("AssessmentBenchmark." + peer, null, null);
      String what = "T1 Drools (best of single/batch) ahead of the "
          + (peer.equals("dmn") ? "DMN" : "Easy Rules") + " peer";
      if (drools.isPresent() && found.isPresent()) {
        targetLine(what, String.format(Locale.ROOT, "Drools %,.0f/s, %s %,.0f/s",
            drools.get().score(), peer, found.get().score()),
            drools.get().score() > found.get().score());
      } else {
        notMeasured(what);
      }
    }
    String refRate = "T2 reference >= 1,000,000 assessments/s on one thread";
    reference.ifPresentOrElse(r -> targetLine(refRate,
        String.format(Locale.ROOT, "%,.0f/s", r.score()), r.score() >= REFERENCE_TARGET),
        () -> notMeasured(refRate));
    String refBytes = "T2 reference <= 2,048 bytes allocated per assessment";
    reference.flatMap(Result::allocatedBytes).ifPresentOrElse(b -> targetLine(refBytes,
        String.format(Locale.ROOT, "%,.0f bytes", b), b <= REFERENCE_BYTES_TARGET),
        () -> notMeasured(refBytes));
    String within = "T3 Drools (best of single/batch) within 3x of the reference's time";
    if (reference.isPresent() && drools.isPresent()) {
      double ratio = reference.get().score() / drools.get().score();
      targetLine(within, String.format(Locale.ROOT, "%.1fx (%s)", ratio, label(drools.get())),
          ratio <= DROOLS_RATIO_TARGET);
    } else {
      notMeasured(within);
    }
    String droolsRate = "T3 Drools (best of single/batch) >= 100,000 assessments/s on one thread";
    drools.ifPresentOrElse(d -> targetLine(droolsRate,
        String.format(Locale.ROOT, "%,.0f/s (%s)", d.score(), label(d)),
        d.score() >= DROOLS_TARGET),
        () -> notMeasured(droolsRate));
    for (String engine : List.of("reference", "drools")) {
      String what = "T4 assessAll on 2 threads >= 1.8x 1 thread, " + engine;
      Optional<Result> one = parallel(engine, "1");
      Optional<Result> two = parallel(engine, "2");
      if (one.isPresent() && two.isPresent()) {
        double speedUp = two.get().score() / one.get().score();
        targetLine(what, String.format(Locale.ROOT, "%.2fx (%,.0f/s on 2, %,.0f/s on 1)", speedUp,
            two.get().score(), one.get().score()), speedUp >= PARALLEL_TARGET);
      } else {
        notMeasured(what);
      }
    }
    Optional<Result> million = report(1_000_000);
    Optional<Result> tenMillion = report(10_000_000);
    String growth = "T5 report of 10M events <= 11x the time of 1M";
    if (million.isPresent() && tenMillion.isPresent()) {
      double ratio = tenMillion.get().score() / million.get().score();
      targetLine(growth, String.format(Locale.ROOT, "%.1fx (%,.0f ms vs %,.0f ms)", ratio,
          tenMillion.get().score(), million.get().score()), ratio <= GROWTH_TARGET);
    } else {
      notMeasured(growth);
    }
    String perEvent = "T5 report <= 150 bytes allocated per event at 10M";
    tenMillion.flatMap(Result::allocatedBytes).ifPresentOrElse(b -> targetLine(perEvent,
        String.format(Locale.ROOT, "%,.0f bytes", b / 10_000_000), b / 10_000_000
            <= BYTES_PER_EVENT_TARGET), () -> notMeasured(perEvent));
    Map<String, Double> medians = new LinkedHashMap<>();
    section("coldstart").forEach(r -> medians.put(r[1], Double.parseDouble(r[2])));
    startTarget(medians, "precompiled",
        "T6 library first answer with the shipped rules <= 400 ms, plain JVM", LIBRARY_TARGET_MS);
    startTarget(medians, "cli", "T6 CLI assess with java -jar <= 500 ms, plain JVM",
        CLI_TARGET_MS);
    out.println();
  }

  private Optional<Result> parallel(String engine, String threads) {
    return results.stream()
        .filter(r -> r.name().equals("ParallelAssessmentBenchmark.assessAll")
            && engine.equals(r.params().get("engine")) && threads.equals(r.params().get("threads")))
        .findFirst();
  }

  private Optional<Result> report(long events) {
    return find("ReportBenchmark.quarterly", "events", Long.toString(events));
  }

  private void startTarget(Map<String, Double> medians, String variant, String what,
      double limit) {
    Double median = medians.get(variant);
    if (median == null) {
      notMeasured(what);
    } else {
      targetLine(what, String.format(Locale.ROOT, "%,.0f ms median (%s)", median, variant),
          median <= limit);
    }
  }

  private void targetLine(String what, String measured, boolean met) {
    out.printf(Locale.ROOT, "- Target: %s: %s — %s.%n", what, measured, met ? "met" : "NOT met");
  }

  private void notMeasured(String what) {
    out.printf(Locale.ROOT, "- Target: %s: not measured.%n", what);
  }

  private List<String[]> section(String name) {
    return rows.stream().filter(r -> r.length > 1 && r[0].equals(name)).toList();
  }

  private static String cell(String[] row, int i) {
    return i < row.length ? row[i] : "-";
  }

  private static String megabytes(String bytes) {
    double value = Double.parseDouble(bytes);
    return value >= 1e6 ? String.format(Locale.ROOT, "%.1f MB", value / 1e6)
        : String.format(Locale.ROOT, "%.0f KB", value / 1e3);
  }
}
