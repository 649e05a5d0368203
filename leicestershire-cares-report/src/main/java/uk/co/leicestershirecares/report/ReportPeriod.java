package uk.co.leicestershirecares.report;

import java.time.LocalDate;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;

/**
 * The days a report covers, both ends included, with a label: one {@linkplain
 * #of(FinancialQuarter) quarter} ("2023/24 Q1"), a plan year {@linkplain
 * #yearToDate(FinancialQuarter) to date} ("2023/24 Q1–Q3"), or any {@linkplain
 * #between(LocalDate, LocalDate) days} ("2019-09-01 to 2024-03-31").
 *
 * @param start the first day covered
 * @param end the last day covered
 * @param label the label, for example {@code 2023/24 Q1}
 */
public record ReportPeriod(LocalDate start, LocalDate end, String label) {
  /**
   * Creates the period from {@code start} to {@code end} with {@code label}.
   *
   * @throws InvalidRecordException if an argument is null, {@code end} is before {@code start} or
   *     the label is blank
   */
  public ReportPeriod {
    Checks.notNull(start, "start");
    Checks.notNull(end, "end");
    Checks.notNull(label, "label");
    if (end.isBefore(start)) {
      throw new InvalidRecordException("end", "report end " + end + " is before its start " + start);
    }
    if (label.isBlank()) {
      throw new InvalidRecordException("label", "a report period needs a label");
    }
  }

  /** Returns the period of one quarter. */
  public static ReportPeriod of(FinancialQuarter quarter) {
    Checks.notNull(quarter, "quarter");
    return new ReportPeriod(quarter.start(), quarter.end(), quarter.toString());
  }

  /** Returns the plan year of {@code through} from its first day to the end of {@code through}. */
  public static ReportPeriod yearToDate(FinancialQuarter through) {
    Checks.notNull(through, "quarter");
    String label = through.number() == 1
        ? through.toString()
        : through.planYear() + " Q1–Q" + through.number();
    return new ReportPeriod(through.planYear().start(), through.end(), label);
  }

  /**
   * Returns the period from {@code start} to {@code end}, both included, labelled {@code
   * 2019-09-01 to 2024-03-31}: a report "to date", such as seed 000's figures since the UP
   * project's launch.
   *
   * @throws InvalidRecordException if an argument is null or {@code end} is before {@code start}
   * @see "seed 000_8df8b8bd680ae635.txt: To date, six candidates have achieved this amazing feat
   *     and have successfully been referred onto the WIRE project."
   */
  public static ReportPeriod between(LocalDate start, LocalDate end) {
    Checks.notNull(start, "start");
    Checks.notNull(end, "end");
    return of(start, end, start + " to " + end);
  }

  /**
   * Returns the period from {@code start} to {@code end} with {@code label}.
   *
   * @throws InvalidRecordException if {@code end} is before {@code start} or the label is blank
   */
  public static ReportPeriod of(LocalDate start, LocalDate end, String label) {
    return new ReportPeriod(start, end, label);
  }

  /** Returns whether {@code date} is in the period, both ends included. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /** Returns {@code label (start to end)}. */
  @Override
  public String toString() {
    return label + " (" + start + " to " + end + ")";
  }
}
