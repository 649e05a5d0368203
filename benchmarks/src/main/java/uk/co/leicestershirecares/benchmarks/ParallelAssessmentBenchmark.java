package uk.co.leicestershirecares.benchmarks;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.rules.CaresRules;

/**
 * {@link Policy#assessAll(List, java.time.LocalDate, int)} on 1 and 2 threads: full assessments
 * of {@link #RECORDS} records of the {@link Population} per call, in assessments per second, for
 * the reference and the shipped Drools rules. The goal is 2 threads at 1.8 times or more
 * the assessments of 1 on a 2-core machine; {@code ResultsTable} prints the ratio. The threads are
 * started for each call, as a user's call starts them, so their cost is measured too.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@State(Scope.Benchmark)
@Warmup(iterations = 12, time = 5)
@Measurement(iterations = 5, time = 3)
public class ParallelAssessmentBenchmark {
  /** Records per call: eight chunks of 250 on two threads. */
  static final int RECORDS = 2000;

  /** The engine under test. */
  @Param({"reference", "drools"})
  public String engine;

  /** Threads that may assess at once. */
  @Param({"1", "2"})
  public int threads;

  ImmutableList<ParticipantRecord> records;
  Policy policy;

  /**
   * Builds the engine and checks, once, that the parallel answers are the sequential ones.
   *
   * @throws IllegalStateException if they are not
   */
  @Setup(Level.Trial)
  public void setUp() {
    records = Population.of(RECORDS);
    policy = switch (engine) {
      case "reference" -> ReferencePolicy.withDefaults();
      case "drools" -> CaresRules.newBuilder().build();
      default -> throw new IllegalArgumentException("unknown engine " + engine);
    };
    List<Assessment> sequential = policy.assessAll(records, Population.AS_OF);
    if (!policy.assessAll(records, Population.AS_OF, threads).equals(sequential)) {
      throw new IllegalStateException(engine + " on " + threads
          + " threads did not give the sequential answers");
    }
  }

  /** One parallel batch of {@link #RECORDS} records. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public ImmutableList<Assessment> assessAll() {
    return policy.assessAll(records, Population.AS_OF, threads);
  }
}
