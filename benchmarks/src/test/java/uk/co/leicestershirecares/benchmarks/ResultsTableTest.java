package uk.co.leicestershirecares.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsTableTest {
  private static String jmh(String benchmark, String params, double score, String unit,
      double allocated) {
    return "{\"benchmark\":\"uk.co.leicestershirecares.benchmarks." + benchmark + "\","
        + "\"mode\":\"thrpt\",\"params\":{" + params + "},"
        + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":1.5,\"scoreUnit\":\"" + unit
        + "\"},\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":" + allocated + "}}}";
  }

  private static String print(Path folder) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ResultsTable(ResultsTable.readJmh(folder), ResultsTable.readCsv(folder),
        new PrintStream(bytes, true, StandardCharsets.UTF_8)).print();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsRatiosAndSaysWhichTargetsWereMet(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("assessment.json"), "["
        + jmh("AssessmentBenchmark.reference", "", 80000, "ops/s", 9000) + ","
        + jmh("AssessmentBenchmark.droolsBatch", "\"batchSize\":\"100\"", 10000, "ops/s",
            50000) + "]");
    Files.writeString(folder.resolve("report.json"), "["
        + jmh("ReportBenchmark.quarterly", "\"events\":\"100000\"", 90, "ms/op", 8.5e7) + ","
        + jmh("ReportBenchmark.quarterly", "\"events\":\"1000000\"", 950, "ms/op", 8.5e8) + ","
        + jmh("ReportBenchmark.quarterly", "\"events\":\"10000000\"", 12000, "ms/op", 8.5e9)
        + "]");
    Files.writeString(folder.resolve("reload.json"), "["
        + jmh("ReloadBenchmark.reload", "", 800, "ms/op", 0) + ","
        + jmh("ReloadBenchmark.quiet", "", 5000, "ops/s", 0) + ","
        + "{\"benchmark\":\"uk.co.leicestershirecares.benchmarks.ReloadBenchmark.whileReloading\","
        + "\"params\":{},\"primaryMetric\":{\"score\":2500.4,\"scoreUnit\":\"ops/s\"},"
        + "\"secondaryMetrics\":{\"assessWhileReloading\":{\"score\":2500.0},"
        + "\"reloader\":{\"score\":0.4}}}]");
    Files.writeString(folder.resolve("memory.csv"), "memory,shipped-first,13876240\n");
    Files.writeString(folder.resolve("coldstart.csv"), "coldstart,precompiled,977,883,1115,11\n"
        + "coldstart,cli-script,480,450,600,11\ncoldstart-ratio,precompiled/runtime-compile,0.13\n"
        + "coldstart-prepare,cli-script,2318\n");

    String table = print(folder);

    assertThat(table)
        .contains("| reference | 80,000 | 2 | 1.0x | 9,000 |")
        .contains("| droolsBatch (batch of 100) | 10,000 | 2 | 8.0x | 50,000 |")
        .contains("best 10,000/s — NOT met")
        .contains("within 10x of the reference: 8.0x — met")
        .contains("| 1,000,000 | 950 | 10.6x for 10x | 950 | - | 850 | 850 |")
        .contains("1M events <= 1 s: 950 ms — met")
        .contains("linear growth (10x events <= 11x time) — NOT met")
        .contains("<= 1 s per reload: 800 ms — met")
        .contains("| Reloads/s meanwhile | 0.40 |")
        .contains("assessments ran at 50% of the quiet rate")
        .contains("| shipped-first | 13.9 MB |")
        .contains("| precompiled | 977 | 883 | 1115 | 11 |")
        .contains("| precompiled/runtime-compile | 0.13 |")
        .contains("First run of cli-script, which writes its AppCDS archive: 2318 ms.")
        .contains("library first answer, plain JVM <= 400 ms: 977 ms (precompiled) — NOT met")
        .contains("CLI assess, bin/leicestershire-cares <= 500 ms: 480 ms (cli-script) — met");
  }

  @Test
  void printsNothingForAnEmptyFolder(@TempDir Path folder) {
    assertThat(print(folder)).isEmpty();
  }
}
