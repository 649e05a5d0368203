package uk.co.leicestershirecares.report;

import com.google.common.collect.ImmutableList;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;

/**
 * Two reports side by side, line by line: for each key, the figure in the {@linkplain #first()
 * first} and {@linkplain #second() second} report and the change.
 */
public final class ReportComparison {
  /** One line compared. */
  public static final class Row {
    private final String key;
    private final String label;
    private final long first;
    private final long second;

    Row(String key, String label, long first, long second) {
      this.key = key;
      this.label = label;
      this.first = first;
      this.second = second;
    }

    /** Returns the line's key. */
    public String key() {
      return key;
    }

    /** Returns the line's label. */
    public String label() {
      return label;
    }

    /** Returns the figure in the first report. */
    public long first() {
      return first;
    }

    /** Returns the figure in the second report. */
    public long second() {
      return second;
    }

    /** Returns {@code second - first}. */
    public long change() {
      return second - first;
    }

    /** Returns {@code key: first -> second}. */
    @Override
    public String toString() {
      return key + ": " + first + " -> " + second;
    }
  }

  private final QuarterlyReport first;
  private final QuarterlyReport second;
  private final ImmutableList<Row> rows;

  private ReportComparison(QuarterlyReport first, QuarterlyReport second) {
    this.first = first;
    this.second = second;
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (ReportLine line : first.lines()) {
      rows.add(new Row(line.key(), line.label(), line.count(), second.count(line.key())));
    }
    this.rows = rows.build();
  }

  /**
   * Compares two reports of the same programme, for example two quarters.
   *
   * @throws InvalidRecordException if an argument is null or the reports are of different
   *     programmes
   */
  public static ReportComparison of(QuarterlyReport first, QuarterlyReport second) {
    Checks.notNull(first, "first");
    Checks.notNull(second, "second");
    if (!first.programme().equals(second.programme())) {
      throw new InvalidRecordException("second", "compared reports must be of the same programme");
    }
    return new ReportComparison(first, second);
  }

  /** Returns the first report. */
  public QuarterlyReport first() {
    return first;
  }

  /** Returns the second report. */
  public QuarterlyReport second() {
    return second;
  }

  /** Returns one row per line, in the reports' order. */
  public ImmutableList<Row> rows() {
    return rows;
  }

  /** Returns the row of the line with {@code key}. */
  public Row row(String key) {
    return rows.stream().filter(r -> r.key().equals(key)).findFirst()
        .orElseThrow(() -> new InvalidRecordException("key", "no report line '" + key + "'"));
  }

  /** Returns the two periods compared. */
  @Override
  public String toString() {
    return "ReportComparison{" + first.period().label() + " vs " + second.period().label() + "}";
  }
}
