package uk.co.leicestershirecares.core.plan;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;

/**
 * A plan year: the UK financial year from 1 April to 31 March, written {@code 2024/25}. Annual
 * plans and quarterly reports follow it, so rules are effective-dated by plan year.
 *
 * <p>Every date lies in exactly one plan year ({@link #containing(LocalDate)}). {@link #parse}
 * accepts {@code 2024/25}, {@code 2024-25} and {@code 2024/2025}; {@link #toString()} prints
 * {@code 2024/25}.
 *
 * @see "seed 004_8f1d1615dcf5d37d.txt: As we enter 21/22, we have identified the following
 *     priorities."
 * @see "policy-decisions.md: The financial year starts on 1 April: plan year 2023/24 runs from 1
 *     April 2023 to 31 March 2024, and its quarters start on 1 April, 1 July, 1 October and 1
 *     January."
 *
 * @param startYear the calendar year in which this plan year starts
 */
public record PlanYear(int startYear) implements Comparable<PlanYear> {
  /**
   * The first plan year that can be represented, 1899/00: it holds the earliest accepted date of
   * birth, 1900-01-01.
   */
  public static final int MIN_START_YEAR = 1899;

  /** The last plan year that can be represented. */
  public static final int MAX_START_YEAR = 9998;

  private static final Pattern TEXT = Pattern.compile("(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})");

  /**
   * Creates the plan year that starts on 1 April of {@code startYear}.
   *
   * @throws InvalidRecordException if {@code startYear} is outside {@value #MIN_START_YEAR} to
   *     {@value #MAX_START_YEAR}
   */
  public PlanYear {
    if (startYear < MIN_START_YEAR || startYear > MAX_START_YEAR) {
      throw new InvalidRecordException(
          "planYear",
          "plan year must start between " + MIN_START_YEAR + " and " + MAX_START_YEAR
              + ", not " + startYear);
    }
  }

  /**
   * Returns the plan year that starts on 1 April of {@code startYear}.
   *
   * @throws InvalidRecordException if {@code startYear} is outside {@value #MIN_START_YEAR} to
   *     {@value #MAX_START_YEAR}
   */
  public static PlanYear startingIn(int startYear) {
    return new PlanYear(startYear);
  }

  /** Returns the plan year in which {@code date} falls. */
  public static PlanYear containing(LocalDate date) {
    Checks.notNull(date, "date");
    return startingIn(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear()
        : date.getYear() - 1);
  }

  /**
   * Parses {@code 2024/25}, {@code 2024-25} or {@code 2024/2025}.
   *
   * @throws InvalidRecordException if {@code text} is not a plan year, or its two years are not
   *     consecutive
   */
  public static PlanYear parse(CharSequence text) {
    Checks.notNull(text, "planYear");
    Matcher m = TEXT.matcher(text.toString().strip());
    if (!m.matches()) {
      throw new InvalidRecordException(
          "planYear", "plan year '" + text + "' is not written like 2024/25");
    }
    int start = Integer.parseInt(m.group(1));
    int end = Integer.parseInt(m.group(2));
    int expectedEnd = m.group(2).length() == 2 ? (start + 1) % 100 : start + 1;
    if (end != expectedEnd) {
      throw new InvalidRecordException(
          "planYear", "plan year '" + text + "' does not name two consecutive years");
    }
    return startingIn(start);
  }

  /** Returns 1 April of the start year. */
  public LocalDate start() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  /** Returns 31 March of the following year. */
  public LocalDate end() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  /** Returns whether {@code date} falls in this plan year. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * Returns quarter {@code number} (1 to 4) of this plan year.
   *
   * @throws InvalidRecordException if {@code number} is not 1 to 4
   */
  public FinancialQuarter quarter(int number) {
    return FinancialQuarter.of(this, number);
  }

  /** Returns the four quarters of this plan year, in order. */
  public ImmutableList<FinancialQuarter> quarters() {
    return ImmutableList.of(quarter(1), quarter(2), quarter(3), quarter(4));
  }

  /**
   * Returns the plan year after this one.
   *
   * @throws InvalidRecordException after the last representable plan year
   */
  public PlanYear next() {
    return startingIn(startYear + 1);
  }

  /**
   * Returns the plan year before this one.
   *
   * @throws InvalidRecordException before the first representable plan year
   */
  public PlanYear previous() {
    return startingIn(startYear - 1);
  }

  @Override
  public int compareTo(PlanYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  /** Returns the plan year as the charity writes it, for example {@code 2024/25}. */
  @Override
  public String toString() {
    // Concatenation, not String.format: reasons print plan years on every assessment, and
    // formatting was a fifth of the reference policy's time. The start year always has four digits.
    int end = (startYear + 1) % 100;
    return startYear + (end < 10 ? "/0" : "/") + end;
  }
}
