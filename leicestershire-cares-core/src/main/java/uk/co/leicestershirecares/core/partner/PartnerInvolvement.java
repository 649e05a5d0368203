package uk.co.leicestershirecares.core.partner;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * One involvement of a partner on a day, optionally for a programme. A {@link
 * InvolvementType#FUNDING FUNDING} involvement carries the {@linkplain #amount() amount}; no other
 * kind does.
 */
@Value.Immutable
public abstract class PartnerInvolvement {
  PartnerInvolvement() {}

  /** Returns the kind of involvement. */
  public abstract InvolvementType type();

  /** Returns the day of the involvement (for funding, the day it was received). */
  public abstract LocalDate date();

  /** Returns the programme the involvement supported, if any. */
  public abstract Optional<ProgrammeCode> programme();

  /** Returns the amount received, present exactly when the type is {@code FUNDING}. */
  public abstract Optional<Money> amount();

  /** Returns a new builder; {@code type} and {@code date} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    boolean funding = type() == InvolvementType.FUNDING;
    if (funding && amount().isEmpty()) {
      throw new InvalidRecordException("amountPence", "a FUNDING involvement needs an amount");
    }
    if (!funding && amount().isPresent()) {
      throw new InvalidRecordException(
          "amountPence", "only a FUNDING involvement has an amount, not " + type());
    }
  }

  /**
   * Builds a {@link PartnerInvolvement}. Every method rejects {@code null} (and {@code null} list elements)
   * with an {@link uk.co.leicestershirecares.core.InvalidRecordException} naming the field; {@link
   * #build()} rejects missing required fields and invalid combinations the same way.
   */
  public static final class Builder {
    private final ImmutablePartnerInvolvement.Builder delegate = ImmutablePartnerInvolvement.generatedBuilder();

    Builder() {}

    /** Sets {@link PartnerInvolvement#type()}. */
    @CanIgnoreReturnValue
    public Builder type(InvolvementType type) {
      delegate.type(type);
      return this;
    }

    /** Sets {@link PartnerInvolvement#date()}. */
    @CanIgnoreReturnValue
    public Builder date(LocalDate date) {
      delegate.date(date);
      return this;
    }

    /** Sets {@link PartnerInvolvement#programme()}. */
    @CanIgnoreReturnValue
    public Builder programme(ProgrammeCode programme) {
      delegate.programme(programme);
      return this;
    }

    /** Sets {@link PartnerInvolvement#programme()}, or leaves it empty. */
    @CanIgnoreReturnValue
    public Builder programme(Optional<? extends ProgrammeCode> programme) {
      delegate.programme(Checks.notNull(programme, "programme"));
      return this;
    }

    /** Sets {@link PartnerInvolvement#amount()}. */
    @CanIgnoreReturnValue
    public Builder amount(Money amount) {
      delegate.amount(amount);
      return this;
    }

    /** Sets {@link PartnerInvolvement#amount()}, or leaves it empty. */
    @CanIgnoreReturnValue
    public Builder amount(Optional<? extends Money> amount) {
      delegate.amount(Checks.notNull(amount, "amount"));
      return this;
    }

    /** Sets every field from {@code instance}, replacing lists. */
    @CanIgnoreReturnValue
    public Builder from(PartnerInvolvement instance) {
      delegate.from(Checks.notNull(instance, "instance"));
      return this;
    }

    /**
     * Returns the built value.
     *
     * @throws uk.co.leicestershirecares.core.InvalidRecordException if a required field is unset
     *     or the value is invalid
     */
    public PartnerInvolvement build() {
      return delegate.build();
    }
  }
}
