package uk.co.leicestershirecares.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A {@link JsonFormatException} as Jackson data binding reports it: thrown by the deserializers
 * of {@link CaresJacksonModule} when JSON bound to a {@code ParticipantRecord} or {@code
 * ReportDataSet} does not follow the documented format.
 *
 * <p>It is a {@link MismatchedInputException}, so a {@code JsonMappingException} and an {@code
 * IOException}: frameworks treat it as bad input, not as a bug (Spring MVC answers HTTP 400 Bad
 * Request, through {@code HttpMessageNotReadableException}). Its {@linkplain #getOriginalMessage()
 * original message} is the format error's message, which names the JSON path of the offending
 * value from the root of the document being bound, for example {@code missing required field
 * 'homeArea' at $.record}. {@link #getMessage()} adds, as for every Jackson error, the line and
 * column where the record or data set starts (or, for text that is not JSON, where it went wrong)
 * and Jackson's reference chain ({@code through reference chain: Request["record"]}). The
 * location never quotes the text, whatever the parser's settings: messages never repeat a date
 * of birth, a circumstance or free text.
 *
 * <p>{@link #formatError()} (also the {@linkplain #getCause() cause}) gives the format error
 * itself, with its {@link JsonFormatException#field() field}.
 */
public final class JsonFormatMappingException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  /** Jackson's constructors set the cause to null, so it cannot be set with initCause. */
  private final JsonFormatException error;

  private JsonFormatMappingException(
      JsonParser parser, JsonFormatException error, JsonLocation location) {
    super(parser, error.getMessage(), location);
    this.error = error;
  }

  /**
   * Wraps {@code error}, found reading a value of {@code type} that starts at {@code start}.
   * The location keeps the line and column only: a parser may be set to quote its source.
   */
  static JsonFormatMappingException of(
      JsonParser parser, JsonFormatException error, JavaType type, JsonLocation start) {
    int line = error.line().orElse(start == null ? -1 : start.getLineNr());
    int column = error.column().orElse(start == null ? -1 : start.getColumnNr());
    JsonLocation location = new JsonLocation(ContentReference.unknown(), -1L, line, column);
    JsonFormatMappingException e = new JsonFormatMappingException(parser, error, location);
    e.setTargetType(type);
    return e;
  }

  /**
   * Returns the format error: its message names the JSON path, and its {@link
   * JsonFormatException#field() field()} is that path.
   *
   * @return the format error this exception reports
   */
  public JsonFormatException formatError() {
    return error;
  }

  /**
   * Returns the format error, as {@link #formatError()} does.
   *
   * @return the format error this exception reports
   */
  @Override
  public synchronized JsonFormatException getCause() {
    return error;
  }
}
