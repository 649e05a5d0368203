package uk.co.leicestershirecares.core.programme;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;

/**
 * A programme in the catalogue: its {@linkplain #code() code}, a human {@linkplain #name() name},
 * a one-sentence {@linkplain #description() description}, where one owns it, the {@linkplain
 * #funder() funder}, and the days it {@linkplain #runsOn(LocalDate) runs}: from {@link
 * #runsFrom()} to {@link #runsUntil()}, both included, each open when not recorded. On a day a
 * programme did not run no one is eligible for it.
 *
 * @see "policy-decisions.md: When the programmes run"
 */
@Value.Immutable
public abstract class Programme {
  Programme() {}

  /** Returns the programme's code. */
  public abstract ProgrammeCode code();

  /** Returns the programme's name, for example "UP — Unlocking Potential". */
  public abstract String name();

  /** Returns a one-sentence description of whom the programme serves and how. */
  public abstract String description();

  /** Returns the funder that owns the programme, if any. */
  public abstract Optional<String> funder();

  /** Returns the first day the programme ran, if recorded (otherwise it has always run). */
  public abstract Optional<LocalDate> runsFrom();

  /** Returns the last day the programme ran, if it has ended. */
  public abstract Optional<LocalDate> runsUntil();

  /** Returns whether the programme ran on {@code date}: from {@link #runsFrom()} to {@link #runsUntil()}. */
  public final boolean runsOn(LocalDate date) {
    Checks.notNull(date, "date");
    return runsFrom().map(from -> !date.isBefore(from)).orElse(true)
        && runsUntil().map(until -> !date.isAfter(until)).orElse(true);
  }

  /** Returns a new builder; {@code code}, {@code name} and {@code description} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    if (name().isBlank()) {
      throw new InvalidRecordException("name", "programme " + code() + " name must not be blank");
    }
    if (description().isBlank()) {
      throw new InvalidRecordException(
          "description", "programme " + code() + " description must not be blank");
    }
    if (runsFrom().isPresent() && runsUntil().isPresent()
        && runsUntil().get().isBefore(runsFrom().get())) {
      throw new InvalidRecordException("runsUntil", "programme " + code() + " stops running on "
          + runsUntil().get() + ", before it starts on " + runsFrom().get());
    }
    if (funder().isPresent() && funder().get().isBlank()) {
      throw new InvalidRecordException(
          "funder", "programme " + code() + " funder must not be blank when given");
    }
  }

  /**
   * Builds a {@link Programme}. A {@code null} argument or list element, and a required field left
   * unset, raise {@link InvalidRecordException} naming the field.
   */
  public static final class Builder extends ImmutableProgramme.Builder {
    Builder() {}
  }
}
