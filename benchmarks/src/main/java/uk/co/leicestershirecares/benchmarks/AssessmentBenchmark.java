package uk.co.leicestershirecares.benchmarks;

import com.google.common.collect.ImmutableList;
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
import org.openjdk.jmh.infra.Blackhole;
import uk.co.leicestershirecares.benchmarks.peers.DecisionPeer;
import uk.co.leicestershirecares.benchmarks.peers.DmnPeer;
import uk.co.leicestershirecares.benchmarks.peers.EasyRulesPeer;
import uk.co.leicestershirecares.benchmarks.peers.PeerCheck;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.DroolsPolicy;

/**
 * Full assessments (stage, employment pathway, every programme's decision and every outcome's
 * classification) of the {@link Population}, in participants per second: the plain-Java
 * reference, Drools one record per call ({@code assess}), and Drools in batches ({@code
 * assessAll}) of several sizes; and the peers a user might pick instead (issue 20), deciding
 * UP, WIRE and the care-experienced programmes ({@link DecisionPeer#PROGRAMMES}) as a DMN decision
 * table run by the KIE DMN engine ({@code dmn}) and as Easy Rules rules ({@code easyRules}). Every
 * method handles {@link #RECORDS} records per invocation, so the scores compare directly.
 *
 * <p>The comparison with the peers favours them: our engines make a full assessment of each
 * record (stage, pathway, every programme with its reasons and missing conditions, every outcome's
 * classification), while a peer only decides five programmes' outcomes. Our engines have no
 * decisions-only mode, so the peers' decisions are timed against the full assessments. Each peer
 * is checked against the reference on the whole population before it is timed: the trial fails
 * if any decision differs.
 *
 * <p>Scores are assessments per second, and with {@code -prof gc} the {@code gc.alloc.rate.norm}
 * line is already bytes per assessment: JMH divides by {@link OperationsPerInvocation}. The
 * defaults below warm up for a minute per fork: on 2 shared cores the JIT took 40-60 s to finish
 * compiling Drools' code, and shorter warm-ups ({@code -wi 2 -w 2s}) measured Drools half-compiled.
 * Runs and results are in {@code benchmarks/THROUGHPUT.md}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 12, time = 5)
@Measurement(iterations = 5, time = 3)
public class AssessmentBenchmark {
  /** Records assessed per benchmark invocation: a common multiple of every batch size. */
  static final int RECORDS = 1000;

  /** The population and the two engines, shared by every thread. */
  @State(Scope.Benchmark)
  public static class Engines {
    ImmutableList<ParticipantRecord> records;
    Policy reference;
    DroolsPolicy drools;

    @Setup(Level.Trial)
    public void setUp() {
      records = Population.of(RECORDS);
      reference = ReferencePolicy.withDefaults();
      drools = CaresRules.newBuilder().build();
    }
  }

  /** The peers, built once and checked against the reference before they are timed. */
  @State(Scope.Benchmark)
  public static class Peers {
    DecisionPeer dmn;
    DecisionPeer easyRules;

    @Setup(Level.Trial)
    public void setUp(Engines engines) {
      ProgrammeCatalogue catalogue = engines.reference.catalogue();
      dmn = DmnPeer.create(catalogue);
      easyRules = EasyRulesPeer.create(catalogue);
      PeerCheck.requireSameAnswers(dmn, engines.reference, engines.records, Population.AS_OF);
      PeerCheck.requireSameAnswers(easyRules, engines.reference, engines.records,
          Population.AS_OF);
    }
  }

  /** The population cut into batches of {@link #batchSize}. */
  @State(Scope.Benchmark)
  public static class Batches {
    @Param({"1", "10", "100", "1000"})
    public int batchSize;

    ImmutableList<ImmutableList<ParticipantRecord>> batches;

    @Setup(Level.Trial)
    public void setUp(Engines engines) {
      ImmutableList.Builder<ImmutableList<ParticipantRecord>> cut = ImmutableList.builder();
      for (int from = 0; from < RECORDS; from += batchSize) {
        cut.add(engines.records.subList(from, Math.min(RECORDS, from + batchSize)));
      }
      batches = cut.build();
    }
  }

  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void reference(Engines engines, Blackhole sink) {
    for (ParticipantRecord record : engines.records) {
      sink.consume(engines.reference.assess(record, Population.AS_OF));
    }
  }

  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void droolsSingle(Engines engines, Blackhole sink) {
    for (ParticipantRecord record : engines.records) {
      sink.consume(engines.drools.assess(record, Population.AS_OF));
    }
  }

  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void droolsBatch(Engines engines, Batches batches, Blackhole sink) {
    for (ImmutableList<ParticipantRecord> batch : batches.batches) {
      for (Assessment assessment : engines.drools.assessAll(batch, Population.AS_OF)) {
        sink.consume(assessment);
      }
    }
  }

  /** The KIE DMN engine deciding the five programmes of each record: decisions only. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void dmn(Engines engines, Peers peers, Blackhole sink) {
    for (ParticipantRecord record : engines.records) {
      sink.consume(peers.dmn.decide(record, Population.AS_OF));
    }
  }

  /** Easy Rules deciding the five programmes of each record: decisions only. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void easyRules(Engines engines, Peers peers, Blackhole sink) {
    for (ParticipantRecord record : engines.records) {
      sink.consume(peers.easyRules.decide(record, Population.AS_OF));
    }
  }
}
