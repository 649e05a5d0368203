package uk.co.leicestershirecares.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * Covers {@link ReportIndicator}: the numerator and denominator are the sizes of their sources,
 * the percentage has one decimal place rounded half up and is empty with no denominator, and a
 * numerator source must be a denominator source, each counted once.
 */
final class ReportIndicatorTest {
  private static List<String> people(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ids.add("P-" + i);
    }
    return ids;
  }

  private static ReportIndicator of(int numerator, int denominator) {
    return ReportIndicator.builder().key("k").label("label")
        .numeratorSources(people(numerator)).denominatorSources(people(denominator)).build();
  }

  @Test
  void percentHasOneDecimalPlaceRoundedHalfUp() {
    assertThat(of(6, 9).percent()).hasValue(new BigDecimal("66.7"));
    assertThat(of(2, 3).percent()).hasValue(new BigDecimal("66.7"));
    assertThat(of(1, 3).percent()).hasValue(new BigDecimal("33.3"));
    assertThat(of(1, 16).percent()).hasValue(new BigDecimal("6.3"));
    assertThat(of(9, 9).percent()).hasValue(new BigDecimal("100.0"));
    assertThat(of(0, 9).percent()).hasValue(new BigDecimal("0.0"));
    assertThat(of(6, 9).numerator()).isEqualTo(6);
    assertThat(of(6, 9).denominator()).isEqualTo(9);
    assertThat(of(6, 9)).hasToString("k=6/9");
  }

  @Test
  void withNoDenominatorThereIsNoPercentage() {
    assertThat(of(0, 0).percent()).isEmpty();
    assertThat(of(0, 0).denominator()).isZero();
  }

  @Test
  void aNumeratorSourceMustBeInTheDenominator_andNoOneIsCountedTwice() {
    InvalidRecordException outside = catchThrowableOfType(InvalidRecordException.class,
        () -> ReportIndicator.builder().key("k").label("l").numeratorSources("P-9")
            .denominatorSources("P-1").build());
    InvalidRecordException twice = catchThrowableOfType(InvalidRecordException.class,
        () -> ReportIndicator.builder().key("k").label("l").denominatorSources("P-1", "P-1")
            .build());
    InvalidRecordException noKey = catchThrowableOfType(InvalidRecordException.class,
        () -> ReportIndicator.builder().label("l").build());

    assertThat(outside.field()).isEqualTo("numeratorSources");
    assertThat(twice.field()).isEqualTo("denominatorSources");
    assertThat(noKey.field()).isEqualTo("key");
  }
}
