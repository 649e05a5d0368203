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
 * Prints the results of one {@code run.sh} run as Markdown tables, with the ratios and the
 * issue's targets. Reads every JMH JSON result file ({@code *.json}) and every CSV file of the
 * start-up and memory probes ({@code *.csv}, lines {@code <section>,<name>,<values...>}) in the
 * folder given as the only argument.
 */
public final class ResultsTable {
  private static final String PACKAGE = "uk.co.leicestershirecares.benchmarks.";
  private static final double ASSESSMENTS_TARGET = 1_000_000;
  private static final double RATIO_TARGET = 10;
  private static final double RELOAD_TARGET_MS = 1000;
  private static final double LIBRARY_TARGET_MS = 400;
  private static final double CLI_TARGET_MS = 500;
  private static final double REPORT_1M_TARGET_MS = 1000;
  private static final double GROWTH_TARGET = 11;

  /** One JMH result: benchmark name (without package), its parameters, score and metrics. */
  static final class Result {
    final String name;
    final Map<String, String> params;
    final double score;
    final double error;
    final String unit;
    final Map<String, Double> secondary;
    final int iterations;

    Result(String name, Map<String, String> params, double score, double error, String unit,
        Map<String, Double> secondary, int iterations) {
      this.name = name;
      this.params = params;
      this.score = score;
      this.error = error;
      this.unit = unit;
      this.secondary = secondary;
      this.iterations = iterations;
    }

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
    printColdStart();
    printReload();
    printReports();
    printMemory();
  }

  private Optional<Result> find(String name, String param, String value) {
    return results.stream()
        .filter(r -> r.name.equals(name) && (param == null || value.equals(r.params.get(param))))
        .findFirst();
  }

  private List<Result> all(String name) {
    return results.stream().filter(r -> r.name.equals(name)).toList();
  }

