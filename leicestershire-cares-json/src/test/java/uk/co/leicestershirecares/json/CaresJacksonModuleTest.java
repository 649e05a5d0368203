package uk.co.leicestershirecares.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.report.QuarterlyReport;
import uk.co.leicestershirecares.report.ReportDataSet;
import uk.co.leicestershirecares.report.ReportGenerator;

/**
 * {@link CaresJacksonModule}: an {@code ObjectMapper} with it registered reads and writes what
 * {@link CaresJson} reads and writes, rejects what it rejects with the same message, and binds
 * records inside the caller's own request and response classes.
 */
final class CaresJacksonModuleTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(CaresJson.module());

  /** A request body of an application's own: a record among other fields. */
  record Request(String note, ParticipantRecord record) {}

  /** A request body holding a list of records. */
  record Batch(List<ParticipantRecord> records) {}

  /** A polymorphic request body: Jackson buffers the fields before the type id. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes(@JsonSubTypes.Type(value = AssessCommand.class, name = "assess"))
  interface Command {}

  /** The one kind of {@link Command}. */
  record AssessCommand(String note, ParticipantRecord record) implements Command {}

  /** A response body of an application's own. */
  record Response(String note, Assessment assessment) {}

  private static Assessment assessment() {
    return ReferencePolicy.withDefaults().assess(CaresJsonReadTest.exampleModel(), AS_OF);
  }

  private static String pretty(ObjectMapper mapper, Object value) throws Exception {
    return mapper.writer(CaresJson.printer()).writeValueAsString(value);
  }

  // ---- the bug -------------------------------------------------------------------------------

  /**
   * Issue 16, item 6: "Spring's {@code @RequestBody ParticipantRecord} fails with {@code Type
   * definition error: [simple type, class …ParticipantRecord]}, and returning an {@code
   * Assessment} gives HTTP 406."
   */
  @Test
  void issue16_aPlainMapperCannotBindTheModelAndOneWithTheModuleCan() throws Exception {
    ObjectMapper plain = new ObjectMapper();
    assertThat(catchThrowable(() -> plain.readValue(CaresJsonReadTest.EXAMPLE,
        ParticipantRecord.class))).isInstanceOf(InvalidDefinitionException.class);

    assertThat(MAPPER.canDeserialize(MAPPER.constructType(ParticipantRecord.class))).isTrue();
    assertThat(MAPPER.canDeserialize(MAPPER.constructType(ReportDataSet.class))).isTrue();
    assertThat(MAPPER.canSerialize(Assessment.class)).isTrue();
    assertThat(MAPPER.canSerialize(QuarterlyReport.class)).isTrue();
    assertThat(MAPPER.readValue(CaresJsonReadTest.EXAMPLE, ParticipantRecord.class))
        .isEqualTo(CaresJsonReadTest.exampleModel());
  }

  @Test
  void module_isOneSharedInstanceWithAName() {
    assertThat(CaresJson.module()).isSameAs(CaresJson.module());
    assertThat(CaresJson.module().getModuleName()).isEqualTo("leicestershire-cares-json");
  }

  // ---- reading and writing the input formats -------------------------------------------------

  /** The mapper writes {@code value} as {@code caresJson} does, and reads it back equal. */
  private static <T> void assertTheMapperRoundTrips(T value, Class<T> type,
      Function<T, String> caresJson) {
    try {
      String written = pretty(MAPPER, value);
      assertThat(written).isEqualTo(caresJson.apply(value));
      assertThat(MAPPER.readValue(written, type)).isEqualTo(value);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aRecordRoundTripsThroughTheMapperAndIsWrittenAsCaresJsonWritesIt() {
    qt().withExamples(300).forAll(Generators.records()).checkAssert(record ->
        assertTheMapperRoundTrips(record, ParticipantRecord.class, CaresJson::writeRecord));
  }

  @Test
  void aDataSetRoundTripsThroughTheMapperAndIsWrittenAsCaresJsonWritesIt() {
    qt().withExamples(200).forAll(Generators.dataSets()).checkAssert(data ->
        assertTheMapperRoundTrips(data, ReportDataSet.class, CaresJson::writeDataSet));
  }

  @Test
  void aListOfRecordsBindsElementByElement() {
    qt().withExamples(50).forAll(Generators.recordLists()).checkAssert(records -> {
      try {
        String written = CaresJson.writeRecords(records);

        List<ParticipantRecord> read =
            MAPPER.readValue(written, new TypeReference<List<ParticipantRecord>>() {});

        assertThat(read).containsExactlyElementsOf(records);
        assertThat(pretty(MAPPER, read)).isEqualTo(written);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  // ---- writing the output formats -------------------------------------------------------------

  @Test
  void anAssessmentIsWrittenByteForByteAsCaresJsonWritesIt() throws Exception {
    Assessment assessment = assessment();

    assertThat(pretty(MAPPER, assessment)).isEqualTo(CaresJson.writeAssessment(assessment));
    assertThat(pretty(MAPPER, List.of(assessment, assessment)))
        .isEqualTo(CaresJson.writeAssessments(List.of(assessment, assessment)));
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(assessment)))
        .isEqualTo(MAPPER.readTree(CaresJson.writeAssessment(assessment)));
  }

  @Test
  void aDecisionIsWrittenAsAnItemOfTheAssessmentsEligibility() throws Exception {
    Assessment assessment = assessment();
    JsonNode eligibility = MAPPER.readTree(CaresJson.writeAssessment(assessment))
        .get("eligibility");

    for (int i = 0; i < assessment.eligibility().size(); i++) {
      assertThat(MAPPER.readTree(MAPPER.writeValueAsString(assessment.eligibility().get(i))))
          .isEqualTo(eligibility.get(i));
    }
  }

  @Test
  void reportsAreWrittenByteForByteAsCaresJsonWritesThem() throws Exception {
    List<QuarterlyReport> reports = List.of(
        ReportGenerator.withReferencePolicy().quarterly(
            CaresJson.readDataSet(CaresJsonWriteTest.DATA_SET), FinancialQuarter.parse(
                "2026/27 Q3")),
        ReportGenerator.withReferencePolicy().quarterly(CaresJsonWriteTest.wireFinishers(2),
            ProgrammeCode.WIRE, FinancialQuarter.parse("2023/24 Q1")),
        ReportGenerator.withReferencePolicy().quarterly(CaresJsonWriteTest.wireFinishers(3),
            ProgrammeCode.WIRE, FinancialQuarter.parse("2023/24 Q1")));

    for (QuarterlyReport report : reports) {
      assertThat(pretty(MAPPER, report)).isEqualTo(CaresJson.writeReport(report));
    }
    assertThat(MAPPER.writeValueAsString(reports.get(2))).contains("\"percent\":100.0,");
  }

  @Test
  void theMappersInclusionSettingsDoNotDropDocumentedNullsOrEmptyLists() throws Exception {
    ObjectMapper trimming = JsonMapper.builder()
        .serializationInclusion(JsonInclude.Include.NON_EMPTY)
        .disable(SerializationFeature.WRITE_EMPTY_JSON_ARRAYS)
        .disable(JsonNodeFeature.WRITE_NULL_PROPERTIES)
        .addModule(CaresJson.module())
        .build();
    QuarterlyReport report = ReportGenerator.withReferencePolicy().quarterly(
        CaresJson.readDataSet(CaresJsonWriteTest.DATA_SET), FinancialQuarter.parse("2026/27 Q3"));
    ParticipantRecord bare = CaresJson.readRecord("{\"id\": \"P-1\", \"homeArea\": \"RUTLAND\"}");

    assertThat(pretty(trimming, report)).isEqualTo(CaresJson.writeReport(report));
    assertThat(pretty(trimming, bare)).isEqualTo(CaresJson.writeRecord(bare));
  }

  @Test
  void anAssessmentInAResponseClassIsWrittenInTheFormat() throws Exception {
    Assessment assessment = assessment();

    JsonNode tree = MAPPER.readTree(MAPPER.writeValueAsString(new Response("ok", assessment)));

    assertThat(tree.get("note").asText()).isEqualTo("ok");
    assertThat(tree.get("assessment"))
        .isEqualTo(MAPPER.readTree(CaresJson.writeAssessment(assessment)));
  }

  // ---- records inside the caller's classes ---------------------------------------------------

  @Test
  void aRecordInARequestClassBinds() throws Exception {
    Request request = MAPPER.readValue(
        "{\"note\": \"first visit\", \"record\": " + CaresJsonReadTest.EXAMPLE + "}",
        Request.class);

    assertThat(request.note()).isEqualTo("first visit");
    assertThat(request.record()).isEqualTo(CaresJsonReadTest.exampleModel());
  }

  @Test
  void aBadRecordInARequestClassIsReportedAtItsPathInTheWholeBody() {
    JsonFormatMappingException e = catchThrowableOfType(JsonFormatMappingException.class,
        () -> MAPPER.readValue("{\"note\": \"x\", \"record\": {\"id\": \"P-1\"}}",
            Request.class));

    assertThat(e.getOriginalMessage()).isEqualTo("missing required field 'homeArea' at $.record");
    assertThat(e.formatError().field()).isEqualTo("$.record.homeArea");
    assertThat(e.getPathReference()).endsWith("$Request[\"record\"]");
    assertThat(e.getMessage()).startsWith("missing required field 'homeArea' at $.record\n")
        .contains("line: 1, column: 25", "through reference chain: ")
        .endsWith("$Request[\"record\"])");
  }

  @Test
  void aRecordThatJacksonBuffersBindsAndIsReportedAtItsPath() throws Exception {
    String body = "{\"note\": \"n\", \"record\": " + CaresJsonReadTest.EXAMPLE
        + ", \"kind\": \"assess\"}";
    assertThat(((AssessCommand) MAPPER.readValue(body, Command.class)).record())
        .isEqualTo(CaresJsonReadTest.exampleModel());

    JsonFormatMappingException e = catchThrowableOfType(JsonFormatMappingException.class,
        () -> MAPPER.readValue(
            "{\"note\": \"n\", \"record\": {\"id\": \"P-1\"}, \"kind\": \"assess\"}",
            Command.class));

    assertThat(e.formatError().field()).isEqualTo("$.record.homeArea");
    assertThat(e.getPathReference()).endsWith("$AssessCommand[\"record\"]");
  }

  @Test
  void aBadRecordInAListIsReportedAtItsIndex() {
    String body = "[{\"id\": \"P-1\", \"homeArea\": \"RUTLAND\"},"
        + " {\"id\": \"P-2\", \"homeArea\": \"Leicester\"}]";

    JsonFormatMappingException e = catchThrowableOfType(JsonFormatMappingException.class,
        () -> MAPPER.readValue(body, new TypeReference<List<ParticipantRecord>>() {}));

    assertThat(e.getOriginalMessage()).isEqualTo(
        catchThrowableOfType(JsonFormatException.class, () -> CaresJson.readRecords(body))
            .getMessage());
    assertThat(e.formatError().field()).isEqualTo("$[1].homeArea");
    assertThat(e.getPathReference()).isEqualTo("java.util.ArrayList[1]");
  }

  @Test
  void aBadRecordInAListInARequestClassIsReportedAtItsPathInTheWholeBody() {
    String body = "{\"records\": [{\"id\": \"P-1\", \"homeArea\": \"RUTLAND\"},\n"
        + " {\"id\": \"P-2\", \"homeArea\": \"Leicester\"}]}";

    JsonFormatMappingException e = catchThrowableOfType(JsonFormatMappingException.class,
        () -> MAPPER.readValue(body, Batch.class));

    assertThat(e.formatError().field()).isEqualTo("$.records[1].homeArea");
    assertThat(e.getOriginalMessage()).startsWith("'Leicester' at $.records[1].homeArea is not");
    assertThat(e.getPath()).extracting(JsonMappingException.Reference::getIndex)
        .containsExactly(-1, 1);
    assertThat(e.getMessage()).contains("line: 2, column: 2");
  }

  @Test
  void aRecordWhoseStartTheCallerConsumedBindsFromItsFirstField() throws Exception {
    // Jackson hands some deserializers an object whose '{' it has read (polymorphic types).
    try (JsonParser parser = MAPPER.createParser(CaresJsonReadTest.EXAMPLE)) {
      parser.nextToken();
      assertThat(parser.nextToken()).isEqualTo(JsonToken.FIELD_NAME);

      assertThat(MAPPER.readValue(parser, ParticipantRecord.class))
          .isEqualTo(CaresJsonReadTest.exampleModel());
    }
    try (JsonParser parser = MAPPER.createParser("{\"id\": \"P-1\"}")) {
      parser.nextToken();
      parser.nextToken();

      JsonFormatMappingException e = catchThrowableOfType(JsonFormatMappingException.class,
          () -> MAPPER.readValue(parser, ParticipantRecord.class));
      assertThat(e.getOriginalMessage()).isEqualTo("missing required field 'homeArea' at $");
    }
  }

  // ---- errors --------------------------------------------------------------------------------

  /** Binds {@code json} as CaresJson reads it: a data set or one record. */
  private static Object bind(ObjectMapper mapper, String json) throws Exception {
    return json.startsWith("{\"participants\"")
        ? mapper.readValue(json, ReportDataSet.class)
        : mapper.readValue(json, ParticipantRecord.class);
  }

  private static JsonFormatException caresJsonError(String json) {
    return catchThrowableOfType(JsonFormatException.class, () -> {
      if (json.startsWith("{\"participants\"")) {
        CaresJson.readDataSet(json);
      } else {
        CaresJson.readRecord(json);
      }
    });
  }

  @Test
  void everyDocumentedErrorIsTheSameThroughTheMapper() {
    for (String json : DocumentedErrorsTest.examples()) {
      JsonFormatException expected = caresJsonError(json);

      JsonFormatMappingException e =
          catchThrowableOfType(JsonFormatMappingException.class, () -> bind(MAPPER, json));

      assertThat(e).as(json).isNotNull().isInstanceOf(MismatchedInputException.class);
      assertThat(e.getOriginalMessage()).isEqualTo(expected.getMessage());
      assertThat(e.formatError().field()).isEqualTo(expected.field());
      assertThat(e.formatError().line()).isEqualTo(expected.line());
      assertThat(e.getCause()).isSameAs(e.formatError());
      assertThat(e.getPath()).isEmpty();
    }
  }

  @Test
  void noBindingErrorRepeatsTheDateOfBirthOrACircumstance() {
    ObjectMapper quoting = JsonMapper.builder()
        .enable(com.fasterxml.jackson.core.StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .addModule(CaresJson.module())
        .build();
    for (String json : CaresJsonReadTest.Privacy.inputs()) {
      String wrapped = "{\"note\": \"n\", \"record\": " + json + "}";
      for (ObjectMapper mapper : List.of(MAPPER, quoting)) {
        for (Throwable e : List.of(
            catchThrowable(() -> mapper.readValue(json, ParticipantRecord.class)),
            catchThrowable(() -> mapper.readValue(wrapped, Request.class)))) {
          assertThat(e).as(json).isInstanceOf(JsonFormatMappingException.class);
          assertThat(e.toString()).as(json).doesNotContain(CaresJsonReadTest.Privacy.SECRETS);
          assertThat(((JsonFormatMappingException) e).formatError().field()).as(json)
              .doesNotContain(CaresJsonReadTest.Privacy.SECRETS);
        }
      }
    }
  }

  /**
   * Damaged text binds to the value CaresJson reads, or fails with CaresJson's message; only text
   * damaged before the value starts or after it ends is left to Jackson's own errors.
   */
  @Test
  void damagedTextBindsAsCaresJsonReadsIt() {
    ObjectMapper strict = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .addModule(CaresJson.module())
        .build();
    qt().withExamples(1000).forAll(Generators.damagedTexts()).checkAssert(text -> {
      for (boolean asDataSet : new boolean[] {false, true}) {
        Object expected;
        JsonFormatException expectedError = null;
        try {
          expected = asDataSet ? CaresJson.readDataSet(text) : CaresJson.readRecord(text);
        } catch (JsonFormatException e) {
          expected = null;
          expectedError = e;
        }
        try {
          Class<?> type = asDataSet ? ReportDataSet.class : ParticipantRecord.class;
          Object bound = strict.readValue(text, type);
          if (bound == null) {
            assertThat(expectedError).as(text).isNotNull();
            assertThat(expectedError.getMessage()).as(text).endsWith("but it is null");
          } else {
            assertThat(bound).as(text).isEqualTo(expected);
          }
        } catch (JsonFormatMappingException e) {
          assertThat(expectedError).as(text).isNotNull();
          if (!e.getOriginalMessage().equals(expectedError.getMessage())) {
            // CaresJson reads the whole text before the value, so it sees text that is not JSON
            // after the value first: "text": … is not a record, and not JSON after "text".
            assertThat(expectedError.field()).as(text).isEqualTo("$");
            assertThat(expectedError.line()).as(text).isNotEmpty();
          } else {
            assertThat(e.formatError().field()).as(text).isEqualTo(expectedError.field());
          }
        } catch (JsonProcessingException e) {
          // Jackson's own: the text is empty, or is not JSON before the value or after it.
          assertThat(expectedError).as(text).isNotNull();
          assertThat(expectedError.field()).as(text).isEqualTo("$");
        }
      }
    });
  }
}
