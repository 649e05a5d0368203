package uk.co.leicestershirecares.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.json.JsonText.Kind;
import uk.co.leicestershirecares.json.JsonText.Node;
import uk.co.leicestershirecares.report.ReportDataSet;

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
  static final String PARTICIPANTS = "participants";
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
    return new DataSetOutline(
        ImmutableList.copyOf(rest.sessions()), ImmutableList.copyOf(rest.partners()), participants);
  }

  /**
   * Returns the participant records of the data set {@code parser} reads, one at a time, closing
   * the parser when the stream is closed. Only the {@code participants} list is read; the rest
   * of the text is checked by {@link #outline}.
   */
  static Stream<ParticipantRecord> participants(JsonParser parser) {
    return RecordStream.of(parser, RecordStream.Layout.DATA_SET_PARTICIPANTS);
  }

  /** An empty value of the kind that starts with {@code token}, for the data set reader. */
  private static Node placeholder(JsonToken token) {
    Kind kind = JsonText.kindOf(token);
    return switch (kind) {
      case OBJECT -> Node.object(new LinkedHashMap<>());
      case ARRAY -> Node.array(new ArrayList<>());
      case BOOLEAN -> Node.bool(false);
      default -> Node.scalar(kind, "");
    };
  }

  /**
   * Skips the value that starts with {@code token}, checking its syntax, and returns how many
   * elements it has if it is a list (0 otherwise).
   */
  static int skipValue(JsonParser parser, JsonToken token) {
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

  static String currentName(JsonParser parser) {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
