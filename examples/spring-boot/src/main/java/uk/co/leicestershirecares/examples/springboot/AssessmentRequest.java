package uk.co.leicestershirecares.examples.springboot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;

/**
 * The body of {@code POST /assessments}: one participant record (a JSON object) or a JSON list
 * of them, in the documented record format. Each record is bound by the json module's Jackson
 * module, as {@code @RequestBody ParticipantRecord} would be, straight from the request's
 * parser: its errors name the JSON path from the root of the body ({@code $.homeArea} for a
 * record, {@code $[1].homeArea} for the second of a list). Immutable; {@link #toString()} gives
 * the count only.
 */
@JsonDeserialize(using = AssessmentRequest.Reader.class)
public final class AssessmentRequest {
  private final ImmutableList<ParticipantRecord> records;
  private final boolean list;

  private AssessmentRequest(ImmutableList<ParticipantRecord> records, boolean list) {
    this.records = records;
    this.list = list;
  }

  /** Returns the records, in the body's order (one when the body was a record). */
  public ImmutableList<ParticipantRecord> records() {
    return records;
  }

  /** Returns whether the body was a list, so that the answer is one too. */
  public boolean isList() {
    return list;
  }

  /** Returns {@code AssessmentRequest[n records]}: never a record's contents. */
  @Override
  public String toString() {
    return "AssessmentRequest[" + records.size() + (list ? " records in a list]" : " record]");
  }

  /**
   * Reads a record or a list of records by the first token of the body. Anything else is an
   * {@link InvalidBodyException} (Spring answers 400) whose message is a fixed sentence:
   * Jackson's own would quote the value.
   */
  static final class Reader extends StdDeserializer<AssessmentRequest> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(AssessmentRequest.class);
    }

    @Override
    public AssessmentRequest deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.currentToken() == JsonToken.START_OBJECT) {
        return new AssessmentRequest(
            ImmutableList.of(context.readValue(parser, ParticipantRecord.class)), false);
      }
      if (parser.currentToken() != JsonToken.START_ARRAY) {
        throw new InvalidBodyException(parser, "$", NOT_A_BODY);
      }
      ImmutableList.Builder<ParticipantRecord> records = ImmutableList.builder();
      int index = 0;
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY;
          token = parser.nextToken(), index++) {
        if (token != JsonToken.START_OBJECT) {
          // Reading the item itself would let Jackson bind a null or quote a string.
          throw new InvalidBodyException(parser, "$[" + index + "]",
              "each item of the list must be a participant record (a JSON object)");
        }
        records.add(context.readValue(parser, ParticipantRecord.class));
      }
      return new AssessmentRequest(records.build(), true);
    }

    /** A body of JSON {@code null} is no request at all, not a request for nothing. */
    @Override
    public AssessmentRequest getNullValue(DeserializationContext context)
        throws InvalidBodyException {
      throw new InvalidBodyException(context.getParser(), "$", NOT_A_BODY);
    }
  }

  private static final String NOT_A_BODY =
      "the body must be a participant record (a JSON object) or a JSON list of them";

  /**
   * A body of the wrong shape, at {@link #path()}. A {@link MismatchedInputException}, so
   * Spring answers 400; the message is a fixed sentence that repeats nothing of the body.
   */
  static final class InvalidBodyException extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    private final String path;

    InvalidBodyException(JsonParser parser, String path, String message) {
      super(parser, message + " at " + path, AssessmentRequest.class);
      this.path = path;
    }

    /** Returns the JSON path of the offending value, such as {@code $[2]}. */
    String path() {
      return path;
    }
  }
}
