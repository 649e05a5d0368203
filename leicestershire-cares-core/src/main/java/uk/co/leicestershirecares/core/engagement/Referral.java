package uk.co.leicestershirecares.core.engagement;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/** A referral of the record's participant to a programme, on a date, from a source. */
@Value.Immutable
public abstract class Referral {
  Referral() {}

  /** Returns the programme referred to. */
  public abstract ProgrammeCode programme();

  /** Returns the day of the referral. */
  public abstract LocalDate date();

  /** Returns who made the referral. */
  public abstract ReferralSource source();

  /** Returns a referral. */
  public static Referral of(ProgrammeCode programme, LocalDate date, ReferralSource source) {
    return builder().programme(programme).date(date).source(source).build();
  }

  /** Returns a new builder; every field is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Referral}. Every method rejects {@code null} (and {@code null} list elements)
   * with an {@link uk.co.leicestershirecares.core.InvalidRecordException} naming the field; {@link
   * #build()} rejects missing required fields and invalid combinations the same way.
   */
  public static final class Builder {
    private final ImmutableReferral.Builder delegate = ImmutableReferral.generatedBuilder();

    Builder() {}

    /** Sets {@link Referral#programme()}. */
    @CanIgnoreReturnValue
    public Builder programme(ProgrammeCode programme) {
      delegate.programme(programme);
      return this;
    }

    /** Sets {@link Referral#date()}. */
    @CanIgnoreReturnValue
    public Builder date(LocalDate date) {
      delegate.date(date);
      return this;
    }

    /** Sets {@link Referral#source()}. */
    @CanIgnoreReturnValue
    public Builder source(ReferralSource source) {
      delegate.source(source);
      return this;
    }

    /** Sets every field from {@code instance}, replacing lists. */
    @CanIgnoreReturnValue
    public Builder from(Referral instance) {
      delegate.from(Checks.notNull(instance, "instance"));
      return this;
    }

    /**
     * Returns the built value.
     *
     * @throws uk.co.leicestershirecares.core.InvalidRecordException if a required field is unset
     *     or the value is invalid
     */
    public Referral build() {
      return delegate.build();
    }
  }
}
