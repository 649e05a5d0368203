package uk.co.leicestershirecares.core.engagement;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
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
    return Checks.covers(from(), to(), date);
  }

  @Value.Check
  final void check() {
    Checks.endNotBeforeStart(from(), to(), "mentoring match", "to");
  }

  /**
   * Builds a {@link MentoringMatch}. Every method rejects {@code null} (and {@code null} list elements)
   * with an {@link uk.co.leicestershirecares.core.InvalidRecordException} naming the field; {@link
   * #build()} rejects missing required fields and invalid combinations the same way.
   */
  public static final class Builder {
    private final ImmutableMentoringMatch.Builder delegate = ImmutableMentoringMatch.generatedBuilder();

    Builder() {}

    /** Sets {@link MentoringMatch#programme()}. */
    @CanIgnoreReturnValue
    public Builder programme(ProgrammeCode programme) {
      delegate.programme(programme);
      return this;
    }

    /** Sets {@link MentoringMatch#from()}. */
    @CanIgnoreReturnValue
    public Builder from(LocalDate from) {
      delegate.from(from);
      return this;
    }

    /** Sets {@link MentoringMatch#to()}. */
    @CanIgnoreReturnValue
    public Builder to(LocalDate to) {
      delegate.to(to);
      return this;
    }

    /** Sets {@link MentoringMatch#to()}, or leaves it empty. */
    @CanIgnoreReturnValue
    public Builder to(Optional<? extends LocalDate> to) {
      delegate.to(Checks.notNull(to, "to"));
      return this;
    }

    /**
     * Returns the built value.
     *
     * @throws uk.co.leicestershirecares.core.InvalidRecordException if a required field is unset
     *     or the value is invalid
     */
    public MentoringMatch build() {
      return delegate.build();
    }
  }
}
