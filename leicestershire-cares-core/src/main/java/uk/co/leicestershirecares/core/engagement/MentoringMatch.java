package uk.co.leicestershirecares.core.engagement;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * The record's participant matched with a mentor, usually a business volunteer, under a
 * programme. Dates are inclusive; the end is empty while the match continues.
 *
 * @see "seed 003_9514532cf5a5d25f.txt: Our co-designed care leaver mentoring programme is
 *     producing amazing outcomes already."
 */
@Value.Immutable
public abstract class MentoringMatch {
  MentoringMatch() {}

  /** Returns the programme under which the match was made. */
  public abstract ProgrammeCode programme();

  /** Returns the first day of the match. */
  public abstract LocalDate from();

  /** Returns the last day of the match, or empty while it continues. */
  public abstract Optional<LocalDate> to();

  /** Returns a new builder; {@code programme} and {@code from} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns whether the match is in place on {@code date}. */
  public final boolean isActiveOn(LocalDate date) {
    return Checks.covers(from(), to().orElse(null), date);
  }

  @Value.Check
  final void check() {
    Checks.endNotBeforeStart(from(), to().orElse(null), "mentoring match", "to");
  }

  /**
   * Builds a {@link MentoringMatch}. A {@code null} argument or list element, and a required field
   * left unset, raise {@link InvalidRecordException} naming the field.
   */
  public static final class Builder extends ImmutableMentoringMatch.Builder {
    Builder() {}
  }
}
