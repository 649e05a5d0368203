package uk.co.leicestershirecares.core.outcome;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * An outcome the record's participant reached on a {@linkplain #date() date}, with an optional
 * {@linkplain #end() end} (a job or a place in education that was left) and the {@linkplain
 * #programme() programme} it is credited to. A {@link OutcomeType#TRAINING_COMPLETED} event names
 * its {@linkplain #training() training}; no other kind does.
 */
@Value.Immutable
public abstract class OutcomeEvent {
  OutcomeEvent() {}

  /** Returns the event's id, unique within a record. */
  public abstract OutcomeId id();

  /** Returns the kind of outcome. */
  public abstract OutcomeType type();

  /** Returns the day the outcome was reached (a job started, a training completed). */
  public abstract LocalDate date();

  /** Returns the last day the outcome held (a job's last day), or empty if it still holds. */
  public abstract Optional<LocalDate> end();

  /** Returns the programme the outcome is credited to, if any. */
  public abstract Optional<ProgrammeCode> programme();

  /** Returns the training completed, present exactly for {@code TRAINING_COMPLETED}. */
  public abstract Optional<TrainingType> training();

  /** Returns a new builder; {@code id}, {@code type} and {@code date} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    boolean training = type() == OutcomeType.TRAINING_COMPLETED;
    if (training && training().isEmpty()) {
      throw new InvalidRecordException(
          "training", "outcome " + id() + " is TRAINING_COMPLETED but names no training");
    }
    if (!training && training().isPresent()) {
      throw new InvalidRecordException(
          "training", "outcome " + id() + " names a training but is " + type());
    }
    Checks.endNotBeforeStart(date(), end().orElse(null), "outcome " + id(), "end");
  }

  /**
   * Builds a {@link OutcomeEvent}. A {@code null} argument or list element, and a required field
   * left unset, raise {@link InvalidRecordException} naming the field.
   */
  public static final class Builder extends ImmutableOutcomeEvent.Builder {
    Builder() {}
  }

  /**
   * Returns whether this job or place in education was still held {@code weeks} weeks after it
   * began, as of {@code asOf}: the checkpoint has been reached and the event had not ended before
   * it.
   *
   * @see "policy-decisions.md: sustained outcomes"
   */
  public final boolean isSustainedAt(int weeks, java.time.LocalDate asOf) {
    java.time.LocalDate checkpoint = date().plusWeeks(weeks);
    return !checkpoint.isAfter(asOf) && end().map(e -> !e.isBefore(checkpoint)).orElse(true);
  }
}
