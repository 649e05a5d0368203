package uk.co.leicestershirecares.benchmarks;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.analyst.ReloadingPolicy;

/**
 * Hot reload of an analyst's rule folder (a copy of the shipped rules): the time to rebuild and
 * swap the rules after an edit ({@code reload}, milliseconds per reload), and assessments per
 * second on one thread while a second thread edits and reloads without pause ({@code
 * whileReloading}) against the same with no reloads ({@code quiet}).
 *
 * <p>Nothing may fail: every reload must swap the rules, and every assessment must equal the
 * reference's answer for its record (the edits are comments, so no answer changes); otherwise
 * the benchmark throws and JMH reports it failed.
 */
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReloadBenchmark {
  /** A copy of the shipped rules, served by a {@link ReloadingPolicy}. */
  @State(Scope.Benchmark)
  public static class Folder {
    Path folder;
    List<Path> files;
    ReloadingPolicy policy;
    ImmutableList<ParticipantRecord> records;
    ImmutableList<Assessment> expected;
    long edits;

    @Setup(Level.Trial)
    public void setUp() {
      folder = ShippedRules.copyToTemporaryFolder();
      try (Stream<Path> listed = Files.list(folder)) {
        files = listed.sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      policy = CaresRules.newBuilder().buildReloading(folder);
      records = Population.of(200);
      expected = ReferencePolicy.withDefaults().assessAll(records, Population.AS_OF);
    }

    /** Edits one rule file and reloads; fails unless the new rules were swapped in. */
    void editAndReload() {
      long before = policy.version();
      ShippedRules.touch(files.get((int) (edits % files.size())), edits++);
      if (!policy.reload() || policy.version() != before + 1) {
        throw new IllegalStateException("reload after edit " + edits + " did not swap the rules: "
            + policy.lastDiagnostics());
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      policy.close();
    }
  }

  /** The next record each assessing thread takes. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long reload(Folder folder) {
    folder.editAndReload();
    return folder.policy.version();
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @Group("whileReloading")
  @GroupThreads(1)
  public Assessment assessWhileReloading(Folder folder, Cursor cursor) {
    return assessAndCheck(folder, cursor);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @Group("whileReloading")
  @GroupThreads(1)
  public long reloader(Folder folder) {
    return reload(folder);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @Group("quiet")
  @GroupThreads(1)
  public Assessment assessQuiet(Folder folder, Cursor cursor) {
    return assessAndCheck(folder, cursor);
  }

  private static Assessment assessAndCheck(Folder folder, Cursor cursor) {
    int i = cursor.next;
    cursor.next = (i + 1) % folder.records.size();
    Assessment assessment = folder.policy.assess(folder.records.get(i), Population.AS_OF);
    if (!assessment.equals(folder.expected.get(i))) {
      throw new IllegalStateException("assessment of record " + i + " differs from the reference"
          + " at rules version " + folder.policy.version());
    }
    return assessment;
  }
}
