package uk.co.leicestershirecares.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark once, briefly, in this JVM, so a benchmark that throws (a reload that did
 * not swap, an answer that differs from the reference, a report that counted nothing) fails the
 * build. It measures nothing: timings live in README.md, never in assertions.
 */
class BenchmarksRunTest {
  @BeforeAll
  static void allowConcurrentRuns() {
    // JMH refuses to start while another JMH run holds its lock file (benchmarks/run.sh, say).
    System.setProperty("jmh.ignoreLock", "true");
  }

  private static Collection<RunResult> run(String benchmark, String... params)
      throws RunnerException {
    OptionsBuilder options = new OptionsBuilder();
    options.include(benchmark)
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(200))
        .timeUnit(TimeUnit.SECONDS)
        .verbosity(VerboseMode.SILENT)
        .shouldFailOnError(true);
    for (int i = 0; i < params.length; i += 2) {
      options.param(params[i], params[i + 1]);
    }
    return new Runner(options.build()).run();
  }

  @Test
  void assessmentBenchmarksRun() throws RunnerException {
    // Anchored: a bare AssessmentBenchmark also matches ParallelAssessmentBenchmark. The peers
    // (dmn, easyRules) throw in their set-up if a decision differs from the reference's.
    Collection<RunResult> results = run("\\.AssessmentBenchmark\\.", "batchSize", "10");
    assertThat(results).extracting(r -> r.getParams().getBenchmark().replaceAll(".*\\.", ""))
        .containsExactlyInAnyOrder("reference", "droolsSingle", "droolsBatch", "dmn",
            "easyRules");
    assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
  }

  @Test
  void parallelAssessmentBenchmarkRuns() throws RunnerException {
    // Its set-up throws if the parallel answers differ from the sequential ones.
    Collection<RunResult> results = run("ParallelAssessmentBenchmark", "threads", "2");
    assertThat(results).extracting(r -> r.getParams().getParam("engine"))
        .containsExactlyInAnyOrder("reference", "drools");
    assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
  }

  @Test
  void reportBenchmarkRuns() throws RunnerException {
    Collection<RunResult> results = run("ReportBenchmark", "events", "10000");
    assertThat(results).hasSize(1);
    assertThat(results.iterator().next().getPrimaryResult().getScore()).isPositive();
  }

  @Test
  void reloadBenchmarksRun() throws RunnerException {
    Collection<RunResult> results = run("ReloadBenchmark");
    assertThat(results).hasSize(3);
    assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
  }
}
