package uk.co.leicestershirecares.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;

/**
 * Reads participant records one at a time from a parser, so that a list of a million records
 * needs the memory of one record, not of the list: the whole-document readers build a tree of the
 * text first. Records are read as the caller asks for them; an error in record 12,345 is thrown
 * when that record is reached, at the same JSON path the whole-document readers give ({@code
 * $[12344].homeArea}).
 *
 * <p>Three layouts: {@link Layout#RECORD_OR_LIST}, the record format's document (one record
 * object or a list of them), {@link Layout#LINES}, JSON Lines (one record object on each line),
 * and {@link Layout#DATA_SET_PARTICIPANTS}, the participants list of a report data set.
 */
final class RecordStream implements Iterator<ParticipantRecord>, AutoCloseable {
  /** How the records are laid out in the text. */
  enum Layout {
    /** One record object, or a list {@code [ … ]} of them. */
    RECORD_OR_LIST,
    /** JSON Lines: one record object on each line; blank lines are skipped. */
    LINES,
    /**
     * The {@code participants} list of a report data set, whatever the order of its members; the
     * rest of the text is skipped here and checked by {@link DataSetStream#outline}.
     */
    DATA_SET_PARTICIPANTS
  }

  private final JsonParser parser;
  private final Layout layout;
  private boolean started;
  private boolean finished;
  private int index;
  /** The line the last JSON Lines record ended on: the next must start on a later one. */
  private int lastLine;
  private @Nullable ParticipantRecord next;

  private RecordStream(JsonParser parser, Layout layout) {
    this.parser = parser;
    this.layout = layout;
  }

  /** Returns the records {@code parser} reads, closing it when the stream is closed. */
  static Stream<ParticipantRecord> of(JsonParser parser, Layout layout) {
    RecordStream records = new RecordStream(parser, layout);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                records, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(records::close);
  }

  @Override
  public boolean hasNext() {
    if (next == null && !finished) {
      // An error ends the stream: the parser's place after it means nothing.
      finished = true;
      switch (layout) {
        case LINES -> next = readLine();
        case DATA_SET_PARTICIPANTS -> next = readDataSetParticipant();
        default -> next = readRecordOrElement();
      }
      finished = next == null;
    }
    return next != null;
  }

  @Override
  public ParticipantRecord next() {
    ParticipantRecord record = hasNext() ? next : null;
    if (record == null) {
      throw new NoSuchElementException();
    }
    next = null;
    return record;
  }

  @Override
  public void close() {
    finished = true;
    next = null;
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the next record of a document holding one record or a list, or null at its end. */
  private @Nullable ParticipantRecord readRecordOrElement() {
    if (!started) {
      started = true;
      JsonToken first = JsonText.nextToken(parser);
      if (first == null) {
        throw new JsonFormatException("$", "the text is empty: there is no JSON in it");
      }
      if (first == JsonToken.START_OBJECT) {
        JsonText.Node root = JsonText.readValue(parser).node;
        // As the whole-document reader does: the text is checked before the record.
        JsonText.requireEnd(parser);
        index = 1;
        return Readers.record(root, "$");
      }
      if (first != JsonToken.START_ARRAY) {
        throw new JsonFormatException("$", "the text must hold a participant record { … } or a"
            + " list [ … ] of them, but it holds " + JsonText.kindOf(first).description());
      }
    } else if (parser.getParsingContext().inRoot()) {
      // The one record has been read.
      return null;
    }
    JsonToken token = JsonText.nextToken(parser);
    if (token == JsonToken.END_ARRAY) {
      JsonText.requireEnd(parser);
      return null;
    }
    if (token == null) {
      throw new JsonFormatException("$", "the text ends before the JSON is complete");
    }
    JsonText.Node element = JsonText.readValue(parser).node;
    return Readers.record(element, Paths.element("$", index++));
  }

  /** Returns the next record of a data set's participants list, or null at its end. */
  private @Nullable ParticipantRecord readDataSetParticipant() {
    if (!started) {
      started = true;
      if (!findParticipants()) {
        return null;
      }
    }
    JsonToken token = JsonText.nextToken(parser);
    if (token == JsonToken.END_ARRAY) {
      // What follows the list was checked by the outline.
      return null;
    }
    if (token == null) {
      throw new JsonFormatException(
          "$.participants", "the text ends before the JSON is complete");
    }
    JsonText.Node element = JsonText.readValue(parser).node;
    return Readers.record(element, Paths.element("$.participants", index++));
  }

  /** Moves to the start of the data set's participants list; false if there is none. */
  private boolean findParticipants() {
    JsonToken token = JsonText.nextToken(parser);
    if (token != JsonToken.START_OBJECT) {
      return false;
    }
    while ((token = JsonText.nextToken(parser)) == JsonToken.FIELD_NAME) {
      boolean participants =
          DataSetStream.PARTICIPANTS.equals(DataSetStream.currentName(parser));
      JsonToken value = JsonText.nextToken(parser);
      if (value == null) {
        return false;
      }
      if (participants && value == JsonToken.START_ARRAY) {
        return true;
      }
      DataSetStream.skipValue(parser, value);
    }
    return false;
  }

  /**
   * Returns the record on the next line that is not blank, or null at the end of the text. Paths
   * in errors count records from 0, as in a list ({@code $[3]} is the fourth record), and the
   * message adds the line.
   */
  private @Nullable ParticipantRecord readLine() {
    started = true;
    JsonToken token = JsonText.nextToken(parser);
    if (token == null) {
      return null;
    }
    String path = Paths.element("$", index);
    int line = lineOf(parser.currentTokenLocation());
    if (line <= lastLine) {
      throw new JsonFormatException(path, "line " + line + " holds more than one JSON value;"
          + " a JSON Lines file has one record on each line", line, 0);
    }
    if (token != JsonToken.START_OBJECT) {
      throw new JsonFormatException(path, "line " + line + " must hold a participant record"
          + " { … }, but it holds " + JsonText.kindOf(token).description(), line, 0);
    }
    JsonText.Node node = JsonText.readValue(parser).node;
    int end = lineOf(parser.currentTokenLocation());
    if (end != line) {
      throw new JsonFormatException(path, "the record that starts on line " + line
          + " ends on line " + end + "; a JSON Lines file has one record on each line", line, 0);
    }
    lastLine = end;
    try {
      ParticipantRecord record = Readers.record(node, path);
      index++;
      return record;
    } catch (JsonFormatException e) {
      // Well-formed JSON whose content is wrong: the path says which record, the line where.
      throw new JsonFormatException(e.field(), e.getMessage() + " (line " + line + ")");
    }
  }

  private static int lineOf(JsonLocation location) {
    return location == null ? 0 : location.getLineNr();
  }
}
