package uk.co.leicestershirecares.core.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import uk.co.leicestershirecares.core.EqualityAssertions;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * Covers {@link Money}: exact pence, UK formatting ({@code £1,000.00}), addition, ordering,
 * equality and the rejection of negative amounts.
 *
 * <p>The pound sign is written {@code \u00a3} here so that a build reading the sources in the
 * wrong encoding fails this test instead of agreeing with itself.
 */
final class MoneyTest {
  private static final String POUND = "\u00a3";

  @Test
  void toString_writesPoundsWithThousandsSeparatorsAndTwoDigitsOfPence() {
    assertThat(Money.ofPounds(1000)).hasToString(POUND + "1,000.00");
    assertThat(Money.ofPence(5)).hasToString(POUND + "0.05");
    assertThat(Money.ofPence(0)).hasToString(POUND + "0.00");
    assertThat(Money.ofPence(123_456_789)).hasToString(POUND + "1,234,567.89");
  }

  @Test
  void toString_agreesWithADecimalFormatOfThePounds() {
    DecimalFormat uk = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
    qt().withExamples(1000)
        .forAll(Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert(pence -> assertThat(Money.ofPence(pence))
            .hasToString(POUND + uk.format(BigDecimal.valueOf(pence, 2))));
  }

  @Test
  void ofPounds_isAHundredPencePerPound() {
    assertThat(Money.ofPounds(12).pence()).isEqualTo(1200);
    assertThat(Money.ofPounds(0)).isSameAs(Money.ZERO);
  }

  @Test
  void plus_addsThePence() {
    assertThat(Money.ofPounds(1000).plus(Money.ofPence(5))).isEqualTo(Money.ofPence(100_005));
    qt().withExamples(500)
        .forAll(
            Generate.longRange(0, Long.MAX_VALUE / 2), Generate.longRange(0, Long.MAX_VALUE / 2))
        .checkAssert((a, b) -> {
          assertThat(Money.ofPence(a).plus(Money.ofPence(b)).pence()).isEqualTo(a + b);
          assertThat(Money.ofPence(a).plus(Money.ofPence(b)))
              .isEqualTo(Money.ofPence(b).plus(Money.ofPence(a)));
          assertThat(Money.ofPence(a).plus(Money.ZERO)).isEqualTo(Money.ofPence(a));
        });
  }

  @Test
  void plus_throwsRatherThanOverflow() {
    assertThatThrownBy(() -> Money.ofPence(Long.MAX_VALUE).plus(Money.ofPence(1)))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void ofPence_rejectsANegativeAmount() {
    assertThatThrownBy(() -> Money.ofPence(-1))
        .isInstanceOf(InvalidRecordException.class)
        .extracting(e -> ((InvalidRecordException) e).field())
        .isEqualTo("amountPence");
    assertThatThrownBy(() -> Money.ofPounds(-1)).isInstanceOf(InvalidRecordException.class);
  }

  @Test
  void ofPounds_rejectsAnAmountTooLargeForPence() {
    assertThatThrownBy(() -> Money.ofPounds(Long.MAX_VALUE / 100 + 1))
        .isInstanceOf(InvalidRecordException.class);
  }

  @Test
  void equality_isByPence_andOrderFollowsIt() {
    EqualityAssertions.assertEqualOnlyToCopies(
        () -> Money.ofPence(1234), List.of(Money.ofPence(1235), Money.ofPounds(12)));
    assertThat(Money.ofPence(1234)).isEqualTo(Money.ofPence(1234))
        .isLessThan(Money.ofPence(1235))
        .isGreaterThan(Money.ofPounds(12));
  }
}
