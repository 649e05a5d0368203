package uk.co.leicestershirecares.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text into a small tree of {@link Node}s with Jackson's streaming parser, rejecting
 * duplicate keys and trailing text, and turning every syntax error into a {@link
 * JsonFormatException} that names the line, the column and the JSON path being read, without
 * quoting the text or passing Jackson's message on.
 */
final class JsonText {
  /** The kinds of JSON value. */
  enum Kind {
    OBJECT("an object { … }"),
    ARRAY("a list [ … ]"),
    STRING("text"),
    INTEGER("a number"),
    DECIMAL("a number"),
    BOOLEAN("true or false"),
    NULL("null");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /** Returns how the kind is described in messages, for example "text". */
    String description() {
      return description;
    }
  }

  /**
   * One JSON value. Numbers keep their text: no field of the format holds a fraction, and
   * converting an arbitrary number could fail in ways that are not format errors.
   */
  static final class Node {
    final Kind kind;
    /** A string's or number's text; empty for any other kind. */
    final String text;
    final boolean bool;
    final Map<String, Node> fields;
    final List<Node> elements;

    private Node(Kind kind, String text, boolean bool, Map<String, Node> fields,
        List<Node> elements) {
      this.kind = kind;
      this.text = text;
      this.bool = bool;
      this.fields = fields;
      this.elements = elements;
    }

    static Node scalar(Kind kind, String text) {
      return new Node(kind, text, false, Map.of(), List.of());
    }

    static Node bool(boolean value) {
      return new Node(Kind.BOOLEAN, "", value, Map.of(), List.of());
    }

    static Node object(Map<String, Node> fields) {
      return new Node(Kind.OBJECT, "", false, Collections.unmodifiableMap(fields), List.of());
    }

    static Node array(List<Node> elements) {
      return new Node(Kind.ARRAY, "", false, Map.of(), Collections.unmodifiableList(elements));
    }
  }

  private final JsonParser parser;

  private JsonText(JsonParser parser) {
    this.parser = parser;
  }

  /** Parses {@code json}. */
  static Node parse(JsonFactory factory, String json) {
    try (JsonParser parser = factory.createParser(json)) {
      return new JsonText(parser).document();
    } catch (IOException e) {
      throw notJson(e, "$");
    }
  }

  /** Parses {@code bytes}, detecting UTF-8, UTF-16 or UTF-32. */
  static Node parse(JsonFactory factory, byte[] bytes) {
    try (JsonParser parser = factory.createParser(bytes)) {
      return new JsonText(parser).document();
    } catch (IOException e) {
      throw notJson(e, "$");
    }
  }

  /**
   * Reads the one value that starts at {@code parser}'s current token, as a Jackson deserializer
   * must: the parser is not closed and is left on the value's last token. The value's JSON path
   * is worked out from the parser's context ({@link #pathAt(JsonParser)}), so that a record nested
   * in a larger document is reported at its path in that document.
   *
   * <p>A current token of {@code FIELD_NAME} means the object's start was consumed by the caller
   * (as Jackson does for some polymorphic types); its members are read from there.
   *
   * @return the value, with the path it was read at
   * @throws JsonFormatException if the text is not well-formed JSON or a key is repeated
   */
  static Located readValue(JsonParser parser) {
    String path = pathAt(parser);
    try {
      JsonToken token = parser.currentToken();
      if (token == null) {
        token = parser.nextToken();
      }
      if (token == null) {
        throw new JsonFormatException(path, "the text is empty: there is no JSON in it");
      }
      JsonText text = new JsonText(parser);
      Node node = token == JsonToken.FIELD_NAME
          ? text.members(token, path)
          : text.value(token, path);
      return new Located(node, path);
    } catch (JsonProcessingException e) {
      throw notJson(e, pathOf(parser.getParsingContext()));
    } catch (IOException e) {
      throw notJson(e, path);
    }
  }

  /** A value read from a larger document, with its JSON path in that document. */
  static final class Located {
    final Node node;
    final String path;

    Located(Node node, String path) {
      this.node = node;
      this.path = path;
    }
  }

