package uk.co.leicestershirecares.core.engagement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * A work placement of the record's participant with a business partner, under a {@linkplain
 * #programme() programme}: the WIRE model is two weeks, unpaid and mentored. Dates are inclusive;
 * the end is empty while the placement runs.
 *
 * @see "seed 000_8df8b8bd680ae635.txt: This project provides two weeks unpaid mentored work
 *     placements for people with convictions in order to get them ready for work."
 */
@Value.Immutable
public abstract class WorkPlacement {
  /** The longest partner name accepted. */
  public static final int MAX_PARTNER_NAME_LENGTH = 200;

  WorkPlacement() {}

  /** Returns the name of the business partner hosting the placement. */
  public abstract String partner();

  /**
   * Returns the programme under which the placement was arranged, for example {@link
   * ProgrammeCode#WIRE}: a programme's report counts its own placements.
   */
  public abstract ProgrammeCode programme();

  /** Returns the placement's sector. */
  public abstract Sector sector();

  /** Returns the first day of the placement. */
  public abstract LocalDate from();

  /** Returns the last day of the placement, or empty while it runs. */
  public abstract Optional<LocalDate> to();

  /** Returns whether a business volunteer mentored the participant during the placement. */
  public abstract boolean mentored();

  /** Returns whether the placement was paid. */
  public abstract boolean paid();

  /** Returns a new builder; every field but {@code to} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the placement's length in calendar days, both ends counted, or empty while it runs.
   * A two-week placement from a Monday to the Friday of the next week is 12 days.
   */
  public final OptionalLong lengthInDays() {
    return to().isPresent()
        ? OptionalLong.of(ChronoUnit.DAYS.between(from(), to().get()) + 1)
        : OptionalLong.empty();
  }

  @Value.Check
  final void check() {
    if (partner().isBlank()) {
      throw new InvalidRecordException("partner", "placement partner must not be blank");
    }
    if (partner().length() > MAX_PARTNER_NAME_LENGTH) {
      throw new InvalidRecordException(
          "partner", "placement partner name is longer than " + MAX_PARTNER_NAME_LENGTH);
    }
    Checks.endNotBeforeStart(from(), to().orElse(null), "placement", "to");
  }

  /**
   * Builds a {@link WorkPlacement}. A {@code null} argument or list element, and a required field
   * left unset, raise {@link InvalidRecordException} naming the field.
   */
  public static final class Builder extends ImmutableWorkPlacement.Builder {
    Builder() {}
  }
}
