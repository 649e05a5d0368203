package uk.co.leicestershirecares.cli;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The progress of one long piece of work, counted in steps (records assessed, participants
 * counted): a bar on standard error when that is a terminal, nothing otherwise. Start one with
 * {@link ProgressBars#start}, step it on the thread doing the work, and close it when the work
 * ends, normally or not (try-with-resources), before anything else is written to standard error.
 */
interface Progress extends AutoCloseable {
  /** One more step is done. */
  void step();

  /** Finishes the bar, if one is shown, on a line of its own; does nothing the second time. */
  @Override
  void close();

  /**
   * Returns {@code items} as an {@link Iterable} that steps this progress once for each item the
   * caller is done with: an item counts as done when the caller asks for the next one, or asks
   * whether there is one (as a for-each loop does after each item). Iterate it once.
   */
  default <T> Iterable<T> each(List<T> items) {
    return () -> new Iterator<T>() {
      private int taken;
      private int stepped;

      @Override
      public boolean hasNext() {
        catchUp();
        return taken < items.size();
      }

      @Override
      public T next() {
        catchUp();
        if (taken >= items.size()) {
          throw new NoSuchElementException();
        }
        return items.get(taken++);
      }

      private void catchUp() {
        while (stepped < taken) {
          stepped++;
          step();
        }
      }
    };
  }

  /** Returns progress that shows nothing: for {@code --quiet}, or when there is nothing to do. */
  static Progress none() {
    return None.INSTANCE;
  }

  /** Progress that shows nothing. */
  enum None implements Progress {
    INSTANCE;

    @Override
    public void step() {}

    @Override
    public void close() {}
  }
}
