package uk.co.leicestershirecares.report;

import com.google.common.collect.ImmutableList;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;

/**
 * Two reports side by side, line by line: for each key, the figure in the {@linkplain #first()
 * first} and {@linkplain #second() second} report and the change.
 *
 * @param first the first report
 * @param second the second report
 */
public record ReportComparison(QuarterlyReport first, QuarterlyReport second) {
  /**
   * One line compared.
   *
   * @param key the line's key
   * @param label the line's label
   * @param first the figure in the first report
   * @param second the figure in the second report
   */
  public record Row(String key, String label, long first, long second) {
    /**
     * Checks that the key and label are not null.
     *
     * @throws InvalidRecordException if {@code key} or {@code label} is null
     */
    public Row {
      Checks.notNull(key, "key");
      Checks.notNull(label, "label");
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

  /**
   * Checks that the reports can be compared.
   *
   * @throws InvalidRecordException if an argument is null, the reports are of different
   *     programmes, or the second has no line of a key the first has
   */
  public ReportComparison {
    Checks.notNull(first, "first");
    Checks.notNull(second, "second");
    if (!first.programme().equals(second.programme())) {
      throw new InvalidRecordException("second", "compared reports must be of the same programme");
    }
    // The rows are computed when read; looking each line up now fails here, as building them did.
    for (ReportLine line : first.lines()) {
      var unused = second.line(line.key());
    }
  }

  /**
   * Compares two reports of the same programme, for example two quarters.
   *
   * @throws InvalidRecordException if an argument is null or the reports are of different
   *     programmes
   */
  public static ReportComparison of(QuarterlyReport first, QuarterlyReport second) {
    return new ReportComparison(first, second);
  }

  /** Returns one row per line, in the reports' order. */
  public ImmutableList<Row> rows() {
    return first.lines().stream().map(this::rowOf).collect(ImmutableList.toImmutableList());
  }

  /** Returns the row of the line with {@code key}. */
  public Row row(String key) {
    // One line compared, not every row built to find it.
    for (ReportLine line : first.lines()) {
      if (line.key().equals(key)) {
        return rowOf(line);
      }
    }
    throw new InvalidRecordException("key", "no report line '" + key + "'");
  }

  private Row rowOf(ReportLine line) {
    return new Row(line.key(), line.label(), line.count(), second.count(line.key()));
  }

  /** Returns the two periods compared. */
  @Override
  public String toString() {
    return "ReportComparison{" + first.period().label() + " vs " + second.period().label() + "}";
  }
}
