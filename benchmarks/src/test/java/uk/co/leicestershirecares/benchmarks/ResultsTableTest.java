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
        .contains("T3 Drools (best of single/batch) >= 100,000 assessments/s on one thread:"
            + " 10,000/s (droolsBatch (batch of 100)) — NOT met.")
        .contains("T3 Drools (best of single/batch) within 3x of the reference's time: 8.0x"
            + " (droolsBatch (batch of 100)) — NOT met.")
        .contains("| 1,000,000 | 950 | 10.6x for 10x | 950 | - | 850 | 850 |")
        .contains("T5 report of 10M events <= 11x the time of 1M: 12.6x (12,000 ms vs 950 ms)"
            + " — NOT met.")
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
  void printsThePeerTableAndEveryTargetOfIssue20(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("assessment.json"), "["
        + jmh("AssessmentBenchmark.reference", "", 1_200_000, "ops/s", 1500) + ","
        + jmh("AssessmentBenchmark.droolsSingle", "", 150_000, "ops/s", 40000) + ","
        + jmh("AssessmentBenchmark.droolsBatch", "\"batchSize\":\"10\"", 200_000, "ops/s",
            30000) + ","
        + jmh("AssessmentBenchmark.droolsBatch", "\"batchSize\":\"1000\"", 500_000, "ops/s",
            20000) + ","
        + jmh("AssessmentBenchmark.dmn", "", 50_000, "ops/s", 60000) + ","
        + jmh("AssessmentBenchmark.easyRules", "", 600_000, "ops/s", 2000) + "]");
    Files.writeString(folder.resolve("parallel.json"), "["
        + parallel("reference", "1", 1_000_000) + "," + parallel("reference", "2", 1_900_000)
        + "," + parallel("drools", "1", 400_000) + "," + parallel("drools", "2", 700_000) + "]");
    Files.writeString(folder.resolve("report.json"), "["
        + jmh("ReportBenchmark.quarterly", "\"events\":\"1000000\"", 500, "ms/op", 1.2e8) + ","
        + jmh("ReportBenchmark.quarterly", "\"events\":\"10000000\"", 5400, "ms/op", 1.4e9)
        + "]");
    Files.writeString(folder.resolve("coldstart.csv"), "coldstart,precompiled,390,380,420,3\n"
        + "coldstart,cli,520,500,560,3\n");

    String table = print(folder);

    assertThat(table)
        .contains("| reference | 1,200,000 | 2 | 0.42x | 1.00x | 1,500 |")
        .contains("| droolsSingle | 150,000 | 2 | 3.33x | 8.00x | 40,000 |")
        .contains("| droolsBatch, best (batch of 1000) | 500,000 | 2 | 1.00x | 2.40x | 20,000 |")
        .contains("| dmn | 50,000 | 2 | 10.00x | 24.00x | 60,000 |")
        .contains("| easyRules | 600,000 | 2 | 0.83x | 2.00x | 2,000 |")
        .doesNotContain("| droolsBatch (batch of 10) | 200,000 | 2 | 2.50x")
        .contains("dmn and easyRules only decide UP, WIRE")
        .contains("### Targets (issue 20)")
        .contains("- Target: T1 Drools (best of single/batch) ahead of the DMN peer: Drools"
            + " 500,000/s, dmn 50,000/s — met.")
        .contains("- Target: T1 Drools (best of single/batch) ahead of the Easy Rules peer:"
            + " Drools 500,000/s, easyRules 600,000/s — NOT met.")
        .contains("- Target: T2 reference >= 1,000,000 assessments/s on one thread: 1,200,000/s"
            + " — met.")
        .contains("- Target: T2 reference <= 2,048 bytes allocated per assessment: 1,500 bytes"
            + " — met.")
        .contains("- Target: T3 Drools (best of single/batch) within 3x of the reference's time:"
            + " 2.4x (droolsBatch (batch of 1000)) — met.")
        .contains("- Target: T3 Drools (best of single/batch) >= 100,000 assessments/s on one"
            + " thread: 500,000/s (droolsBatch (batch of 1000)) — met.")
        .contains("- Target: T4 assessAll on 2 threads >= 1.8x 1 thread, reference: 1.90x"
            + " (1,900,000/s on 2, 1,000,000/s on 1) — met.")
        .contains("- Target: T4 assessAll on 2 threads >= 1.8x 1 thread, drools: 1.75x"
            + " (700,000/s on 2, 400,000/s on 1) — NOT met.")
        .contains("- Target: T5 report of 10M events <= 11x the time of 1M: 10.8x (5,400 ms vs"
            + " 500 ms) — met.")
        .contains("- Target: T5 report <= 150 bytes allocated per event at 10M: 140 bytes — met.")
        .contains("- Target: T6 library first answer with the shipped rules <= 400 ms, plain JVM:"
            + " 390 ms median (precompiled) — met.")
        .contains("- Target: T6 CLI assess with java -jar <= 500 ms, plain JVM: 520 ms median"
            + " (cli) — NOT met.");
  }

  @Test
  void saysWhichTargetsWereNotMeasuredWithoutTheirResults(@TempDir Path folder) throws Exception {
    // No parallel.json (ParallelAssessmentBenchmark absent) and no peers, reports or start-ups.
    Files.writeString(folder.resolve("assessment.json"), "["
        + jmh("AssessmentBenchmark.reference", "", 80000, "ops/s", 9000) + ","
        + jmh("AssessmentBenchmark.droolsSingle", "", 10000, "ops/s", 90000) + "]");

    String table = print(folder);

    assertThat(table)
        .doesNotContain("### 1b. Peers")
        .contains("- Target: T1 Drools (best of single/batch) ahead of the DMN peer: not"
            + " measured.")
        .contains("- Target: T2 reference >= 1,000,000 assessments/s on one thread: 80,000/s"
            + " — NOT met.")
        .contains("- Target: T3 Drools (best of single/batch) within 3x of the reference's time:"
            + " 8.0x (droolsSingle) — NOT met.")
        .contains("- Target: T4 assessAll on 2 threads >= 1.8x 1 thread, reference: not"
            + " measured.")
        .contains("- Target: T4 assessAll on 2 threads >= 1.8x 1 thread, drools: not measured.")
        .contains("- Target: T5 report of 10M events <= 11x the time of 1M: not measured.")
        .contains("- Target: T6 CLI assess with java -jar <= 500 ms, plain JVM: not measured.");
  }

  private static String parallel(String engine, String threads, double score) {
    return jmh("ParallelAssessmentBenchmark.assessAll", "\"engine\":\"" + engine
        + "\",\"threads\":\"" + threads + "\"", score, "ops/s", 0);
  }

  @Test
  void printsNothingForAnEmptyFolder(@TempDir Path folder) {
    assertThat(print(folder)).isEmpty();
  }
}
