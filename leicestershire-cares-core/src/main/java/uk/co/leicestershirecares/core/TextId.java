package uk.co.leicestershirecares.core;

/**
 * A value that is one checked piece of text: the ids {@link
 * uk.co.leicestershirecares.core.participant.ParticipantId}, {@link
 * uk.co.leicestershirecares.core.engagement.SessionId} and {@link
 * uk.co.leicestershirecares.core.outcome.OutcomeId}, and the {@link
 * uk.co.leicestershirecares.core.programme.ProgrammeCode}. Each type's {@code of} checks the text;
 * values of one type are equal when their texts are, compare by their text and print as it.
 *
 * <p>Only this library's value types extend it.
 *
 * @param <T> the type itself, so that a value compares only with values of its own type
 */
public abstract class TextId<T extends TextId<T>> implements Comparable<T> {
  private final String value;

  /**
   * Keeps {@code value}, which the subclass has checked.
   *
   * @param value the text
   */
  protected TextId(String value) {
    this.value = value;
  }

  /**
   * Returns the text.
   *
   * @return the text this value was made from
   */
  public final String value() {
    return value;
  }

  /** Compares the texts. */
  @Override
  public final int compareTo(T other) {
    return value.compareTo(other.value());
  }

  /** Returns whether {@code other} is a value of the same type with the same text. */
  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass()
        && ((TextId<?>) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** Returns the text: ids are pseudonymous and codes are public, so they are safe to log. */
  @Override
  public final String toString() {
    return value;
  }
}
