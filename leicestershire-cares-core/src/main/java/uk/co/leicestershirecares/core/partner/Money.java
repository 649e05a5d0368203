package uk.co.leicestershirecares.core.partner;

import java.text.NumberFormat;
import java.util.Locale;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * An exact, non-negative amount of pounds sterling, held as whole pence. Never a {@code double}.
 *
 * @param pence the amount in pence
 */
public record Money(long pence) implements Comparable<Money> {
  /** No money. */
  public static final Money ZERO = new Money(0);

  /**
   * Creates the amount of {@code pence} pence.
   *
   * @throws InvalidRecordException if {@code pence} is negative
   */
  public Money {
    if (pence < 0) {
      throw new InvalidRecordException("amountPence", "amount must not be negative: " + pence);
    }
  }

  /**
   * Returns the amount of {@code pence} pence.
   *
   * @throws InvalidRecordException if {@code pence} is negative
   */
  public static Money ofPence(long pence) {
    return pence == 0 ? ZERO : new Money(pence);
  }

  /**
   * Returns the amount of {@code pounds} whole pounds.
   *
   * @throws InvalidRecordException if {@code pounds} is negative or too large to hold in pence
   */
  public static Money ofPounds(long pounds) {
    if (pounds > Long.MAX_VALUE / 100) {
      throw new InvalidRecordException("amountPence", "amount is too large: £" + pounds);
    }
    return ofPence(pounds * 100);
  }

  /**
   * Returns the sum of this amount and {@code other}.
   *
   * @throws ArithmeticException if the sum overflows
   */
  public Money plus(Money other) {
    return ofPence(Math.addExact(pence, other.pence));
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(pence, other.pence);
  }

  /** Returns the amount as it is written in the UK, for example {@code £1,000.00}. */
  @Override
  public String toString() {
    NumberFormat pounds = NumberFormat.getIntegerInstance(Locale.UK);
    return String.format(Locale.UK, "£%s.%02d", pounds.format(pence / 100), pence % 100);
  }
}
