package uk.co.leicestershirecares.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.report.ReportDataSet;
import uk.co.leicestershirecares.json.JsonText.Kind;
import uk.co.leicestershirecares.json.JsonText.Node;

/**
 * Reads a report data set in two passes, so that its participant records are never all held: the
 * {@linkplain #outline outline} reads the sessions and partners and counts the participant
 * records without reading them; the {@linkplain #participants participants} pass reads the
 * records one at a time, skipping the rest. The members may come in any order. Errors have the
 * paths and messages of the whole-document reader ({@code $.participants[12344].homeArea}); the
 * outline finds every syntax error and every mistake outside the participant records, the second
 * pass the mistakes in a record, when it reaches it.
 */
final class DataSetStream {
  private static final String PARTICIPANTS = "participants";
  private static final List<String> MEMBERS = List.of(PARTICIPANTS, "sessions", "partners");

  private DataSetStream() {}

  /** Reads the outline of the data set {@code parser} reads, to its end. */
  static DataSetOutline outline(JsonParser parser) {
    JsonToken first = JsonText.nextToken(parser);
    if (first == null) {
      throw new JsonFormatException("$", "the text is empty: there is no JSON in it");
    }
    if (first != JsonToken.START_OBJECT) {
      // The data set reader's own message for a root that is not an object; its content is
      // not needed for it.
      skipValue(parser, first);
      JsonText.requireEnd(parser);
      Readers.dataSet(placeholder(first));
      throw new AssertionError("a root that is not an object is refused");
    }
    Map<String, Node> fields = new LinkedHashMap<>();
    int participants = 0;
    JsonToken token;
    while ((token = JsonText.nextToken(parser)) == JsonToken.FIELD_NAME) {
      String name = currentName(parser);
      if (fields.containsKey(name)) {
        throw new JsonFormatException(Paths.member("$", name),
            "field " + Messages.quote(name) + " appears twice at $");
      }
      JsonToken value = JsonText.nextToken(parser);
      if (value == null) {
        break;
      }
      if (!MEMBERS.contains(name) || (name.equals(PARTICIPANTS)
          && value == JsonToken.START_ARRAY)) {
        // An unknown member is refused by name, whatever it holds; the participant records
        // are counted and read later, one at a time.
        int elements = skipValue(parser, value);
        participants = name.equals(PARTICIPANTS) ? elements : participants;
        fields.put(name, placeholder(value));
      } else {
        fields.put(name, JsonText.readValue(parser).node);
      }
    }
    if (token != JsonToken.END_OBJECT) {
      throw new JsonFormatException("$", "the text ends before the JSON is complete");
    }
    JsonText.requireEnd(parser);
    ReportDataSet rest = Readers.dataSet(Node.object(fields));
    return new DataSetOutline(rest.sessions(), rest.partners(), participants);
  }

  /**
   * Returns the participant records of the data set {@code parser} reads, one at a time, closing
   * the parser when the stream is closed. Only the {@code participants} list is read; the rest
   * of the text is checked by {@link #outline}.
   */
  static Stream<ParticipantRecord> participants(JsonParser parser) {
    Records records = new Records(parser);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(records::close);
  }

  /** An empty value of the kind that starts with {@code token}, for the data set reader. */
  private static Node placeholder(JsonToken token) {
    Kind kind = JsonText.kindOf(token);
    switch (kind) {
      case OBJECT:
        return Node.object(new LinkedHashMap<>());
      case ARRAY:
        return Node.array(new ArrayList<>());
      case BOOLEAN:
        return Node.bool(false);
      default:
        return Node.scalar(kind, "");
    }
  }

  /**
   * Skips the value that starts with {@code token}, checking its syntax, and returns how many
   * elements it has if it is a list (0 otherwise).
   */
  private static int skipValue(JsonParser parser, JsonToken token) {
    if (!token.isStructStart()) {
      return 0;
    }
    int depth = 1;
    int elements = 0;
    while (depth > 0) {
      JsonToken next = JsonText.nextToken(parser);
      if (next == null) {
        throw new JsonFormatException(JsonText.pathAt(parser),
            "the text ends before the JSON is complete");
      }
      if (depth == 1 && token == JsonToken.START_ARRAY && next != JsonToken.END_ARRAY) {
        elements++;
      }
      if (next.isStructStart()) {
        depth++;
      } else if (next.isStructEnd()) {
        depth--;
      }
    }
    return elements;
  }

  private static String currentName(JsonParser parser) {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The participant records, read as they are asked for. */
  private static final class Records implements Iterator<ParticipantRecord> {
    private final JsonParser parser;
    private boolean inList;
    private boolean finished;
    private int index;
    private ParticipantRecord next;

    Records(JsonParser parser) {
      this.parser = parser;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !finished) {
        // An error ends the stream: the parser's place after it means nothing.
        finished = true;
        next = inList || findList() ? read() : null;
        finished = next == null;
      }
      return next != null;
    }

    @Override
    public ParticipantRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ParticipantRecord record = next;
      next = null;
      return record;
    }

    /** Moves to the start of the participants list; false if there is none. */
    private boolean findList() {
      JsonToken token = JsonText.nextToken(parser);
      if (token != JsonToken.START_OBJECT) {
        return false;
      }
      while ((token = JsonText.nextToken(parser)) == JsonToken.FIELD_NAME) {
        boolean participants = PARTICIPANTS.equals(currentName(parser));
        JsonToken value = JsonText.nextToken(parser);
        if (value == null) {
          return false;
        }
        if (participants && value == JsonToken.START_ARRAY) {
          inList = true;
          return true;
        }
        skipValue(parser, value);
      }
      return false;
    }

    /** Reads the next record of the list, or returns null at its end. */
    private ParticipantRecord read() {
      JsonToken token = JsonText.nextToken(parser);
      if (token == JsonToken.END_ARRAY) {
        // What follows the list was checked by the outline.
        return null;
      }
      if (token == null) {
        throw new JsonFormatException(
            "$.participants", "the text ends before the JSON is complete");
      }
      Node element = JsonText.readValue(parser).node;
      return Readers.record(element, Paths.element("$.participants", index++));
    }

    void close() {
      finished = true;
      next = null;
      try {
        parser.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
