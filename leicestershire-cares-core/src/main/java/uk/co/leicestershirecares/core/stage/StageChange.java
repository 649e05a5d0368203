package uk.co.leicestershirecares.core.stage;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * The stage a participant is at from a {@linkplain #date() date} on, and the stage they were at
 * the day before ({@linkplain #previous() empty} for the first entry of a history). Whether it is
 * a move forward or back follows the order of the stages, a written decision ({@link Stage}).
 *
 * @see uk.co.leicestershirecares.core.reason.Sources#STAGE_ORDER
 */
@Value.Immutable
public abstract class StageChange {
  StageChange() {}

  /** Returns the first day at the new stage. */
  public abstract LocalDate date();

  /** Returns the stage from that day on. */
  public abstract Stage stage();

  /** Returns the stage the day before, or empty at the start of a history. */
  public abstract Optional<Stage> previous();

  /**
   * Returns the first entry of a history: the stage on its first day.
   *
   * @throws InvalidRecordException if an argument is null
   */
  public static StageChange first(LocalDate date, Stage stage) {
    return ImmutableStageChange.generatedBuilder().date(date).stage(stage).build();
  }

  /**
   * Returns a move from {@code previous} to {@code stage} on {@code date}.
   *
   * @throws InvalidRecordException if an argument is null or {@code previous} equals {@code stage}
   */
  public static StageChange of(LocalDate date, Stage previous, Stage stage) {
    return ImmutableStageChange.generatedBuilder().date(date).previous(previous).stage(stage).build();
  }

  /**
   * Returns whether this is a move forward: towards {@link Stage#TO}, by one stage or two. The
   * first entry of a history is neither forward nor back.
   */
  public final boolean isForward() {
    return previous().isPresent() && stage().compareTo(previous().get()) > 0;
  }

  /** Returns whether this is a move back: towards {@link Stage#WITHIN}, by one stage or two. */
  public final boolean isBack() {
    return previous().isPresent() && stage().compareTo(previous().get()) < 0;
  }

  @Value.Check
  final void check() {
    if (previous().isPresent() && previous().get() == stage()) {
      throw new InvalidRecordException("previous", "a stage change must change the stage");
    }
  }
}
