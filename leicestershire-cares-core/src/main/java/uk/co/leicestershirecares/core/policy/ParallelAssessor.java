package uk.co.leicestershirecares.core.policy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;

/**
 * Runs {@link Policy#assessAll(List, LocalDate, int)} and its stream form: the records are cut
 * into chunks, each chunk is one {@link Policy#assessAll(Iterable, LocalDate)} call (so an engine
 * that amortises set-up over a batch, as the Drools rules do, keeps doing so), and the chunks run
 * on up to {@code parallelism} threads. Answers come back in the records' order.
 */
final class ParallelAssessor {
  /**
   * The most records in one chunk of a list: small enough that two threads share a list of a
   * thousand evenly, large enough that a batch's set-up is amortised (measured by {@code
   * ParallelAssessmentBenchmark}).
   */
  static final int MAX_CHUNK = 512;
  /** Records per chunk of a stream, whose length is not known in advance. */
  static final int STREAM_CHUNK = 256;
  /** Chunks per thread in a list, so that a thread that finishes early takes more. */
  private static final int CHUNKS_PER_THREAD = 4;
  /** The most parallelism accepted: far more threads than any machine's cores is a mistake. */
  static final int MAX_PARALLELISM = 1024;

  private static final AtomicInteger POOLS = new AtomicInteger();

  private ParallelAssessor() {}

