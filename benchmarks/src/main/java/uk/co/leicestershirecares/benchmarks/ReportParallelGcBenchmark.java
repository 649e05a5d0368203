package uk.co.leicestershirecares.benchmarks;

import org.openjdk.jmh.annotations.Fork;

/**
 * {@link ReportBenchmark} under the parallel (throughput) collector instead of the default G1:
 * a report over millions of events keeps every counted event's id (its provenance) live while
 * it builds, and on 2 cores G1's pauses over that growing live set took most of the time of the
 * 10M-event report (benchmarks/README.md).
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+UseParallelGC"})
public class ReportParallelGcBenchmark extends ReportBenchmark {}
