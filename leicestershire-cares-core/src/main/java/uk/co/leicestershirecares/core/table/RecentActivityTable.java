package uk.co.leicestershirecares.core.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import uk.co.leicestershirecares.core.reason.Sources;

/**
 * How far back activity counts as recent evidence of a stage, from the analysts' table {@code
 * recent-activity.drl.csv}: one row per period of days in force, each with its window (by default
 * 13 weeks, always). Every day is in exactly one row, so every date asked about has one window.
 *
 * <p>The same file is a Drools decision table (the row in force on the date asked about states
 * the window); the reference policy and stage histories read its rows here.
 */
public final class RecentActivityTable extends PolicyTable {
  /** The shipped table's file name, in the rules module's folder of rules. */
  public static final String FILE = "recent-activity.drl.csv";

  private static final Layout LAYOUT = new Layout(FILE, false,
      Column.ruleId("Rule id"),
      Column.document("Source document", Sources.DOCUMENTS),
      Column.inForce("In force"),
      Column.window("Recent window"),
      Column.sentence("Source sentence"));

  private static final RecentActivityTable SHIPPED = read(FILE, LAYOUT.shippedText());

  /** One row: a window and the days it is in force. */
  private record Row(int number, TableCells.InForce days, Period window) {
    LocalDate from() {
      return days.from();
    }
  }

  private final ImmutableList<Row> rows;
  private final ImmutableSet<Period> windows;
  private final ImmutableList<LocalDate> changeDays;

  private RecentActivityTable(DecisionTable table, ImmutableList<Row> rows) {
    super(table);
    this.rows = rows;
    this.windows = rows.stream().map(Row::window).collect(ImmutableSet.toImmutableSet());
    this.changeDays = rows.stream().skip(1).map(Row::from)
        .collect(ImmutableList.toImmutableList());
  }

  /** The table shipped with the library: 13 weeks, always. */
  public static RecentActivityTable shipped() {
    return SHIPPED;
  }

  /** The shipped table's text, as analysts copy it. */
  public static String shippedText() {
    return LAYOUT.shippedText();
  }

  /**
   * Reads and checks a recent-activity table: the shipped header, every cell, and every day in
   * exactly one row (the first from {@code always}, each next the day after the one before ends,
   * the last without an end).
   *
   * @throws PolicyTableException with every problem, each at its row and column
   */
  public static RecentActivityTable read(String file, String text) {
    Reading reading = LAYOUT.read(file, text);
    List<Row> rows = new ArrayList<>();
    for (DecisionTable.Row row : reading.rows()) {
      rows.add(new Row(row.number(), TableCells.inForce(row.cell(3)),
          TableCells.window(row.cell(4))));
    }
    if (reading.clean()) {
      rows.sort(Comparator.comparing(Row::from));
      // The first day no row so far covers; null once a row has no end (it covers every day on).
      LocalDate next = LocalDate.MIN;
      for (Row row : rows) {
        if (next == null || !row.from().equals(next)) {
          reading.problem(row.number(), 3, next == null || row.from().isBefore(next)
              ? "overlaps another row: every day must be in exactly one row"
              : next.equals(LocalDate.MIN)
                  ? "the first row in force must be always or start from the beginning, so that"
                      + " every date has a window"
                  : "leaves the days from " + next + " to " + row.from().minusDays(1)
                      + " without a window");
          break;
        }
        LocalDate to = row.days().to();
        if (to == null) {
          next = null;
          continue;
        }
        next = to.plusDays(1);
      }
      if (reading.clean() && next != null) {
        reading.problem(0, 0, "the last row must have no end (always or from a date), so that"
            + " every date has a window");
      }
    }
    return new RecentActivityTable(reading.checked(), ImmutableList.copyOf(rows));
  }

  /** The window in force on {@code date}. */
  public Period windowOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    // No lambda: the stage asks for the window on every day of every history.
    for (Row row : rows) {
      if (row.days().covers(date)) {
        return row.window();
      }
    }
    throw new AssertionError("a checked table has a window for every day: " + date);
  }

  /** Every window the table names. */
  public ImmutableSet<Period> windows() {
    return windows;
  }

  /** The days on which a row other than the first comes into force: the window may change. */
  public ImmutableList<LocalDate> changeDays() {
    return changeDays;
  }

  @Override
  String summary() {
    return rows.size() + " rows";
  }
}
