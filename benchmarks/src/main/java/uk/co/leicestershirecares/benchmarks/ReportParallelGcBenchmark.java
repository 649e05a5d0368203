package uk.co.leicestershirecares.benchmarks;

import org.openjdk.jmh.annotations.Fork;

/**
 * {@link ReportBenchmark} under the parallel (throughput) collector instead of the default G1. A
 * report keeps every counted event's id (each line's sources) live while it builds, so its live
 * set grows with the events; comparing the two collectors shows how much of the report's growth at
 * millions of events is the collector's (benchmarks/README.md). Run by {@code run.sh --full}.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+UseParallelGC"})
public class ReportParallelGcBenchmark extends ReportBenchmark {}
