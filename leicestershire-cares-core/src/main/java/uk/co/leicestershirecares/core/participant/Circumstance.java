package uk.co.leicestershirecares.core.participant;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;

/**
 * A dated circumstance of a participant: a {@linkplain #type() type}, the day it began to hold and,
 * once resolved, the last day it held. Both ends are inclusive: a circumstance from 1 October to
 * 20 November is active on both of those days.
 *
 * <p>Care experience and a conviction are {@linkplain CircumstanceType#isPartOfHistory() facts of
 * a person's history}: they are active on every day from {@link #from()}, and {@link #to()} keeps
 * the day the person left care or the sentence or order ended. A care leaver who left care on
 * 2024-05-01 is still care experienced in 2026.
 *
 * <p>Circumstances are special-category or criminal-offence data: {@link #toString()} prints
 * nothing of them, and validation messages never show their type or dates.
 */
@Value.Immutable
public abstract class Circumstance {
  Circumstance() {}

  /** Returns what the circumstance is. */
  public abstract CircumstanceType type();

  /** Returns the first day on which the circumstance held. */
  public abstract LocalDate from();

  /**
   * Returns the last day on which the circumstance held, or empty while it still holds; for care
   * experience the day the person left care, for a conviction the day the sentence or order
   * ended (both still hold afterwards: see {@link #isActiveOn}).
   */
  public abstract Optional<LocalDate> to();

  /**
   * Returns an ongoing circumstance.
   *
   * @throws InvalidRecordException if an argument is null
   */
  public static Circumstance of(CircumstanceType type, LocalDate from) {
    return builder().type(type).from(from).build();
  }

  /**
   * Returns a circumstance that held from {@code from} to {@code to}, both inclusive.
   *
   * @throws InvalidRecordException if an argument is null or {@code to} is before {@code from}
   */
  public static Circumstance of(CircumstanceType type, LocalDate from, LocalDate to) {
    return builder().type(type).from(from).to(to).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether the circumstance holds on {@code date}.
   *
   * @param date the date to ask about
   * @return {@code true} if {@code from <= date} and, unless the circumstance is {@linkplain
   *     CircumstanceType#isPartOfHistory() part of the person's history}, it had not ended
   *     before {@code date}
   */
  public final boolean isActiveOn(LocalDate date) {
    Checks.notNull(date, "date");
    return !date.isBefore(from()) && (type().isPartOfHistory() || !date.isAfter(lastDay()));
  }

  /**
   * The last day, {@link LocalDate#MAX} while ongoing: {@link #to()} kept as a field, because
   * the generated {@code to()} wraps the date in a new {@code Optional} on every call and every
   * row and group asks every circumstance. Benchmark: AssessmentBenchmark.reference.
   */
  @Value.Derived
  @Value.Auxiliary
  LocalDate lastDay() {
    return to().orElse(LocalDate.MAX);
  }

  /**
   * Returns whether the circumstance is still current on {@code date}, whatever its kind: it had
   * begun and not ended. For care experience this is "still in care"; for a conviction, "still
   * serving the sentence or order".
   */
  public final boolean isCurrentOn(LocalDate date) {
    return Checks.covers(from(), to().orElse(null), date);
  }

  @Value.Check
  final void check() {
    if (to().isPresent() && to().get().isBefore(from())) {
      throw new InvalidRecordException("to", "circumstance end is before its start");
    }
  }

  /** Returns {@code Circumstance[redacted]}: nothing about a circumstance is printed. */
  @Override
  public final String toString() {
    return "Circumstance[redacted]";
  }

  /**
   * Builds a {@link Circumstance}. A {@code null} argument or list element, and a required field
   * left unset, raise {@link InvalidRecordException} naming the field.
   */
  public static final class Builder extends ImmutableCircumstance.Builder {
    Builder() {}
  }
}
