package uk.co.leicestershirecares.core.partner;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
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
   * Builds a {@link PartnerInvolvement}. A {@code null} argument or list element, and a required
   * field left unset, raise {@link InvalidRecordException} naming the field.
   */
  public static final class Builder extends ImmutablePartnerInvolvement.Builder {
    Builder() {}
  }
}
