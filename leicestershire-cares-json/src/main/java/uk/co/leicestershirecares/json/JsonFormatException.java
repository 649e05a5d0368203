package uk.co.leicestershirecares.json;

import java.util.OptionalInt;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * Thrown when JSON text does not follow the documented record or data-set format
 * ({@code docs/record-format.md}): it is not JSON at all, a field is unknown, missing, repeated or
 * of the wrong type, a value is not a date or not one of the allowed words, or the record it
 * describes breaks a rule of the model (an end before its start, an attendance before the date of
 * birth).
 *
 * <p>{@link #field()} is a JSON path from the root of the text, such as {@code
 * $.participants[3].circumstances[0].to}; for text that is not JSON at all it is the path of the
 * object or list being read when the text went wrong, and {@link #line()} and {@link #column()}
 * say where. The message is a sentence for someone who is not a programmer, for example {@code
 * unknown field 'colour' at $.circumstances[0]}.
 *
 * <p>Participant data is sensitive, so messages never repeat a date of birth, anything about a
 * circumstance, or free text; nor do they quote the JSON text around a syntax error. They may
 * repeat a misspelt code (such as a home area) and list the values allowed.
 */
public class JsonFormatException extends InvalidRecordException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  /**
   * Creates an exception for the value at a JSON path.
   *
   * @param path the JSON path of the offending value, for example {@code $.attendances[2].date}
   * @param message what is wrong, in plain English, naming the path
   */
  public JsonFormatException(String path, String message) {
    this(path, message, 0, 0);
  }

  /**
   * Creates an exception for text that is not well-formed JSON.
   *
   * @param path the JSON path of the object or list being read when the text went wrong
   * @param message what is wrong, in plain English, naming the line and column
   * @param line the line of the text where it went wrong, counting from 1, or 0 if unknown
   * @param column the column of the text where it went wrong, counting from 1, or 0 if unknown
   */
  public JsonFormatException(String path, String message, int line, int column) {
    super(path, message);
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
  }

  /**
   * Returns the line of the text, counting from 1, where a syntax error was found.
   *
   * @return the line, or empty when the text was well-formed JSON and the error is about its
   *     content
   */
  public final OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * Returns the column of the text, counting from 1, where a syntax error was found.
   *
   * @return the column, or empty when the text was well-formed JSON and the error is about its
   *     content
   */
  public final OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }
}
