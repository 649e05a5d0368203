package uk.co.leicestershirecares.core.programme;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
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
   * Builds a {@link Programme}. Every method rejects {@code null} (and {@code null} list elements)
   * with an {@link uk.co.leicestershirecares.core.InvalidRecordException} naming the field; {@link
   * #build()} rejects missing required fields and invalid combinations the same way.
   */
  public static final class Builder {
    private final ImmutableProgramme.Builder delegate = ImmutableProgramme.generatedBuilder();

    Builder() {}

    /** Sets {@link Programme#code()}. */
    @CanIgnoreReturnValue
    public Builder code(ProgrammeCode code) {
      delegate.code(code);
      return this;
    }

    /** Sets {@link Programme#name()}. */
    @CanIgnoreReturnValue
    public Builder name(String name) {
      delegate.name(name);
      return this;
    }

    /** Sets {@link Programme#description()}. */
    @CanIgnoreReturnValue
    public Builder description(String description) {
      delegate.description(description);
      return this;
    }

    /** Sets {@link Programme#funder()}. */
    @CanIgnoreReturnValue
    public Builder funder(String funder) {
      delegate.funder(funder);
      return this;
    }

    /** Sets {@link Programme#funder()}, or leaves it empty. */
    @CanIgnoreReturnValue
    public Builder funder(Optional<String> funder) {
      delegate.funder(Checks.notNull(funder, "funder"));
      return this;
    }

    /** Sets {@link Programme#runsFrom()}. */
    @CanIgnoreReturnValue
    public Builder runsFrom(LocalDate runsFrom) {
      delegate.runsFrom(runsFrom);
      return this;
    }

    /** Sets {@link Programme#runsUntil()}. */
    @CanIgnoreReturnValue
    public Builder runsUntil(LocalDate runsUntil) {
      delegate.runsUntil(runsUntil);
      return this;
    }

    /** Sets every field from {@code instance}, replacing lists. */
    @CanIgnoreReturnValue
    public Builder from(Programme instance) {
      delegate.from(Checks.notNull(instance, "instance"));
      return this;
    }

    /**
     * Returns the built value.
     *
     * @throws uk.co.leicestershirecares.core.InvalidRecordException if a required field is unset
     *     or the value is invalid
     */
    public Programme build() {
      return delegate.build();
    }
  }
}
