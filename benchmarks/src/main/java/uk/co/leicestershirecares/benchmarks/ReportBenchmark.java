package uk.co.leicestershirecares.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.co.leicestershirecares.report.QuarterlyReport;
import uk.co.leicestershirecares.report.ReportDataSet;
import uk.co.leicestershirecares.report.ReportGenerator;

/**
 * One quarterly report (one programme, one quarter, every event counted) over data sets of 10k to
 * 10M events ({@link ReportData}). Single-shot: each measurement is one whole report, as a
 * funder's report is run. Linear growth means each tenfold step in events costs at most about
 * eleven times the time; {@code -prof gc} gives the bytes allocated per report
 * ({@code gc.alloc.rate.norm}).
 *
 * <p>The 10M-event data set holds about 8M attendance objects: the fork gets a 12 GiB heap.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g"})
public class ReportBenchmark {
  /** The data set and the generator. */
  @State(Scope.Benchmark)
  public static class Data {
    @Param({"10000", "100000", "1000000", "10000000"})
    public int events;

    ReportDataSet data;
    ReportGenerator reports;

    @Setup(Level.Trial)
    public void setUp() {
      data = ReportData.withEvents(events);
      reports = ReportGenerator.withReferencePolicy();
      // Not timed: proves the report counts every event, or the benchmark measures nothing.
      QuarterlyReport report = reports.quarterly(data, ReportData.PROGRAMME, ReportData.QUARTER);
      long counted = report.count(QuarterlyReport.ATTENDANCES)
          + report.count(QuarterlyReport.SESSIONS_DELIVERED);
      long expected = events / ReportData.EVENTS_PER_PERSON * 18L;
      if (counted != expected) {
        throw new IllegalStateException(
            "the report counted " + counted + " attendances and sessions, expected " + expected);
      }
    }
  }

  @Benchmark
  public QuarterlyReport quarterly(Data data) {
    return data.reports.quarterly(data.data, ReportData.PROGRAMME, ReportData.QUARTER);
  }
}