  private void printAssessments() {
    Optional<Result> reference = find("AssessmentBenchmark.reference", null, null);
    if (reference.isEmpty()) {
      return;
    }
    out.println("### 1. Assessment throughput (assessments per second, higher is better)");
    out.println();
    out.println("| Engine | Assessments/s | ± | Drools/reference time | Bytes allocated per"
        + " assessment |");
    out.println("|---|---:|---:|---:|---:|");
    List<Result> engines = new ArrayList<>();
    engines.add(reference.get());
    find("AssessmentBenchmark.droolsSingle", null, null).ifPresent(engines::add);
    engines.addAll(all("AssessmentBenchmark.droolsBatch"));
    double best = 0;
    for (Result r : engines) {
      String label = r.name.replace("AssessmentBenchmark.", "")
          + (r.params.containsKey("batchSize") ? " (batch of " + r.params.get("batchSize") + ")"
              : "");
      out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %s | %s |%n", label, r.score, r.error,
          r == reference.get() ? "1.0x" : String.format(Locale.ROOT, "%.1fx",
              reference.get().score / r.score),
          // JMH already divides by @OperationsPerInvocation: this is per assessment.
          r.allocatedBytes().map(b -> String.format(Locale.ROOT, "%,.0f", b)).orElse("-"));
      if (r.name.endsWith("droolsBatch")) {
        best = Math.max(best, r.score);
      }
    }
    out.println();
    if (best > 0) {
      double ratio = reference.get().score / best;
      out.printf(Locale.ROOT, "- Target: Drools batch >= 1,000,000 assessments/s: best %,.0f/s"
          + " — %s.%n", best, best >= ASSESSMENTS_TARGET ? "met" : "NOT met");
      out.printf(Locale.ROOT, "- Target: Drools batch within 10x of the reference: %.1fx — %s.%n",
          ratio, ratio <= RATIO_TARGET ? "met" : "NOT met");
      out.println();
    }
  }

  private void printColdStart() {
    List<String[]> cold = section("coldstart");
    if (cold.isEmpty()) {
      return;
    }
    out.println("### 2. Cold start (new JVM to first answer, wall milliseconds, lower is better)");
    out.println();
    out.println("| Variant | Median ms | Min ms | Max ms | Runs |");
    out.println("|---|---:|---:|---:|---:|");
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
    Optional<Double> during = group.map(g -> g.secondary.get("assessWhileReloading"));
    Optional<Double> reloads = group.map(g -> g.secondary.get("reloader"));
    if (reload.isEmpty() && quiet.isEmpty()) {
      return;
    }
    out.println("### 3. Hot reload");
    out.println();
    out.println("| Measure | Value |");
    out.println("|---|---:|");
    reload.ifPresent(r -> out.printf(Locale.ROOT, "| Edit, rebuild and swap a rule folder | %,.0f"
        + " ms ± %,.0f |%n", r.score, r.error));
    quiet.ifPresent(r -> out.printf(Locale.ROOT, "| Assessments/s, no reloads (1 thread) | %,.0f"
        + " |%n", r.score));
    during.ifPresent(score -> out.printf(Locale.ROOT, "| Assessments/s while another thread"
        + " reloads continuously | %,.0f |%n", score));
    reloads.ifPresent(score -> out.printf(Locale.ROOT, "| Reloads/s meanwhile | %.2f |%n",
        score));
    out.println();
    if (quiet.isPresent() && during.isPresent()) {
      out.printf(Locale.ROOT, "- While reloading, assessments ran at %.0f%% of the quiet rate;"
          + " none failed (every answer checked against the reference).%n",
          100 * during.get() / quiet.get().score);
    }
    reload.ifPresent(r -> out.printf(Locale.ROOT, "- Target: <= 1 s per reload: %,.0f ms — %s.%n",
        r.score, r.score <= RELOAD_TARGET_MS ? "met" : "NOT met"));
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
    out.println("### 4. Quarterly report scaling (one report, every event in the quarter; "
        + collector + ")");
    out.println();
    out.println("| Events | ms per report | Time vs 10x fewer events | ns per event | GC ms per"
        + " report | MB allocated | Bytes per event |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|");
    Result previous = null;
    boolean linear = true;
    Optional<Double> million = Optional.empty();
    for (Result r : reports) {
      long events = Long.parseLong(r.params.get("events"));
      String growth = "-";
      if (previous != null) {
        long before = Long.parseLong(previous.params.get("events"));
        double ratio = r.score / previous.score;
        growth = String.format(Locale.ROOT, "%.1fx for %dx", ratio, events / before);
        linear &= events / before != 10 || ratio <= GROWTH_TARGET;
      }
      if (events == 1_000_000) {
        million = Optional.of(r.score);
      }
      // JMH sums gc.time over the measurement iterations; one single-shot iteration is a report.
      Double gc = r.secondary.get("gc.time");
      out.printf(Locale.ROOT, "| %,d | %,.0f | %s | %,.0f | %s | %s | %s |%n", events, r.score,
          growth, r.score * 1e6 / events,
          gc == null ? "-" : String.format(Locale.ROOT, "%,.0f", gc / r.iterations),
          r.allocatedBytes().map(b -> String.format(Locale.ROOT, "%,.0f", b / 1e6)).orElse("-"),
          r.allocatedBytes().map(b -> String.format(Locale.ROOT, "%,.0f", b / events))
              .orElse("-"));
      previous = r;
    }
    out.println();
    if (targets) {
      million.ifPresent(ms -> out.printf(Locale.ROOT,
          "- Target: 1M events <= 1 s: %,.0f ms — %s.%n", ms,
          ms <= REPORT_1M_TARGET_MS ? "met" : "NOT met"));
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
    out.println("### 5. Memory (retained heap, live bytes after full GC)");
    out.println();
    out.println("| What | Retained |");
    out.println("|---|---:|");
    for (String[] row : memory) {
      out.printf(Locale.ROOT, "| %s | %s |%n", row[1],
          row.length > 2 ? megabytes(row[2]) : "-");
    }
    out.println();
    out.println("Bytes allocated per assessment: the last column of table 1 (JMH -prof gc).");
    out.println();
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
