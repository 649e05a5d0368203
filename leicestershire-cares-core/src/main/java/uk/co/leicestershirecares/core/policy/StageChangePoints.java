package uk.co.leicestershirecares.core.policy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.engagement.Attendance;
import uk.co.leicestershirecares.core.engagement.MentoringMatch;
import uk.co.leicestershirecares.core.engagement.WorkPlacement;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.stage.Stage;
import uk.co.leicestershirecares.core.stage.StageChange;
import uk.co.leicestershirecares.core.table.RecentActivityTable;

/**
 * The days on which a participant's stage can change. Between two consecutive such days every
 * fact the stage rules read is constant: a circumstance is active from its start to its end, and
 * evidence dated {@code [s, e]} is recent on day {@code x} exactly when {@code s <= x <= e +
 * window}. So the stage can only change on a start, the day after an end, or the day after an end
 * plus the window; and, where the recent-activity table changes its window, on that day.
 *
 * <p>The days are epoch days in a sorted array, not a set of dates: reports ask for every young
 * person's history, and a tree of dates per person was most of a report's allocation (benchmark:
 * {@code ReportBenchmark}).
 */
final class StageChangePoints {
  private StageChangePoints() {}

  /**
   * Returns the epoch days from {@code from} to {@code to} (both included) on which the stage
   * can change under any window of {@code windows}, sorted, without repeats, starting with {@code
   * from}.
   */
  static long[] of(ParticipantRecord record, RecentActivityTable windows, LocalDate from,
      LocalDate to) {
    Days days = new Days(from.toEpochDay(), to.toEpochDay());
    for (Period window : windows.windows()) {
      add(days, record, window);
    }
    List<LocalDate> changes = windows.changeDays();
    for (int i = 0; i < changes.size(); i++) {
      days.add(changes.get(i).toEpochDay());
    }
    return days.sorted();
  }

  /** The stage on an epoch day. */
  @FunctionalInterface
  interface StageOnDay {
    Stage on(long epochDay);
  }

  /**
   * The stage history from {@code from} to {@code to}: the stage on {@code from}, then each day
   * on which it changed. A date is made only for the days the history names.
   *
   * @throws InvalidRecordException if an argument is null or {@code to} is before {@code from}
   */
  static ImmutableList<StageChange> history(ParticipantRecord record,
      RecentActivityTable windows, LocalDate from, LocalDate to, StageOnDay stages) {
    Checks.notNull(record, "record");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidRecordException("to", "history end " + to + " is before its start " + from);
    }
    ImmutableList.Builder<StageChange> history = ImmutableList.builder();
    Stage current = null; // before the first day; a local, never returned
    for (long day : of(record, windows, from, to)) {
      Stage stage = stages.on(day);
      if (current == null) {
        history.add(StageChange.first(LocalDate.ofEpochDay(day), stage));
      } else if (current != stage) {
        history.add(StageChange.of(LocalDate.ofEpochDay(day), current, stage));
      }
      current = stage;
    }
    return history.build();
  }

  private static void add(Days days, ParticipantRecord record, Period window) {
    // A window of whole days (the tables' weeks) is a number to add; anything with months is
    // added as the calendar adds it.
    long plainDays = window.getYears() == 0 && window.getMonths() == 0 ? window.getDays() : -1;
    List<Circumstance> circumstances = record.participant().circumstances();
    for (int i = 0; i < circumstances.size(); i++) {
      Circumstance c = circumstances.get(i);
      days.add(c.from().toEpochDay());
      Optional<LocalDate> end = c.to();
      if (end.isPresent()) {
        days.add(end.get().toEpochDay() + 1);
      }
    }
    List<Attendance> attendances = record.attendances();
    for (int i = 0; i < attendances.size(); i++) {
      long day = attendances.get(i).date().toEpochDay();
      days.add(day);
      days.add(day + 1);
      days.add(afterWindow(attendances.get(i).date(), day, window, plainDays));
    }
    List<WorkPlacement> placements = record.placements();
    for (int i = 0; i < placements.size(); i++) {
      evidence(days, placements.get(i).from(), placements.get(i).to().orElse(null), window,
          plainDays);
    }
    List<MentoringMatch> matches = record.mentoringMatches();
    for (int i = 0; i < matches.size(); i++) {
      evidence(days, matches.get(i).from(), matches.get(i).to().orElse(null), window,
          plainDays);
    }
    List<OutcomeEvent> outcomes = record.outcomes();
    for (int i = 0; i < outcomes.size(); i++) {
      OutcomeEvent o = outcomes.get(i);
      evidence(days, o.date(), StageRules.lastDayHeld(o), window, plainDays);
    }
  }

  private static void evidence(Days days, LocalDate start, @Nullable LocalDate end,
      Period window, long plainDays) {
    days.add(start.toEpochDay());
    if (end != null) {
      long last = end.toEpochDay();
      days.add(last + 1);
      days.add(afterWindow(end, last, window, plainDays));
    }
  }

  /** The first day on which evidence that ended on {@code last} is no longer recent. */
  private static long afterWindow(LocalDate last, long lastDay, Period window, long plainDays) {
    return plainDays >= 0 ? lastDay + plainDays + 1 : last.plus(window).toEpochDay() + 1;
  }

  /** Epoch days within {@code [from, to]}, {@code from} first; a growing array. */
  private static final class Days {
    private final long from;
    private final long to;
    private long[] days = new long[32];
    private int size;

    Days(long from, long to) {
      this.from = from;
      this.to = to;
      days[size++] = from;
    }

    void add(long day) {
      if (day <= from || day > to) {
        return; // before the history, or after it: the history's first day stands for them
      }
      if (size == days.length) {
        days = Arrays.copyOf(days, size * 2);
      }
      days[size++] = day;
    }

    long[] sorted() {
      Arrays.sort(days, 0, size);
      int unique = 0;
      for (int i = 0; i < size; i++) {
        if (unique == 0 || days[i] != days[unique - 1]) {
          days[unique++] = days[i];
        }
      }
      return Arrays.copyOf(days, unique);
    }
  }
}
