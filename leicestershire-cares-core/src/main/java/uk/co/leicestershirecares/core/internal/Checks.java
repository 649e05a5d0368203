package uk.co.leicestershirecares.core.internal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.InvalidRecordException;

/** Precondition checks that raise {@link InvalidRecordException} naming the field. */
public final class Checks {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");

  private Checks() {}

  /**
   * Returns {@code value} if it is not {@code null}.
   *
   * @throws InvalidRecordException naming {@code field} if {@code value} is {@code null}
   */
  public static <T> T notNull(T value, String field) {
    if (value == null) {
      throw new MissingFieldException(field);
    }
    return value;
  }

  /**
   * Returns the elements as an immutable list if neither the iterable nor any element is {@code
   * null}.
   *
   * @throws InvalidRecordException naming {@code field}, or {@code field[i]} for a null element
   */
  public static <T> ImmutableList<T> elements(Iterable<? extends T> elements, String field) {
    notNull(elements, field);
    ImmutableList.Builder<T> list = ImmutableList.builder();
    int i = 0;
    for (T element : elements) {
      list.add(notNull(element, field + "[" + i + "]"));
      i++;
    }
    return list.build();
  }

  /**
   * Returns {@code value} if it is a well-formed identifier: 1 to 64 characters, letters, digits
   * and {@code . _ : / -}, starting with a letter or digit. The value is not echoed on failure:
   * a malformed id may be a name typed into the wrong box.
   *
   * @throws InvalidRecordException naming {@code field} otherwise
   */
  public static String identifier(String value, String field) {
    notNull(value, field);
    if (value.isBlank()) {
      throw new InvalidRecordException(field, field + " must not be blank");
    }
    if (!IDENTIFIER.matcher(value).matches()) {
      throw new InvalidRecordException(
          field,
          field + " must be 1 to 64 letters, digits or . _ : / - and start with a letter or digit");
    }
    return value;
  }

  /**
   * Returns whether {@code date} lies from {@code from} to {@code to}, both included; a null
   * {@code to} means the range has not ended.
   */
  public static boolean covers(LocalDate from, @Nullable LocalDate to, LocalDate date) {
    notNull(date, "date");
    return !date.isBefore(from) && (to == null || !date.isAfter(to));
  }

  /**
   * Checks that an end date, if any ({@code to} null: none), is not before its start, for dated
   * facts that are not personal data on their own (both dates appear in the message).
   *
   * @throws InvalidRecordException naming {@code field} if {@code to} is before {@code from}
   */
  public static void endNotBeforeStart(
      LocalDate from, @Nullable LocalDate to, String what, String field) {
    if (to != null && to.isBefore(from)) {
      throw new InvalidRecordException(field, what + " end " + to + " is before its start " + from);
    }
  }
}