  @CanIgnoreReturnValue // returns its argument, for use in an expression
  static int checkParallelism(int parallelism) {
    if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
      throw new InvalidRecordException("parallelism",
          "parallelism must be from 1 to " + MAX_PARALLELISM + ", was " + parallelism);
    }
    return parallelism;
  }

  static ImmutableList<Assessment> assessAll(Policy policy, List<ParticipantRecord> records,
      LocalDate asOf, int parallelism) {
    Checks.notNull(asOf, "asOf");
    checkParallelism(parallelism);
    ImmutableList<ParticipantRecord> all = Checks.elements(records, "records");
    int chunk = chunkSize(all.size(), parallelism);
    if (parallelism == 1 || all.size() <= chunk) {
      return policy.assessAll(all, asOf);
    }
    List<List<ParticipantRecord>> chunks = Lists.partition(all, chunk);
    AtomicReferenceArray<ImmutableList<Assessment>> answers =
        new AtomicReferenceArray<>(chunks.size());
    AtomicReferenceArray<Throwable> failures = new AtomicReferenceArray<>(chunks.size());
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      // Chunks are taken in index order, so when one fails every lower chunk is already taken:
      // the lowest failure is the one a sequential run would have met first.
      for (int i = next.getAndIncrement(); i < chunks.size(); i = next.getAndIncrement()) {
        try {
          answers.set(i, policy.assessAll(chunks.get(i), asOf));
        } catch (RuntimeException | Error e) {
          failures.set(i, e);
          next.set(chunks.size());
          return;
        }
      }
    };
    int helpers = Math.min(parallelism, chunks.size()) - 1;
    List<Thread> threads = new ArrayList<>(helpers);
    ThreadFactory factory = threadFactory();
    for (int t = 0; t < helpers; t++) {
      Thread thread = factory.newThread(worker);
      threads.add(thread);
      thread.start();
    }
    worker.run(); // the caller works too: parallelism counts it
    boolean interrupted = false;
    for (Thread thread : threads) {
      while (true) {
        try {
          thread.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true; // finish the batch; the caller's interrupt is restored below
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    for (int i = 0; i < chunks.size(); i++) {
      Throwable failure = failures.get(i);
      if (failure != null) {
        throw rethrown(failure);
      }
    }
    ImmutableList.Builder<Assessment> result = ImmutableList.builderWithExpectedSize(all.size());
    for (int i = 0; i < chunks.size(); i++) {
      result.addAll(answers.get(i));
    }
    return result.build();
  }

  static Stream<Assessment> assessAll(Policy policy, Stream<ParticipantRecord> records,
      LocalDate asOf, int parallelism) {
    Checks.notNull(records, "records");
    Checks.notNull(asOf, "asOf");
    checkParallelism(parallelism);
    InOrder answers = new InOrder(policy, records.iterator(), asOf, parallelism);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(answers,
            Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(answers::close)
        .onClose(records::close);
  }

  private static int chunkSize(int records, int parallelism) {
    int perChunk = (records + parallelism * CHUNKS_PER_THREAD - 1)
        / (parallelism * CHUNKS_PER_THREAD);
    return Math.max(1, Math.min(MAX_CHUNK, perChunk));
  }

  /** Daemon threads named {@code cares-assess-<pool>-<n>}, {@code n} counting from 1. */
  private static ThreadFactory threadFactory() {
    String name = "cares-assess-" + POOLS.incrementAndGet() + "-";
    AtomicInteger threads = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private static RuntimeException rethrown(Throwable failure) {
    if (failure instanceof RuntimeException runtimeException) {
      throw runtimeException;
    }
    throw (Error) failure;
  }

  /**
   * The stream's answers: reads the records on the consumer's thread (a stream need not be
   * thread-safe), keeps at most two chunks per thread in flight, and hands the answers back in
   * order. Its threads end when the records run out, when the stream is closed, or after a second
   * idle, whichever comes first.
   */
  private static final class InOrder implements Iterator<Assessment>, AutoCloseable {
    private final Policy policy;
    private final Iterator<ParticipantRecord> source;
    private final LocalDate asOf;
    private final int parallelism;
    private final ArrayDeque<Future<ImmutableList<Assessment>>> inFlight = new ArrayDeque<>();
    private @Nullable ThreadPoolExecutor pool; // started on the first answer asked for
    private Iterator<Assessment> current = ImmutableList.<Assessment>of().iterator();
    private int read;
    private boolean done;

    InOrder(Policy policy, Iterator<ParticipantRecord> source, LocalDate asOf, int parallelism) {
      this.policy = policy;
      this.source = source;
      this.asOf = asOf;
      this.parallelism = parallelism;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        if (done) {
          return false;
        }
        current = nextChunk().iterator();
      }
      return true;
    }

    @Override
    public Assessment next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }

    private ImmutableList<Assessment> nextChunk() {
      if (parallelism == 1) {
        List<ParticipantRecord> chunk = read();
        if (chunk.isEmpty()) {
          done = true;
        }
        return chunk.isEmpty() ? ImmutableList.of() : policy.assessAll(chunk, asOf);
      }
      while (inFlight.size() < 2 * parallelism && source.hasNext()) {
        List<ParticipantRecord> chunk = read();
        inFlight.add(pool().submit(() -> policy.assessAll(chunk, asOf)));
      }
      Future<ImmutableList<Assessment>> head = inFlight.poll();
      if (head == null) {
        close();
        return ImmutableList.of();
      }
      try {
        return head.get();
      } catch (ExecutionException e) {
        close();
        Throwable cause = e.getCause();
        throw rethrown(cause == null ? e : cause);
      } catch (InterruptedException e) {
        close();
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while assessing", e);
      }
    }

    private List<ParticipantRecord> read() {
      List<ParticipantRecord> chunk = new ArrayList<>(STREAM_CHUNK);
      while (chunk.size() < STREAM_CHUNK && source.hasNext()) {
        chunk.add(Checks.notNull(source.next(), "records[" + read + "]"));
        read++;
      }
      return chunk;
    }

    private ThreadPoolExecutor pool() {
      if (pool == null) {
        pool = new ThreadPoolExecutor(parallelism, parallelism, 1, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), threadFactory());
        // A stream dropped without close() must not keep its threads for ever.
        pool.allowCoreThreadTimeOut(true);
      }
      return pool;
    }

    @Override
    public void close() {
      done = true;
      inFlight.forEach(f -> f.cancel(true));
      inFlight.clear();
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }
}