  /**
   * Returns the JSON path, from the root of the document, of the value that starts at {@code
   * parser}'s current token: {@code $} for the root, {@code $.record} for the value of member
   * {@code record} of the root object, {@code $[2]} for the third element of a root list.
   */
  static String pathAt(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    JsonToken token = parser.currentToken();
    if (context != null && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY
        || token == JsonToken.FIELD_NAME)) {
      // The parser has entered the value's own object or list: its place is in the parent.
      context = context.getParent();
    }
    return pathOf(context);
  }

  /**
   * Returns the parser's next token, turning a syntax or encoding error into a {@link
   * JsonFormatException} as {@link #parse} does: for readers that walk a document themselves
   * ({@link RecordStream}).
   */
  static JsonToken nextToken(JsonParser parser) {
    try {
      return parser.nextToken();
    } catch (JsonProcessingException e) {
      throw notJson(e, pathOf(parser.getParsingContext()));
    } catch (IOException e) {
      throw notJson(e, "$");
    }
  }

  /** Fails if there is anything but white space after the document's one value. */
  static void requireEnd(JsonParser parser) {
    if (nextToken(parser) != null) {
      throw moreTextAfterTheEnd(parser);
    }
  }

  /** The error for a token after the document's one value, at the token the parser is on. */
  private static JsonFormatException moreTextAfterTheEnd(JsonParser parser) {
    JsonLocation at = parser.currentTokenLocation();
    return new JsonFormatException(
        "$",
        "there is more text after the end of the JSON" + where(at),
        at == null ? 0 : at.getLineNr(),
        at == null ? 0 : at.getColumnNr());
  }

  /** Returns the kind of value that starts with {@code token}, which is not an end token. */
  static Kind kindOf(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> Kind.OBJECT;
      case START_ARRAY -> Kind.ARRAY;
      case VALUE_STRING -> Kind.STRING;
      case VALUE_NUMBER_INT -> Kind.INTEGER;
      case VALUE_NUMBER_FLOAT -> Kind.DECIMAL;
      case VALUE_TRUE, VALUE_FALSE -> Kind.BOOLEAN;
      default -> Kind.NULL;
    };
  }

  private Node document() throws IOException {
    JsonToken first;
    try {
      first = parser.nextToken();
    } catch (JsonProcessingException e) {
      throw notJson(e, pathOf(parser.getParsingContext()));
    }
    if (first == null) {
      throw new JsonFormatException("$", "the text is empty: there is no JSON in it");
    }
    try {
      Node root = value(first, "$");
      if (parser.nextToken() != null) {
        throw moreTextAfterTheEnd(parser);
      }
      return root;
    } catch (JsonProcessingException e) {
      throw notJson(e, pathOf(parser.getParsingContext()));
    }
  }

  /**
   * Returns the JSON path of the value the parser was reading: the member whose name it read
   * last, or the element it reached, of the innermost object or list.
   */
  private static String pathOf(JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return "$";
    }
    String parent = pathOf(context.getParent());
    if (context.inArray()) {
      return Paths.element(parent, Math.max(0, context.getCurrentIndex()));
    }
    String name = context.getCurrentName();
    return name == null ? parent : Paths.member(parent, name);
  }

  private Node value(JsonToken token, String path) throws IOException {
    return switch (token) {
      case START_OBJECT -> object(path);
      case START_ARRAY -> array(path);
      case VALUE_STRING -> Node.scalar(Kind.STRING, parser.getText());
      case VALUE_NUMBER_INT -> Node.scalar(Kind.INTEGER, parser.getText());
      case VALUE_NUMBER_FLOAT -> Node.scalar(Kind.DECIMAL, parser.getText());
      case VALUE_TRUE -> Node.bool(true);
      case VALUE_FALSE -> Node.bool(false);
      case VALUE_NULL -> Node.scalar(Kind.NULL, "");
      default -> {
        // Not reachable for well-formed input: the parser reports anything else as an error.
        throw new JsonFormatException(path, "the text is not valid JSON at " + path);
      }
    };
  }

  private Node object(String path) throws IOException {
    return members(parser.nextToken(), path);
  }

  /** Reads an object's members from {@code first}, its first field name or its end. */
  private Node members(JsonToken first, String path) throws IOException {
    Map<String, Node> fields = new LinkedHashMap<>();
    JsonToken token = first;
    while (token == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      String fieldPath = Paths.member(path, name);
      if (fields.containsKey(name)) {
        throw new JsonFormatException(
            fieldPath, "field " + Messages.quote(name) + " appears twice at " + path);
      }
      fields.put(name, value(parser.nextToken(), fieldPath));
      token = parser.nextToken();
    }
    if (token != JsonToken.END_OBJECT) {
      // The parser throws before this for malformed text; null means the text ended early.
      throw new JsonFormatException(path, "the text ends before the JSON is complete");
    }
    return Node.object(fields);
  }

  private Node array(String path) throws IOException {
    List<Node> elements = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw new JsonFormatException(path, "the text ends before the JSON is complete");
      }
      elements.add(value(token, Paths.element(path, elements.size())));
    }
    return Node.array(elements);
  }

  /**
   * Describes a syntax or encoding error by its position only: Jackson's own message can quote
   * the text, which may hold personal data.
   */
  private static JsonFormatException notJson(IOException e, String path) {
    if (!(e instanceof JsonProcessingException jsonProcessingException)) {
      return new JsonFormatException(
          path, "the text is not in a character encoding JSON allows (UTF-8, UTF-16 or UTF-32)");
    }
    JsonLocation at = jsonProcessingException.getLocation();
    int line = at == null ? 0 : at.getLineNr();
    int column = at == null ? 0 : at.getColumnNr();
    String what;
    if (e instanceof JsonEOFException) {
      what = "the text ends before the JSON is complete";
    } else if (e instanceof StreamConstraintsException) {
      what = "the JSON is nested too deeply, or a value in it is too long";
    } else {
      what = "the text is not valid JSON";
    }
    return new JsonFormatException(path, what + where(at), line, column);
  }

  private static String where(JsonLocation at) {
    if (at == null || at.getLineNr() <= 0) {
      return "";
    }
    return " at line " + at.getLineNr()
        + (at.getColumnNr() > 0 ? ", column " + at.getColumnNr() : "");
  }
}
