package uk.co.leicestershirecares.core;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a caller builds a record, or asks a question, with input that breaks the model's
 * rules: a required field left out, an end date before its start, a birth date after the person's
 * first attendance, negative money, a blank id.
 *
 * <p>The exception names the offending {@linkplain #field() field} (as a path such as {@code
 * enrolments[2].to}) and describes the problem in lower-case words. Because participant data is
 * criminal-offence and special-category data, messages never contain a date of birth, a
 * circumstance or free text; they may show dates and codes that identify nobody on their own.
 */
public class InvalidRecordException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * Creates an exception for one field.
   *
   * @param field the path of the offending field, for example {@code attendances[3].date}
   * @param message what is wrong, in lower-case words that name the field
   */
  public InvalidRecordException(String field, String message) {
    super(requireNonNull(message, "message"));
    this.field = requireNonNull(field, "field");
  }

  /**
   * Returns the path of the offending field, for example {@code dateOfBirth} or {@code
   * enrolments[2].to}.
   *
   * @return the field path, never empty
   */
  public final String field() {
    return field;
  }
}
