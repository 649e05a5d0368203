package uk.co.leicestershirecares.json;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;

/**
 * Issue 21, item 6: "large inputs are streamed (a list or JSON Lines)". The streaming readers give
 * the records and the errors of the whole-document readers, one record at a time; the streaming
 * writer gives the text of {@link CaresJson#writeAssessments(List)}.
 */
final class StreamingTest {
  private static final String ONE = CaresJsonReadTest.EXAMPLE;

  private static String record(int n) {
    return ONE.replace("P-0001", "P-" + n);
  }

  private static String list(int count) {
    return IntStream.range(0, count).mapToObj(StreamingTest::record)
        .collect(Collectors.joining(",", "[", "]"));
  }

  private static String lines(int count) {
    return IntStream.range(0, count).mapToObj(n -> oneLine(record(n)))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static String oneLine(String json) {
    return json.replaceAll("\\s*\\n\\s*", " ");
  }

  private static List<ParticipantRecord> streamed(String json) throws IOException {
    try (Stream<ParticipantRecord> records = CaresJson.streamRecords(new StringReader(json))) {
      return records.collect(Collectors.toList());
    }
  }

  private static List<ParticipantRecord> streamedLines(String jsonLines) throws IOException {
    try (Stream<ParticipantRecord> records =
        CaresJson.streamRecordLines(new StringReader(jsonLines))) {
      return records.collect(Collectors.toList());
    }
  }

  private static JsonFormatException streamError(String json) {
    return catchThrowableOfType(JsonFormatException.class, () -> streamed(json));
  }

  private static JsonFormatException wholeError(String json) {
    return catchThrowableOfType(JsonFormatException.class, () -> CaresJson.readRecords(json));
  }

  @Test
  void aListStreamsTheRecordsTheWholeReaderReads() throws IOException {
    String json = list(5);
    assertThat(streamed(json)).isEqualTo(CaresJson.readRecords(json)).hasSize(5);
    assertThat(streamed(ONE)).isEqualTo(CaresJson.readRecords(ONE));
    assertThat(streamed("[]")).isEmpty();
    assertThat(streamed(" [ ] \n")).isEmpty();
  }

  @Test
  void bytesInUtf16AreReadToo() throws IOException {
    byte[] bytes = list(2).getBytes(UTF_16BE);
    try (Stream<ParticipantRecord> records =
        CaresJson.streamRecords(new ByteArrayInputStream(bytes))) {
      assertThat(records.collect(Collectors.toList())).isEqualTo(CaresJson.readRecords(list(2)));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "  ", "42", "\"text\"", "null", "[1]", "[{}]", "[", "[{", "{", "[] []", "{} x",
      "[{", "[[[[",
  })
  void errorsAreTheWholeReadersErrors(String json) {
    JsonFormatException streaming = streamError(json);
    JsonFormatException whole = wholeError(json);

    assertThat(streaming).as(json).isNotNull();
    assertThat(whole).as(json).isNotNull();
    assertThat(streaming.field()).as(json).isEqualTo(whole.field());
    assertThat(streaming.getMessage()).as(json).isEqualTo(whole.getMessage());
  }

  /**
   * The whole reader checks the text before the records; the streaming one reads in order, so a
   * bad record before a syntax error is the error it reports.
   */
  @Test
  void theFirstErrorInTheTextIsTheOneReported() {
    assertThat(streamError("[{\"id\": \"P-1\"}, ]").field()).isEqualTo("$[0].homeArea");
    assertThat(wholeError("[{\"id\": \"P-1\"}, ]").field()).isEqualTo("$[1]");
    assertThat(streamError("[\"a\" \"b\"]").getMessage()).contains("$[0]");
    assertThat(streamError("[1 2]").field()).isEqualTo("$[0]");
  }

  @Test
  void anErrorDeepInAListHasItsIndexInThePath_afterTheRecordsBeforeIt() throws IOException {
    String json = "[" + IntStream.range(0, 1000)
        .mapToObj(n -> n == 777 ? record(n).replace("LEICESTER_CITY", "NOWHERE") : record(n))
        .collect(Collectors.joining(",")) + "]";
    List<ParticipantRecord> before = new ArrayList<>();

    JsonFormatException e;
    try (Stream<ParticipantRecord> records = CaresJson.streamRecords(new StringReader(json))) {
      e = catchThrowableOfType(JsonFormatException.class, () -> records.forEach(before::add));
    }

    assertThat(before).hasSize(777);
    assertThat(e.field()).isEqualTo("$[777].homeArea");
    assertThat(e.getMessage()).isEqualTo(wholeError(json).getMessage());
  }

  @Test
  void jsonLinesStreamsOneRecordPerLine_skippingBlankLines() throws IOException {
    assertThat(streamedLines(lines(4))).isEqualTo(CaresJson.readRecords(list(4)));
    assertThat(streamedLines("\n" + oneLine(record(1)) + "\r\n\n" + oneLine(record(2))))
        .extracting(r -> r.id().value()).containsExactly("P-1", "P-2");
    assertThat(streamedLines("")).isEmpty();
    assertThat(streamedLines("\n\n")).isEmpty();
  }

  @Test
  void jsonLinesErrorsNameTheRecordAndTheLine() {
    String text = oneLine(record(0)) + "\n\n"
        + oneLine(record(1)).replace("LEICESTER_CITY", "NOWHERE") + "\n";

    JsonFormatException e =
        catchThrowableOfType(JsonFormatException.class, () -> streamedLines(text));

    assertThat(e.field()).isEqualTo("$[1].homeArea");
    assertThat(e.getMessage()).startsWith("'NOWHERE' at $[1].homeArea is not a home area")
        .endsWith(" (line 3)")
        .doesNotContain("2005-03-04", "CONVICTION");
  }

  @Test
  void jsonLinesRefusesARecordOverSeveralLines_twoOnALine_andNonRecords() {
    assertThat(catchThrowableOfType(JsonFormatException.class, () -> streamedLines(ONE)))
        .hasMessageContaining("starts on line 1 ends on line ")
        .hasMessageContaining("one record on each line");
    assertThat(catchThrowableOfType(JsonFormatException.class,
        () -> streamedLines(oneLine(ONE) + " " + oneLine(ONE))))
        .hasMessage("line 1 holds more than one JSON value; a JSON Lines file has one record"
            + " on each line");
    assertThat(catchThrowableOfType(JsonFormatException.class, () -> streamedLines(list(1))))
        .hasMessage("line 1 must hold a participant record { … }, but it holds a list [ … ]");
    assertThat(catchThrowableOfType(JsonFormatException.class,
        () -> streamedLines("{\"id\": \n")))
        .hasMessageStartingWith("the text ends before the JSON is complete");
  }

  @Test
  void closingTheStreamClosesTheReader() throws IOException {
    boolean[] closed = {false};
    StringReader reader = new StringReader(list(3)) {
      @Override
      public void close() {
        closed[0] = true;
        super.close();
      }
    };
    try (Stream<ParticipantRecord> records = CaresJson.streamRecords(reader)) {
      assertThat(records.findFirst()).isPresent();
    }
    assertThat(closed[0]).isTrue();
  }

  @Test
  void theStreamingWriterWritesWhatTheListWriterWrites() throws IOException {
    LocalDate day = LocalDate.of(2026, 11, 25);
    ReferencePolicy policy = ReferencePolicy.withDefaults();
    for (int count : new int[] {0, 1, 3}) {
      ImmutableList<Assessment> assessments = CaresJson.readRecords(list(count)).stream()
          .map(r -> policy.assess(r, day)).collect(ImmutableList.toImmutableList());
      StringWriter out = new StringWriter();

      CaresJson.writeAssessments(assessments.iterator(), out);

      assertThat(out.toString()).isEqualTo(CaresJson.writeAssessments(assessments));
    }
  }

  @Test
  void theStreamingWriterWritesNothingWhenTheFirstAssessmentFails() throws IOException {
    StringWriter out = new StringWriter();
    Iterator<Assessment> failing = new Iterator<>() {
      @Override
      public boolean hasNext() {
        throw new UncheckedIOException(new IOException("disk gone"));
      }

      @Override
      public Assessment next() {
        throw new AssertionError();
      }
    };

    assertThat(catchThrowableOfType(UncheckedIOException.class,
        () -> CaresJson.writeAssessments(failing, out))).isNotNull();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void bytesOfJsonLinesInUtf8() throws IOException {
    try (Stream<ParticipantRecord> records = CaresJson.streamRecordLines(
        new ByteArrayInputStream(lines(2).getBytes(UTF_8)))) {
      assertThat(records.count()).isEqualTo(2);
    }
  }
}
