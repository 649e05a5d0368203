package uk.co.leicestershirecares.json;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.json.JsonText.Kind;
import uk.co.leicestershirecares.json.JsonText.Node;

/**
 * The fields of one JSON object at a known path, read by name with the format's rules: unknown
 * fields rejected, required fields present and not null, every value of the expected JSON type.
 * Optional fields that are absent or {@code null} read as empty.
 *
 * <p>Values of {@linkplain Privacy#SENSITIVE sensitive} fields (the date of birth and everything
 * about a circumstance) never appear in a message.
 */
final class Fields {
  /** Whether a message may repeat a field's value. */
  enum Privacy {
    /** A code or date that identifies nobody: a misspelling may be repeated. */
    ORDINARY,
    /** A date of birth or a circumstance: the value is never repeated. */
    SENSITIVE
  }

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern PROGRAMME = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
  private static final String DATE_FORMAT = "a date written yyyy-MM-dd, such as \"2026-11-25\"";

  private final Node node;
  private final String path;

  private Fields(Node node, String path) {
    this.node = node;
    this.path = path;
  }

  /**
   * Returns the fields of {@code node}, which must be an object holding {@code what} and no
   * field but {@code allowed}.
   *
   * @throws JsonFormatException if it is not an object or has an unknown field
   */
  static Fields of(Node node, String path, String what, String... allowed) {
    if (node.kind != Kind.OBJECT) {
      throw new JsonFormatException(
          path, path + " must be an object { … } holding " + what + ", but it is "
              + node.kind.description());
    }
    List<String> names = Arrays.asList(allowed);
    for (String name : node.fields.keySet()) {
      if (!names.contains(name)) {
        throw new JsonFormatException(
            Paths.member(path, name),
            "unknown field " + Messages.quote(name) + " at " + path + " (the fields of " + what
                + " are " + String.join(", ", names) + ")");
      }
    }
    return new Fields(node, path);
  }

  /** Returns the path of this object. */
  String path() {
    return path;
  }

  /** Returns the path of field {@code name}. */
  String pathOf(String name) {
    return Paths.member(path, name);
  }

  /** Returns the value of a required field: present and not null. */
  private Node required(String name) {
    Node value = node.fields.get(name);
    if (value == null) {
      throw new JsonFormatException(
          pathOf(name), "missing required field '" + name + "' at " + path);
    }
    if (value.kind == Kind.NULL) {
      throw new JsonFormatException(
          pathOf(name), "required field '" + name + "' at " + path + " is null");
    }
    return value;
  }

  /** Returns the value of an optional field, or null when it is absent or JSON null. */
  private @Nullable Node optional(String name) {
    Node value = node.fields.get(name);
    return value == null || value.kind == Kind.NULL ? null : value;
  }

  private Node expect(Node value, String name, Kind kind, String expected) {
    if (value.kind != kind) {
      throw new JsonFormatException(
          pathOf(name),
          pathOf(name) + " must be " + expected + ", but it is " + value.kind.description());
    }
    return value;
  }

  /** Returns a required text field. */
  String text(String name) {
    return expect(required(name), name, Kind.STRING, "text in double quotes").text;
  }

  /** Returns an optional text field. */
  Optional<String> optionalText(String name) {
    Node value = optional(name);
    return value == null
        ? Optional.empty()
        : Optional.of(expect(value, name, Kind.STRING, "text in double quotes").text);
  }

  /** Returns a required {@code true} or {@code false} field. */
  boolean bool(String name) {
    return expect(required(name), name, Kind.BOOLEAN, "true or false (without quotes)").bool;
  }

  /** Returns a required date field. */
  LocalDate date(String name, Privacy privacy) {
    return toDate(required(name), name, privacy);
  }

  /** Returns an optional date field. */
  Optional<LocalDate> optionalDate(String name, Privacy privacy) {
    Node value = optional(name);
    return value == null ? Optional.empty() : Optional.of(toDate(value, name, privacy));
  }

