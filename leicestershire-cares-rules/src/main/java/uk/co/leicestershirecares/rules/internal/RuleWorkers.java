package uk.co.leicestershirecares.rules.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worker threads that evaluate rules loaded from a folder, so that a caller can stop waiting
 * for rule code that never returns. Daemon threads, created as needed and kept a minute when idle:
 * a thread stuck in rule code cannot be stopped by Java, only abandoned, and an abandoned one must
 * neither block the next evaluation nor keep the JVM from exiting.
 */
public final class RuleWorkers {
  private static final AtomicInteger COUNT = new AtomicInteger();
  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "leicestershire-cares-rule-worker-"
        + COUNT.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  });

  private RuleWorkers() {}

  /** Runs {@code evaluation} on a worker thread. */
  public static <T> Future<T> submit(Callable<T> evaluation) {
    return WORKERS.submit(evaluation);
  }
}
