package uk.co.leicestershirecares.core.plan;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;

/**
 * A quarter of a {@link PlanYear}: Q1 is April–June, Q2 July–September, Q3 October–December and Q4
 * January–March of the following calendar year. {@code 2023/24 Q1} runs from 2023-04-01 to
 * 2023-06-30.
 *
 * <p>{@link #parse} accepts {@code 2023/24 Q1}, the reports' own {@code Q1 2023/24} and the
 * command line's {@code 2023/24-Q1}; {@link #toString()} prints {@code 2023/24 Q1}.
 *
 * @see "seed 001_cc2b091141c814b2.txt: Leaving Care Update Q1 2023/24"
 * @see "policy-decisions.md: The financial year starts on 1 April: plan year 2023/24 runs from 1
 *     April 2023 to 31 March 2024, and its quarters start on 1 April, 1 July, 1 October and 1
 *     January."
 *
 * @param planYear the plan year this quarter belongs to
 * @param number the quarter's number, 1 to 4
 */
public record FinancialQuarter(PlanYear planYear, int number)
    implements Comparable<FinancialQuarter> {
  // A space, or a hyphen or underscore (2023/24-Q1, which a shell or a URL needs no quotes for).
  private static final Pattern YEAR_FIRST =
      Pattern.compile("(.+?)(?:\\s*[-_]\\s*|\\s+)[Qq]([1-4])");
  private static final Pattern QUARTER_FIRST =
      Pattern.compile("[Qq]([1-4])(?:\\s*[-_]\\s*|\\s+)(.+)");

  /**
   * Creates quarter {@code number} of {@code planYear}.
   *
   * @throws InvalidRecordException if {@code planYear} is null or {@code number} is not 1 to 4
   */
  public FinancialQuarter {
    Checks.notNull(planYear, "planYear");
    if (number < 1 || number > 4) {
      throw new InvalidRecordException(
          "quarter", "quarter must be 1 to 4, not " + number);
    }
  }

  /**
   * Returns quarter {@code number} of {@code planYear}.
   *
   * @throws InvalidRecordException if {@code planYear} is null or {@code number} is not 1 to 4
   */
  public static FinancialQuarter of(PlanYear planYear, int number) {
    return new FinancialQuarter(planYear, number);
  }

  /** Returns the quarter in which {@code date} falls. */
  public static FinancialQuarter containing(LocalDate date) {
    PlanYear year = PlanYear.containing(date);
    // April is month 4: months 4-6 are Q1, ..., 1-3 (of the next calendar year) are Q4.
    int monthsIntoYear = Math.floorMod(date.getMonthValue() - 4, 12);
    return new FinancialQuarter(year, monthsIntoYear / 3 + 1);
  }

  /**
   * Parses {@code 2023/24 Q1}, {@code Q1 2023/24} or {@code 2023/24-Q1} (a hyphen or an
   * underscore in place of the space; the plan year in any form {@link PlanYear#parse} accepts).
   *
   * @throws InvalidRecordException if {@code text} is not a financial quarter
   */
  public static FinancialQuarter parse(CharSequence text) {
    Checks.notNull(text, "quarter");
    String s = text.toString().strip();
    Matcher yearFirst = YEAR_FIRST.matcher(s);
    if (yearFirst.matches()) {
      return of(PlanYear.parse(yearFirst.group(1)), Integer.parseInt(yearFirst.group(2)));
    }
    Matcher quarterFirst = QUARTER_FIRST.matcher(s);
    if (quarterFirst.matches()) {
      return of(PlanYear.parse(quarterFirst.group(2)), Integer.parseInt(quarterFirst.group(1)));
    }
    throw new InvalidRecordException(
        "quarter", "quarter '" + text + "' is not written like 2023/24 Q1");
  }

  /** Returns the first day of the quarter. */
  public LocalDate start() {
    return planYear.start().plusMonths(3L * (number - 1));
  }

  /** Returns the last day of the quarter. */
  public LocalDate end() {
    return planYear.start().plusMonths(3L * number).minusDays(1);
  }

  /** Returns whether {@code date} falls in this quarter, both ends included. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** Returns the quarter after this one. */
  public FinancialQuarter next() {
    return number == 4 ? of(planYear.next(), 1) : of(planYear, number + 1);
  }

  /** Returns the quarter before this one. */
  public FinancialQuarter previous() {
    return number == 1 ? of(planYear.previous(), 4) : of(planYear, number - 1);
  }

  @Override
  public int compareTo(FinancialQuarter other) {
    int byYear = planYear.compareTo(other.planYear);
    return byYear != 0 ? byYear : Integer.compare(number, other.number);
  }

  /** Returns the quarter as {@code 2023/24 Q1}. */
  @Override
  public String toString() {
    return planYear + " Q" + number;
  }
}