  private LocalDate toDate(Node value, String name, Privacy privacy) {
    String text = expect(value, name, Kind.STRING, DATE_FORMAT).text;
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // reported below, without Java's message, which repeats the text
      }
    }
    String shown = privacy == Privacy.SENSITIVE ? "the value" : Messages.dateOrValue(text);
    throw new JsonFormatException(
        pathOf(name), shown + " at " + pathOf(name) + " is not a date (yyyy-MM-dd)");
  }

  /** Returns a required field holding the name of one of {@code type}'s constants. */
  <E extends Enum<E>> E constant(String name, Class<E> type, String what, Privacy privacy) {
    return toConstant(required(name), name, type, what, privacy);
  }

  /** Returns an optional field holding the name of one of {@code type}'s constants. */
  <E extends Enum<E>> Optional<E> optionalConstant(
      String name, Class<E> type, String what, Privacy privacy) {
    Node value = optional(name);
    return value == null
        ? Optional.empty()
        : Optional.of(toConstant(value, name, type, what, privacy));
  }

  private <E extends Enum<E>> E toConstant(
      Node value, String name, Class<E> type, String what, Privacy privacy) {
    // A sensitive field's message lists no values either: a log line naming circumstance types
    // would look like a disclosure even when it is only the list of what is allowed.
    String allowed = privacy == Privacy.SENSITIVE
        ? what + " from the list in the record format"
        : "one of " + Arrays.stream(type.getEnumConstants())
            .map(Enum::name)
            .collect(Collectors.joining(", "));
    String text = expect(value, name, Kind.STRING, allowed + ", in double quotes").text;
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    String shown = privacy == Privacy.SENSITIVE ? "the value" : Messages.codeOrValue(text);
    throw new JsonFormatException(
        pathOf(name),
        shown + " at " + pathOf(name) + " is not " + what + "; use " + allowed
            + " (in capital letters, spelt exactly)");
  }

  /** Returns a required programme code field. */
  ProgrammeCode programme(String name) {
    return toProgramme(required(name), name);
  }

  /** Returns an optional programme code field. */
  Optional<ProgrammeCode> optionalProgramme(String name) {
    Node value = optional(name);
    return value == null ? Optional.empty() : Optional.of(toProgramme(value, name));
  }

  private ProgrammeCode toProgramme(Node value, String name) {
    String text = expect(value, name, Kind.STRING, "a programme code in double quotes").text;
    if (!PROGRAMME.matcher(text).matches()) {
      throw new JsonFormatException(
          pathOf(name),
          Messages.codeOrValue(text) + " at " + pathOf(name) + " is not a programme code: a code"
              + " is a capital letter followed by up to 31 capital letters, digits or underscores,"
              + " such as UP, WIRE or LEAVING_CARE");
    }
    return Build.atField(pathOf(name), () -> ProgrammeCode.of(text));
  }

  /** Returns an optional field holding a whole number from 0 to {@link Long#MAX_VALUE}. */
  Optional<Long> optionalCount(String name) {
    Node value = optional(name);
    if (value == null) {
      return Optional.empty();
    }
    String expected = "a whole number (without quotes)";
    if (value.kind == Kind.DECIMAL) {
      throw new JsonFormatException(
          pathOf(name), pathOf(name) + " must be " + expected + ", with no fraction or exponent");
    }
    String digits = expect(value, name, Kind.INTEGER, expected).text;
    if (digits.startsWith("-")) {
      throw new JsonFormatException(pathOf(name), pathOf(name) + " must not be negative");
    }
    try {
      return Optional.of(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      throw new JsonFormatException(pathOf(name), pathOf(name) + " is too large");
    }
  }

  /**
   * Returns an optional list field, read element by element with {@code element} (given the
   * element and its path); absent or null reads as an empty list.
   */
  <T> ImmutableList<T> list(String name, String what, BiFunction<Node, String, T> element) {
    Node value = optional(name);
    if (value == null) {
      return ImmutableList.of();
    }
    expect(value, name, Kind.ARRAY, "a list [ … ] of " + what);
    ImmutableList.Builder<T> items = ImmutableList.builder();
    for (int i = 0; i < value.elements.size(); i++) {
      items.add(element.apply(value.elements.get(i), Paths.element(pathOf(name), i)));
    }
    return items.build();
  }
}
