package uk.co.leicestershirecares.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.testing.CaresGenerators;

/**
 * {@link Policy#assessAll(List, LocalDate, int)} and its stream form: the sequential answers, in
 * order, from more than one thread at once; failures as a sequential run meets them; bad
 * arguments named; a stream read lazily whose threads end.
 */
final class ParallelAssessmentTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
  private static final ReferencePolicy REFERENCE = ReferencePolicy.withDefaults();

  private static List<ParticipantRecord> records(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ParticipantRecord> records = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      records.add(CaresGenerators.records().next(random));
    }
    return records;
  }

  @Test
  void aListGivesTheSequentialAnswersInOrderForEveryParallelism() {
    List<ParticipantRecord> records = records(1_500, 20261205L);
    ImmutableList<Assessment> sequential = REFERENCE.assessAll(records, AS_OF);
    for (int parallelism : new int[] {1, 2, 3, 8}) {
      assertThat(REFERENCE.assessAll(records, AS_OF, parallelism))
          .as("parallelism %d", parallelism)
          .containsExactlyElementsOf(sequential);
    }
  }

  @Test
  void smallAndEmptyListsAreAnswered() {
    List<ParticipantRecord> three = records(3, 5L);
    assertThat(REFERENCE.assessAll(three, AS_OF, 4))
        .containsExactlyElementsOf(REFERENCE.assessAll(three, AS_OF));
    assertThat(REFERENCE.assessAll(List.of(), AS_OF, 4)).isEmpty();
    assertThat(REFERENCE.assessAll(Stream.<ParticipantRecord>empty(), AS_OF, 4)).isEmpty();
  }

  @Test
  void aStreamGivesTheSequentialAnswersInOrderForEveryParallelism() {
    List<ParticipantRecord> records = records(1_300, 7L);
    ImmutableList<Assessment> sequential = REFERENCE.assessAll(records, AS_OF);
    for (int parallelism : new int[] {1, 2, 5}) {
      try (Stream<Assessment> answers = REFERENCE.assessAll(records.stream(), AS_OF,
          parallelism)) {
        assertThat(answers.collect(Collectors.toList()))
            .as("parallelism %d", parallelism)
            .containsExactlyElementsOf(sequential);
      }
    }
  }

  @Test
  void twoThreadsReallyAssessAtOnce() throws InterruptedException {
    // Each chunk's first assessment waits until two threads are assessing: a run on one thread
    // would wait out the latch and fail the assertion below.
    CountDownLatch bothInside = new CountDownLatch(2);
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    AtomicBoolean overlapped = new AtomicBoolean();
    Policy waiting = new Delegating(REFERENCE) {
      @Override
      public Assessment assess(ParticipantRecord record, LocalDate asOf) {
        if (threads.add(Thread.currentThread())) {
          bothInside.countDown();
          try {
            overlapped.compareAndSet(false, bothInside.await(30, TimeUnit.SECONDS));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return super.assess(record, asOf);
      }
    };
    List<ParticipantRecord> records = records(200, 11L);
    assertThat(waiting.assessAll(records, AS_OF, 2))
        .containsExactlyElementsOf(REFERENCE.assessAll(records, AS_OF));
    assertThat(overlapped).isTrue();
    assertThat(threads).hasSize(2);
  }

  @Test
  void theFailureASequentialRunMeetsFirstIsThrown() {
    List<ParticipantRecord> records = records(1_000, 13L);
    Set<ParticipantRecord> failing = Set.of(records.get(300), records.get(900));
    Policy failingPolicy = new Delegating(REFERENCE) {
      @Override
      public Assessment assess(ParticipantRecord record, LocalDate asOf) {
        if (failing.contains(record)) {
          throw new IllegalStateException(record == records.get(300) ? "first" : "second");
        }
        return super.assess(record, asOf);
      }
    };
    assertThatThrownBy(() -> failingPolicy.assessAll(records, AS_OF, 4))
        .isInstanceOf(IllegalStateException.class).hasMessage("first");
    assertThatThrownBy(() -> {
      try (Stream<Assessment> answers = failingPolicy.assessAll(records.stream(), AS_OF, 3)) {
        answers.forEach(a -> { });
      }
    }).isInstanceOf(IllegalStateException.class).hasMessage("first");
  }

  @Test
  void badArgumentsAreNamed() {
    List<ParticipantRecord> records = new ArrayList<>(records(10, 17L));
    assertThatThrownBy(() -> REFERENCE.assessAll(records, AS_OF, 0))
        .isInstanceOfSatisfying(InvalidRecordException.class,
            e -> assertThat(e.field()).isEqualTo("parallelism"));
    assertThatThrownBy(() -> REFERENCE.assessAll(records.stream(), AS_OF, 1_025))
        .isInstanceOfSatisfying(InvalidRecordException.class,
            e -> assertThat(e.field()).isEqualTo("parallelism"));
    assertThatThrownBy(() -> REFERENCE.assessAll(records, null, 2))
        .isInstanceOfSatisfying(InvalidRecordException.class,
            e -> assertThat(e.field()).isEqualTo("asOf"));
    assertThatThrownBy(() -> REFERENCE.assessAll((List<ParticipantRecord>) null, AS_OF, 2))
        .isInstanceOfSatisfying(InvalidRecordException.class,
            e -> assertThat(e.field()).isEqualTo("records"));
    records.set(7, null);
    assertThatThrownBy(() -> REFERENCE.assessAll(records, AS_OF, 2))
        .isInstanceOfSatisfying(InvalidRecordException.class,
            e -> assertThat(e.field()).isEqualTo("records[7]"));
    assertThatThrownBy(() -> REFERENCE.assessAll(records.stream(), AS_OF, 2).count())
        .isInstanceOfSatisfying(InvalidRecordException.class,
            e -> assertThat(e.field()).isEqualTo("records[7]"));
  }

  @Test
  void aStreamReadsItsRecordsOnlyAsFarAsItIsConsumed() {
    List<ParticipantRecord> pool = records(50, 19L);
    AtomicInteger read = new AtomicInteger();
    Stream<ParticipantRecord> endless = IntStream.iterate(0, i -> i + 1)
        .mapToObj(i -> {
          read.incrementAndGet();
          return pool.get(i % pool.size());
        });
    try (Stream<Assessment> answers = REFERENCE.assessAll(endless, AS_OF, 2)) {
      assertThat(answers.limit(10).count()).isEqualTo(10);
    }
    // Two chunks per thread in flight at most, and one being handed out.
    assertThat(read.get()).isLessThanOrEqualTo(5 * ParallelAssessor.STREAM_CHUNK);
  }

  @Test
  void closingAStreamStopsItsThreadsAndClosesTheRecords() throws InterruptedException {
    AtomicBoolean recordsClosed = new AtomicBoolean();
    Stream<ParticipantRecord> records = records(2_000, 23L).stream()
        .onClose(() -> recordsClosed.set(true));
    try (Stream<Assessment> answers = REFERENCE.assessAll(records, AS_OF, 2)) {
      assertThat(answers.limit(3).count()).isEqualTo(3);
      assertThat(assessingThreads()).isNotEmpty();
    }
    assertThat(recordsClosed).isTrue();
    // shutdownNow() interrupts idle workers at once; a busy one ends with its chunk.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!assessingThreads().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(assessingThreads()).isEmpty();
  }

  private static List<String> assessingThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> name.startsWith("cares-assess-"))
        .collect(Collectors.toList());
  }

  /** A policy that answers as another does, for tests to override one method. */
  private static class Delegating implements Policy {
    private final Policy delegate;

    Delegating(Policy delegate) {
      this.delegate = delegate;
    }

    @Override
    public Assessment assess(ParticipantRecord record, LocalDate asOf) {
      return delegate.assess(record, asOf);
    }

    @Override
    public OutcomeClassification classify(OutcomeEvent event, LocalDate asOf) {
      return delegate.classify(event, asOf);
    }

    @Override
    public PolicyParameters parameters() {
      return delegate.parameters();
    }

    @Override
    public ProgrammeCatalogue catalogue() {
      return delegate.catalogue();
    }

    @Override
    public String toString() {
      return "Delegating" + Arrays.asList(delegate);
    }
  }
}
