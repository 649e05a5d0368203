package uk.co.leicestershirecares.examples.spark;

import org.apache.spark.sql.SparkSession;

/** Spark in the test's JVM: {@code local[n]}, n task threads, no web UI. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start(int threads) {
    return SparkSession.builder()
        .master("local[" + threads + "]")
        .appName("leicestershire-cares-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        // The report's aggregation has a row per line: a few shuffle partitions are plenty.
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }
}
