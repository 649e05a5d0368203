package uk.co.leicestershirecares.json;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * Runs a core builder or factory and turns its {@link InvalidRecordException}, whose field is
 * relative to the value built, into a {@link JsonFormatException} whose field is a JSON path from
 * the root of the text.
 */
final class Build {
  private Build() {}

  /**
   * Builds the object at {@code path}: core's field {@code to} or {@code attendances[2].date}
   * becomes {@code path.to} or {@code path.attendances[2].date}.
   */
  static <T> T atObject(String path, Supplier<T> build) {
    return at(e -> Paths.relative(path, e.field()), build);
  }

  /** Builds the single value at {@code fieldPath}, whatever field name core gives it. */
  static <T> T atField(String fieldPath, Supplier<T> build) {
    return at(e -> fieldPath, build);
  }

  /** Builds a value, naming a rejection's field with the JSON path {@code where} gives it. */
  private static <T> T at(Function<InvalidRecordException, String> where, Supplier<T> build) {
    try {
      return build.get();
    } catch (JsonFormatException e) {
      throw e;
    } catch (InvalidRecordException e) {
      throw translate(e, where.apply(e));
    }
  }

  /**
   * Returns core's message with its field replaced by the JSON path. Core's messages never hold
   * a date of birth, a circumstance or free text, so they can be passed on.
   */
  private static JsonFormatException translate(InvalidRecordException e, String fieldPath) {
    String message = Objects.requireNonNullElse(e.getMessage(), "");
    String field = e.field();
    boolean startsWithField = !field.isEmpty() && message.startsWith(field)
        && (message.length() == field.length() || message.charAt(field.length()) == ' ');
    message = startsWithField
        ? fieldPath + message.substring(field.length())
        : message + " at " + fieldPath;
    JsonFormatException translated = new JsonFormatException(fieldPath, message);
    translated.initCause(e);
    return translated;
  }
}
