package uk.co.leicestershirecares.rules.facts;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * The days on which activity is recent: from {@link #from()} to {@link #to()} (the date asked
 * about), both included, and the length of the window ({@link #period()}).
 *
 * @param from the first day of the window
 * @param to the last day of the window: the date asked about
 * @param period the window's length
 * @param sentence the source sentence of the table row the window comes from
 */
public record RecentWindow(LocalDate from, LocalDate to, Period period, String sentence) {
  /**
   * Creates the window; {@code from} is kept, not worked out on each question, because the rules
   * ask it once per activity.
   *
   * @throws IllegalArgumentException if {@code from} is not {@code to} minus {@code period}
   */
  public RecentWindow {
    if (!from.equals(to.minus(period))) {
      throw new IllegalArgumentException("a recent window starts its period before its last day");
    }
  }

  /**
   * Creates the window of {@code period} up to {@code to}, from a row of the recent-activity table
   * whose source sentence is {@code sentence}.
   */
  public RecentWindow(Period period, LocalDate to, String sentence) {
    this(to.minus(period), to, period, sentence);
  }

  /**
   * Returns whether activity from {@code start} to {@code end} (null: ongoing) is recent: it has
   * started by the date asked about and had not ended before the window began.
   */
  public boolean covers(LocalDate start, @Nullable LocalDate end) {
    return !start.isAfter(to) && (end == null || !end.isBefore(from));
  }

  /** Returns whether a one-day activity on {@code day} (a session) is recent. */
  public boolean coversDay(LocalDate day) {
    return !day.isAfter(to) && !day.isBefore(from);
  }

  /**
   * Returns whether an event from {@code start} that holds until {@code end}, or only on its
   * start day when {@code end} is null (a completed training, a campaign), is recent.
   */
  public boolean coversEvent(LocalDate start, @Nullable LocalDate end) {
    return covers(start, end == null ? start : end);
  }
}
