package uk.co.leicestershirecares.core.programme;

import java.util.Optional;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * A programme in the catalogue: its {@linkplain #code() code}, a human {@linkplain #name() name},
 * a one-sentence {@linkplain #description() description} and, where one owns it, the {@linkplain
 * #funder() funder}.
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
    if (funder().isPresent() && funder().get().isBlank()) {
      throw new InvalidRecordException(
          "funder", "programme " + code() + " funder must not be blank when given");
    }
  }

  /** Builds a {@link Programme}. */
  public static final class Builder extends ImmutableProgramme.Builder {
    Builder() {}
  }
}
