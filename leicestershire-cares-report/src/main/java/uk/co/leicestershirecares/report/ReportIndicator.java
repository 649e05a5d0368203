package uk.co.leicestershirecares.report;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;

/**
 * A proportion a report gives, such as "two thirds of candidates go onto further training and
 * sustainable employment": a stable {@linkplain #key() key}, a {@linkplain #label() label}, the
 * people counted in the {@linkplain #denominatorSources() denominator} and those of them counted
 * in the {@linkplain #numeratorSources() numerator}, and the {@linkplain #percent() percentage}.
 *
 * <p>The numerator and denominator are the sizes of their source lists (participant ids), so a
 * figure always matches the records behind it; every numerator source is also a denominator
 * source. When the denominator is 0 there is no percentage: {@link #percent()} is empty (and
 * {@code null} in the JSON report), never 0 and never a division by zero.
 */
@Value.Immutable
public abstract class ReportIndicator {
  ReportIndicator() {}

  /** Returns the stable key, for example {@code wireFurtherTrainingOrSustainedEmployment}. */
  public abstract String key();

  /** Returns the label, for example "WIRE finishers who went on to further training ...". */
  public abstract String label();

  /** Returns the ids of the people counted in the numerator, in data-set order. */
  public abstract List<String> numeratorSources();

  /** Returns the ids of the people counted in the denominator, in data-set order. */
  public abstract List<String> denominatorSources();

  /** Returns how many people the numerator counts. */
  public final long numerator() {
    return numeratorSources().size();
  }

  /** Returns how many people the denominator counts. */
  public final long denominator() {
    return denominatorSources().size();
  }

  /**
   * Returns the numerator as a percentage of the denominator with one decimal place, rounded half
   * up ({@code 6} of {@code 9} is {@code 66.7}), or empty when the denominator is 0.
   */
  public final Optional<BigDecimal> percent() {
    if (denominator() == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(numerator()).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(denominator()), 1, RoundingMode.HALF_UP));
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    if (key().isBlank()) {
      throw new InvalidRecordException("key", "an indicator needs a key");
    }
    Set<String> denominator = new HashSet<>(denominatorSources());
    if (denominator.size() != denominatorSources().size()) {
      throw new InvalidRecordException("denominatorSources",
          "indicator " + key() + " counts someone twice in its denominator");
    }
    Set<String> numerator = new HashSet<>(numeratorSources());
    if (numerator.size() != numeratorSources().size()) {
      throw new InvalidRecordException("numeratorSources",
          "indicator " + key() + " counts someone twice in its numerator");
    }
    if (!denominator.containsAll(numerator)) {
      throw new InvalidRecordException("numeratorSources",
          "indicator " + key() + " counts someone in its numerator who is not in its denominator");
    }
  }

  /** Returns {@code key=numerator/denominator}. */
  @Override
  public final String toString() {
    return key() + "=" + numerator() + "/" + denominator();
  }

  /**
   * Builds a {@link ReportIndicator}. A {@code null} argument or list element, and a required
   * field left unset, raise {@link InvalidRecordException} naming the field.
   */
  public static final class Builder extends ImmutableReportIndicator.Builder {
    Builder() {}

    /** Replaces the elements of {@link ReportIndicator#numeratorSources()}. */
    @CanIgnoreReturnValue
    public Builder numeratorSources(String... elements) {
      return numeratorSources(Arrays.asList(Checks.notNull(elements, "numeratorSources")));
    }

    /** Replaces the elements of {@link ReportIndicator#denominatorSources()}. */
    @CanIgnoreReturnValue
    public Builder denominatorSources(String... elements) {
      return denominatorSources(Arrays.asList(Checks.notNull(elements, "denominatorSources")));
    }
  }
}
