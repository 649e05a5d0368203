package uk.co.leicestershirecares.examples.spark;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's measurement, run only when asked: the job on the same generated JSON Lines in
 * {@code local[1]} and in {@code local[2]}, with the shipped rules, printing records a second and
 * the ratio. A warm-up run on a tenth of the records comes first, so that neither measured run
 * pays for the JIT alone.
 *
 * <pre>
 * ./mvnw -f examples/spark/pom.xml test -Dtest=ThroughputMeasurement -Dcares.spark.throughput=20000
 * </pre>
 */
final class ThroughputMeasurement {
  @TempDir Path dir;

  @Test
  @EnabledIfSystemProperty(named = "cares.spark.throughput", matches = "[0-9]+")
  void local1_against_local2() throws Exception {
    int records = Integer.getInteger("cares.spark.throughput");
    String policy = System.getProperty("cares.spark.throughput.policy", "drools");
    GeneratedData data = GeneratedData.pool(2_000, 17);
    Path input = data.writeJsonLines(dir.resolve("records.jsonl"), records, List.of());
    Path warmUp = data.writeJsonLines(dir.resolve("warm-up.jsonl"), records / 10, List.of());
    run(2, warmUp, policy, "warm-up");
    double one = records / run(1, input, policy, "local[1]");
    double two = records / run(2, input, policy, "local[2]");
    System.out.printf("%,d records, %s: local[1] %,.0f records/s, local[2] %,.0f records/s,"
        + " ratio %.2f%n", records, policy, one, two, two / one);
  }

  /** Runs the job in {@code local[threads]} and returns the seconds it took. */
  private double run(int threads, Path input, String policy, String name) {
    SparkSession spark = LocalSpark.start(threads);
    try {
      long started = System.nanoTime();
      CaresSparkJob.run(spark, JobOptions.parse("--input", input.toString(),
          "--output", dir.resolve(name).toString(), "--as-of", "2026-11-25",
          "--policy", policy, "--quarter", "2023/24 Q1", "--programme", "all",
          "--partitions", Integer.toString(4 * threads)));
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf("%s: %.1f s%n", name, seconds);
      return seconds;
    } finally {
      spark.stop();
    }
  }
}
