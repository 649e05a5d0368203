package uk.co.leicestershirecares.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.json.JsonText.Located;
import uk.co.leicestershirecares.report.QuarterlyReport;
import uk.co.leicestershirecares.report.ReportDataSet;

/**
 * A Jackson module that binds the core model in the documented JSON formats ({@code
 * docs/record-format.md}), so that a web framework can take a {@code ParticipantRecord} or {@code
 * ReportDataSet} as a request body and return an {@code Assessment} or {@code QuarterlyReport}.
 * Get it from {@link CaresJson#module()} and register it once:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(CaresJson.module());
 * ParticipantRecord record = mapper.readValue(json, ParticipantRecord.class);
 * String answer = mapper.writeValueAsString(policy.assess(record, LocalDate.now()));
 * }</pre>
 *
 * <p>Spring Boot registers every bean of type {@code Module} with the mapper it makes: a
 * {@code @Bean} method returning {@code CaresJson.module()} is all a Spring Boot application
 * needs. Elsewhere, call {@code mapper.registerModule(CaresJson.module())} where the framework
 * lets you customise its mapper (Quarkus: an {@code ObjectMapperCustomizer}).
 *
 * <p><b>Reading</b> {@code ParticipantRecord} and {@code ReportDataSet}, also as elements of a
 * {@code List} or fields of a request class, goes through the same readers as {@link
 * CaresJson#readRecord(String)} and {@link CaresJson#readDataSet(String)}: the same strictness
 * (an unknown field, a missing one, a field given twice, a misspelt code are rejected, whatever
 * the mapper's own settings) and the same messages. A bad value is a {@link
 * JsonFormatMappingException}, a Jackson {@code MismatchedInputException} (so Spring answers 400),
 * whose message names the JSON path from the root of the document being bound: {@code $.homeArea}
 * for a record that is the whole body, exactly as {@code CaresJson} says it, {@code $[2].homeArea}
 * for the third of a list, {@code $.record.homeArea} for a record in member {@code record} of a
 * request object. The path comes from the parser's context; where Jackson replays buffered
 * tokens (a polymorphic request type whose type id comes after the record) it comes from the
 * buffer's, which Jackson (2.17.2 and 2.23.0 alike) gets wrong in one case: a record that is the
 * first field, followed at once by the type id, is reported under the type id's name ({@code
 * $.kind.record.homeArea}); Jackson's own reference chain is right. Messages never repeat a date
 * of birth, a circumstance or free text. A JSON {@code null} binds to {@code null}, as Jackson
 * does for every type. The syntax of the text is the mapper's parser's: a mapper set to allow
 * comments lets them through.
 *
 * <p><b>Writing</b> {@code ParticipantRecord}, {@code ReportDataSet}, {@code Assessment}, {@code
 * QuarterlyReport} and {@code EligibilityDecision} (one item of an assessment's {@code
 * eligibility}) gives the fields {@code CaresJson} writes, in its order, with its {@code null}s
 * and empty lists whatever the mapper's inclusion settings; indentation is the mapper's. A mapper
 * writing with {@code CaresJson}'s pretty printer gives its text byte for byte. {@code Assessment}
 * and {@code QuarterlyReport} are output formats: the module does not read them.
 *
 * <p>The module is immutable and stateless; one instance serves any number of mappers.
 */
public final class CaresJacksonModule extends Module {
  static final CaresJacksonModule INSTANCE = new CaresJacksonModule();

  private CaresJacksonModule() {}

  /**
   * Returns the module's name, {@code leicestershire-cares-json}.
   *
   * @return the name
   */
  @Override
  public String getModuleName() {
    return "leicestershire-cares-json";
  }

  /**
   * Returns {@link Version#unknownVersion()}: the module's version is the json module's.
   *
   * @return the unknown version
   */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /**
   * Adds the module's deserializers and serializers to a mapper being set up.
   *
   * @param context the mapper's set-up context
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(ParticipantRecord.class,
        new FormatDeserializer<>(ParticipantRecord.class, Readers::record));
    deserializers.addDeserializer(ReportDataSet.class,
        new FormatDeserializer<>(ReportDataSet.class, Readers::dataSet));
    context.addDeserializers(deserializers);

    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(new FormatSerializer<>(ParticipantRecord.class, Writers::record));
    serializers.addSerializer(new FormatSerializer<>(ReportDataSet.class, Writers::dataSet));
    serializers.addSerializer(new FormatSerializer<>(Assessment.class, Writers::assessment));
    serializers.addSerializer(new FormatSerializer<>(QuarterlyReport.class, Writers::report));
    serializers.addSerializer(
        new FormatSerializer<>(EligibilityDecision.class, Writers::decision));
    context.addSerializers(serializers);
  }

  /** Reads a value with one of {@link Readers}' methods, turning its errors into Jackson's. */
  private static final class FormatDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    /** Serializable, as Jackson's deserializers are. */
    interface Reader<T>
        extends java.util.function.BiFunction<JsonText.Node, String, T>, java.io.Serializable {}

    private final Reader<T> reader;

    FormatDeserializer(Class<T> type, Reader<T> reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonLocation start = parser.currentTokenLocation();
      try {
        Located value = JsonText.readValue(parser);
        return reader.apply(value.node, value.path);
      } catch (JsonFormatException e) {
        throw JsonFormatMappingException.of(parser, e, getValueType(context), start);
      }
    }
  }

  /** Writes the tree one of {@link Writers}' methods builds. */
  private static final class FormatSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    /** Serializable, as Jackson's serializers are. */
    interface Tree<T> extends java.util.function.Function<T, ObjectNode>, java.io.Serializable {}

    private final Tree<T> tree;

    FormatSerializer(Class<T> type, Tree<T> tree) {
      super(type);
      this.tree = tree;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      Writers.stream(tree.apply(value), out);
    }
  }
}
