package uk.co.leicestershirecares.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.report.QuarterlyReport;
import uk.co.leicestershirecares.report.ReportDataSet;

/**
 * Reads and writes the documented JSON formats of Leicestershire Cares ({@code
 * docs/record-format.md}): participant records and report data sets in; records, data sets,
 * assessments and quarterly reports out.
 *
 * <pre>{@code
 * ParticipantRecord record = CaresJson.readRecord(json);
 * Assessment assessment = ReferencePolicy.withDefaults().assess(record, LocalDate.now());
 * String answer = CaresJson.writeAssessment(assessment);
 * }</pre>
 *
 * <p>Reading is strict. Fields are spelled exactly as documented, and an unknown field, a missing
 * required field, a field given twice, a value of the wrong JSON type, a date not written {@code
 * yyyy-MM-dd} or a word that is not one of the allowed values is a {@link JsonFormatException}
 * whose {@linkplain JsonFormatException#field() field} is the JSON path of the value, such as
 * {@code $.participants[3].circumstances[0].to}. The model's own rules (an end before its start,
 * an attendance before the date of birth) are checked too, and reported at the same kind of path.
 * Messages never repeat a date of birth, a circumstance or free text.
 *
 * <p>Writing is pretty-printed with two-space indentation and {@code \n} line ends, in a fixed
 * field order, so the same value always gives the same text; reading what {@link
 * #writeRecord(ParticipantRecord)} or {@link #writeDataSet(ReportDataSet)} wrote gives back an
 * equal value.
 *
 * <p>All methods are static and thread-safe; the class holds one shared, immutable Jackson
 * configuration.
 */
public final class CaresJson {
  /** Deeper than any valid document (a data set is five levels deep) but far from a stack limit. */
  private static final int MAX_NESTING_DEPTH = 64;

  /**
   * The oldest Jackson this module runs on: it calls {@code Separators.withObjectEmptySeparator},
   * new in 2.17 (with 2.16 the first call failed with a {@code NoSuchMethodError}). From 2.17 to
   * 2.20 every reader and writer works, and a syntax error's column is where the bad token starts
   * rather than where it ends; from 2.21 every message is as documented.
   */
  static final Version OLDEST_JACKSON = new Version(2, 17, 0, null, null, null);

  static {
    requireJackson(com.fasterxml.jackson.core.json.PackageVersion.VERSION,
        com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
  }

  /**
   * Every reader's factory: the readers stream tokens and never bind, so reading needs no {@code
   * ObjectMapper} (see {@link Binding}).
   */
  private static final JsonFactory FACTORY = factory();

  /**
   * The writers' mapper, made on first write: building an {@code ObjectMapper} loads some 300
   * classes of jackson-databind (its serializers, introspection, type factory) that a program
   * which only reads records never uses (the CLI's {@code assess}; benchmarks/COLDSTART.md, the
   * {@code cli} variant).
   */
  private static final class Binding {
    static final ObjectMapper MAPPER = new ObjectMapper(factory());
    static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());
  }

  private CaresJson() {}

  /**
   * Fails with a message that names the versions when the Jackson on the class path is older than
   * {@link #OLDEST_JACKSON}: a build that lets another dependency (or a framework's managed
   * versions) pull Jackson down learns why at once, not from a missing method later.
   */
  static void requireJackson(Version core, Version databind) {
    if (core.compareTo(OLDEST_JACKSON) < 0 || databind.compareTo(OLDEST_JACKSON) < 0) {
      throw new IllegalStateException("leicestershire-cares-json needs Jackson "
          + OLDEST_JACKSON.getMajorVersion() + "." + OLDEST_JACKSON.getMinorVersion()
          + " or later, and this class path has jackson-core " + plain(core)
          + " and jackson-databind " + plain(databind)
          + "; make the build resolve a newer Jackson (for example with jackson-bom; in Spring"
          + " Boot, the jackson-bom.version property)");
    }
  }

  private static JsonFactory factory() {
    return JsonFactory.builder()
        // A syntax error's location must not quote the text: it may hold personal data.
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .streamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
        .build();
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  private static String plain(Version version) {
    return version.getMajorVersion() + "." + version.getMinorVersion() + "."
        + version.getPatchLevel();
  }

  // ---- reading -------------------------------------------------------------------------------

  /**
   * Reads one participant record.
   *
   * @param json the text of a JSON object in the participant record format
   * @return the record
   * @throws JsonFormatException if the text is not a valid participant record
   * @throws InvalidRecordException if {@code json} is null
   */
  public static ParticipantRecord readRecord(String json) {
    return Readers.record(parse(notNull(json, "json")));
  }

  /**
   * Reads one participant record from {@code json}, which is read to its end but not closed.
   *
   * @param json the text of a JSON object in the participant record format
   * @return the record
   * @throws IOException if reading fails
   * @throws JsonFormatException if the text is not a valid participant record
   * @throws InvalidRecordException if {@code json} is null
   */
  public static ParticipantRecord readRecord(Reader json) throws IOException {
    return readRecord(readAll(json));
  }

  /**
   * Reads one participant record from a file in UTF-8 (or UTF-16 or UTF-32).
   *
   * @param file the file
   * @return the record
   * @throws IOException if the file cannot be read
   * @throws JsonFormatException if the text is not a valid participant record
   * @throws InvalidRecordException if {@code file} is null
   */
  public static ParticipantRecord readRecord(Path file) throws IOException {
    return Readers.record(parse(readAll(file)));
  }

  /**
   * Reads participant records: either one record object or a list of them. Paths in errors start
   * {@code $[2]} in a list and {@code $} for a single record.
   *
   * @param json the text of one participant record, or of a JSON list of them
   * @return the records in the order given
   * @throws JsonFormatException if the text is neither
   * @throws InvalidRecordException if {@code json} is null
   */
  public static ImmutableList<ParticipantRecord> readRecords(String json) {
    return Readers.records(parse(notNull(json, "json")));
  }

  /**
   * Reads participant records (one record object or a list of them) from {@code json}, which is
   * read to its end but not closed.
   *
   * @param json the text of one participant record, or of a JSON list of them
   * @return the records in the order given
   * @throws IOException if reading fails
   * @throws JsonFormatException if the text is neither
   * @throws InvalidRecordException if {@code json} is null
   */
  public static ImmutableList<ParticipantRecord> readRecords(Reader json) throws IOException {
    return readRecords(readAll(json));
  }

  /**
   * Reads participant records (one record object or a list of them) from a file in UTF-8 (or
   * UTF-16 or UTF-32).
   *
   * @param file the file
   * @return the records in the order given
   * @throws IOException if the file cannot be read
   * @throws JsonFormatException if the text is neither a record nor a list of records
   * @throws InvalidRecordException if {@code file} is null
   */
  public static ImmutableList<ParticipantRecord> readRecords(Path file) throws IOException {
    return readRecords(readAll(file));
  }

  /**
   * Reads participant records (one record object or a list of them) one at a time, as the
   * returned stream is consumed: a list of any length is read in the memory of one record. The
   * records and the errors are those of {@link #readRecords(Reader)}, with the same JSON paths
   * ({@code $[12344].homeArea}), but an error is thrown only when the stream reaches it, after the
   * records before it. Close the stream (try-with-resources): closing it closes {@code json}.
   *
   * <pre>{@code
   * try (Stream<ParticipantRecord> records = CaresJson.streamRecords(reader)) {
   *   records.forEach(record -> out.println(policy.assess(record, asOf)));
   * }
   * }</pre>
   *
   * @param json the text of one participant record, or of a JSON list of them
   * @return the records in the order given, read lazily; a sequential stream
   * @throws IOException if reading the start of the text fails
   * @throws JsonFormatException from the stream's terminal operation, if the text is neither
   * @throws InvalidRecordException if {@code json} is null
   */
  public static Stream<ParticipantRecord> streamRecords(Reader json) throws IOException {
    return RecordStream.of(FACTORY.createParser(notNull(json, "json")),
        RecordStream.Layout.RECORD_OR_LIST);
  }

  /**
   * Reads participant records (one record object or a list of them) one at a time from bytes in
   * UTF-8, UTF-16 or UTF-32, as from a file; otherwise as {@link #streamRecords(Reader)}. Closing
   * the stream closes {@code json}.
   *
   * @param json the bytes of one participant record, or of a JSON list of them
   * @return the records in the order given, read lazily; a sequential stream
   * @throws IOException if reading the start of the bytes fails
   * @throws JsonFormatException from the stream's terminal operation, if the text is neither
   * @throws InvalidRecordException if {@code json} is null
   */
  public static Stream<ParticipantRecord> streamRecords(InputStream json) throws IOException {
    return RecordStream.of(FACTORY.createParser(notNull(json, "json")),
        RecordStream.Layout.RECORD_OR_LIST);
  }

  /**
   * Reads participant records in JSON Lines (<a href="https://jsonlines.org">jsonlines.org</a>):
   * one record object on each line, in the record format, blank lines skipped; one at a time, as
   * {@link #streamRecords(Reader)} reads a list. Paths in errors count the records from 0 as in a
   * list ({@code $[3].homeArea} is in the fourth record) and the message names the line. A record
   * written over several lines, or two on one line, is an error. Closing the stream closes {@code
   * json}.
   *
   * @param json JSON Lines text
   * @return the records in the order given, read lazily; a sequential stream
   * @throws IOException if reading the start of the text fails
   * @throws JsonFormatException from the stream's terminal operation, if a line is not a record
   * @throws InvalidRecordException if {@code json} is null
   */
  public static Stream<ParticipantRecord> streamRecordLines(Reader json) throws IOException {
    return RecordStream.of(FACTORY.createParser(notNull(json, "json")),
        RecordStream.Layout.LINES);
  }

  /**
   * Reads participant records in JSON Lines from bytes in UTF-8, UTF-16 or UTF-32, as from a
   * file; otherwise as {@link #streamRecordLines(Reader)}. Closing the stream closes {@code json}.
   *
   * @param json JSON Lines bytes
   * @return the records in the order given, read lazily; a sequential stream
   * @throws IOException if reading the start of the bytes fails
   * @throws JsonFormatException from the stream's terminal operation, if a line is not a record
   * @throws InvalidRecordException if {@code json} is null
   */
  public static Stream<ParticipantRecord> streamRecordLines(InputStream json)
      throws IOException {
    return RecordStream.of(FACTORY.createParser(notNull(json, "json")),
        RecordStream.Layout.LINES);
  }

  /** Reads participant records from bytes in UTF-8, UTF-16 or UTF-32, as from a file. */
  static ImmutableList<ParticipantRecord> readRecords(byte[] json) {
    return Readers.records(parse(json));
  }

  /**
   * Reads a report data set: {@code participants}, {@code sessions} and {@code partners}.
   * Participant ids, session ids and partner names must be unique.
   *
   * @param json the text of a JSON object in the data-set format
   * @return the data set
   * @throws JsonFormatException if the text is not a valid data set
   * @throws InvalidRecordException if {@code json} is null
   */
  public static ReportDataSet readDataSet(String json) {
    return Readers.dataSet(parse(notNull(json, "json")));
  }

  /**
   * Reads a report data set from {@code json}, which is read to its end but not closed.
   *
   * @param json the text of a JSON object in the data-set format
   * @return the data set
   * @throws IOException if reading fails
   * @throws JsonFormatException if the text is not a valid data set
   * @throws InvalidRecordException if {@code json} is null
   */
  public static ReportDataSet readDataSet(Reader json) throws IOException {
    return readDataSet(readAll(json));
  }

  /**
   * Reads a report data set from a file in UTF-8 (or UTF-16 or UTF-32).
   *
   * @param file the file
   * @return the data set
   * @throws IOException if the file cannot be read
   * @throws JsonFormatException if the text is not a valid data set
   * @throws InvalidRecordException if {@code file} is null
   */
  public static ReportDataSet readDataSet(Path file) throws IOException {
    return readDataSet(readAll(file));
  }

  /**
   * Reads a report data set from bytes in UTF-8 (or UTF-16 or UTF-32), as from a file; {@code
   * json} is read to its end but not closed. A data set is read whole: bound {@code json} to the
   * size the caller can hold, or read a large one in two passes ({@link #readDataSetOutline},
   * then {@link #streamDataSetParticipants}).
   *
   * @param json the bytes of a JSON object in the data-set format
   * @return the data set
   * @throws IOException if reading fails
   * @throws JsonFormatException if the text is not a valid data set
   * @throws InvalidRecordException if {@code json} is null
   */
  public static ReportDataSet readDataSet(InputStream json) throws IOException {
    return readDataSet(notNull(json, "json").readAllBytes());
  }

  /** Reads a report data set from bytes in UTF-8, UTF-16 or UTF-32, as from a file. */
  static ReportDataSet readDataSet(byte[] json) {
    return Readers.dataSet(parse(json));
  }

  /**
   * Reads a report data set's sessions and partners from bytes in UTF-8, UTF-16 or UTF-32, and
   * counts its participant records without reading them: the first of two passes over a data set
   * too large to hold. The whole text is read, in the memory of its sessions and partners, and
   * checked as {@link #readDataSet(InputStream)} checks it, except the participant records
   * themselves (their syntax is checked; their content is {@link #streamDataSetParticipants}'s
   * business). {@code json} is read to its end but not closed.
   *
   * <pre>{@code
   * DataSetOutline outline;
   * try (InputStream in = Files.newInputStream(file)) {
   *   outline = CaresJson.readDataSetOutline(in);
   * }
   * try (Stream<ParticipantRecord> records =
   *     CaresJson.streamDataSetParticipants(Files.newInputStream(file))) {
   *   records.forEach(record -> count(record));
   * }
   * }</pre>
   *
   * @param json the bytes of a JSON object in the data-set format
   * @return the sessions, the partners and the number of participant records
   * @throws JsonFormatException if the text is not valid JSON, or is not a data set outside its
   *     participant records
   * @throws UncheckedIOException if reading fails
   * @throws InvalidRecordException if {@code json} is null
   */
  public static DataSetOutline readDataSetOutline(InputStream json) {
    try (com.fasterxml.jackson.core.JsonParser parser =
        FACTORY.createParser(notNull(json, "json"))) {
      return DataSetStream.outline(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a report data set's participant records one at a time, as the returned stream is
   * consumed, whatever the order of the data set's members: the second of two passes over a data
   * set too large to hold, after {@link #readDataSetOutline}. Only the {@code participants} list
   * is read (reading stops at its end), so the rest of the text is not checked here. The records
   * and errors are those of {@link #readDataSet(InputStream)}, with the same JSON paths ({@code
   * $.participants[12344].homeArea}), thrown when the stream reaches them; repeated ids are not
   * checked here (a {@code ReportGenerator} reading a {@code ReportSource} checks them). Closing
   * the stream closes {@code json}.
   *
   * @param json the bytes of a JSON object in the data-set format
   * @return the participant records in the order given, read lazily; a sequential stream
   * @throws IOException if reading the start of the bytes fails
   * @throws JsonFormatException from the stream's terminal operation, if a record is not valid
   * @throws InvalidRecordException if {@code json} is null
   */
  public static Stream<ParticipantRecord> streamDataSetParticipants(InputStream json)
      throws IOException {
    return DataSetStream.participants(FACTORY.createParser(notNull(json, "json")));
  }

  // ---- writing -------------------------------------------------------------------------------

  /**
   * Writes a participant record in the input format: {@link #readRecord(String)} of the result
   * equals {@code record}. Every list is written, empty or not; absent optional fields are left
   * out.
   *
   * @param record the record
   * @return pretty-printed JSON
   * @throws InvalidRecordException if {@code record} is null
   */
  public static String writeRecord(ParticipantRecord record) {
    return write(Writers.record(notNull(record, "record")));
  }

  /**
   * Writes participant records as a JSON list in the input format: {@link #readRecords(String)}
   * of the result equals {@code records}.
   *
   * @param records the records
   * @return pretty-printed JSON
   * @throws InvalidRecordException if {@code records} or one of them is null
   */
  public static String writeRecords(List<ParticipantRecord> records) {
    return writeList(records, "records", Writers::record);
  }

  /**
   * Writes a report data set in the input format: {@link #readDataSet(String)} of the result
   * equals {@code data}.
   *
   * @param data the data set
   * @return pretty-printed JSON
   * @throws InvalidRecordException if {@code data} is null
   */
  public static String writeDataSet(ReportDataSet data) {
    return write(Writers.dataSet(notNull(data, "data")));
  }

  /**
   * Writes an assessment: {@code participant}, {@code asOf}, {@code planYear}, {@code stage} and
   * {@code employmentPathway} (each a {@code value} with {@code reasons}), {@code eligibility}
   * (one decision per programme with its {@code reasons} and what is {@code missing}) and {@code
   * outcomes} (how each outcome event counts). The reasons describe the participant: treat the
   * result as personal data.
   *
   * @param assessment the assessment
   * @return pretty-printed JSON
   * @throws InvalidRecordException if {@code assessment} is null
   */
  public static String writeAssessment(Assessment assessment) {
    return write(Writers.assessment(notNull(assessment, "assessment")));
  }

  /**
   * Writes assessments as a JSON list, each as {@link #writeAssessment(Assessment)} writes it.
   *
   * @param assessments the assessments
   * @return pretty-printed JSON
   * @throws InvalidRecordException if {@code assessments} or one of them is null
   */
  public static String writeAssessments(List<Assessment> assessments) {
    return writeList(assessments, "assessments", Writers::assessment);
  }

  /**
   * Writes assessments as a JSON list to {@code out} as {@code assessments} gives them, the same
   * text as {@link #writeAssessments(List)}: a list of any length is written in the memory of one
   * assessment. Nothing is written until the first assessment (or the end) is known, so a failure
   * of {@code assessments} before then leaves {@code out} untouched; a failure after it leaves the
   * list unclosed, so that what was written is not valid JSON and cannot pass for the whole list.
   * {@code out} is flushed at the end, not closed.
   *
   * @param assessments the assessments, asked for one at a time
   * @param out where the text goes
   * @throws IOException if writing fails
   * @throws InvalidRecordException if an argument or an assessment is null
   */
  public static void writeAssessments(Iterator<? extends Assessment> assessments, Writer out)
      throws IOException {
    notNull(assessments, "assessments");
    notNull(out, "out");
    boolean any = assessments.hasNext();
    try (JsonGenerator generator = Binding.MAPPER.getFactory().createGenerator(out)) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      // A failure part-way leaves the list open: what was written cannot pass for all of it.
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
      generator.setPrettyPrinter(prettyPrinter());
      generator.writeStartArray();
      int i = 0;
      while (any) {
        JsonNode tree =
            Writers.assessment(notNull(assessments.next(), "assessments[" + i++ + "]"));
        generator.writeTree(tree);
        any = assessments.hasNext();
      }
      generator.writeEndArray();
    }
    out.flush();
  }

  /**
   * Writes a quarterly report: {@code programme} (null for all programmes), {@code period},
   * {@code lines} with their provenance, {@code partners} and {@code fundingReceivedPence}.
   *
   * @param report the report
   * @return pretty-printed JSON
   * @throws InvalidRecordException if {@code report} is null
   */
  public static String writeReport(QuarterlyReport report) {
    return write(Writers.report(notNull(report, "report")));
  }

  // ---- data binding --------------------------------------------------------------------------

  /**
   * Returns the Jackson module that binds the core model in these formats, for frameworks that
   * convert request and response bodies with an {@code ObjectMapper} (Spring, Micronaut,
   * Quarkus): {@code mapper.registerModule(CaresJson.module())}. It reads {@code
   * ParticipantRecord} and {@code ReportDataSet} with the same rules and messages as the {@code
   * read} methods here, and writes those, {@code Assessment}, {@code QuarterlyReport} and {@code
   * EligibilityDecision} with the fields the {@code write} methods give.
   *
   * @return the module, immutable and shared
   * @see CaresJacksonModule
   */
  public static CaresJacksonModule module() {
    return CaresJacksonModule.INSTANCE;
  }

  /** Returns the pretty printer of the {@code write} methods, for tests of the module. */
  static DefaultPrettyPrinter printer() {
    return prettyPrinter();
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static JsonText.Node parse(String json) {
    return JsonText.parse(FACTORY, json);
  }

  private static JsonText.Node parse(byte[] json) {
    return JsonText.parse(FACTORY, json);
  }

  /** Writes {@code values} as a list, refusing a null one by its index: {@code name[i]}. */
  private static <T> String writeList(List<T> values, String name, Function<T, JsonNode> writer) {
    ArrayNode out = Writers.array();
    int i = 0;
    for (T value : notNull(values, name)) {
      out.add(writer.apply(notNull(value, name + "[" + i++ + "]")));
    }
    return write(out);
  }

  private static String write(JsonNode tree) {
    try {
      return Binding.WRITER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      // A tree of strings, numbers and booleans always serialises.
      throw new UncheckedIOException(e);
    }
  }

  private static String readAll(Reader reader) throws IOException {
    notNull(reader, "json");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while ((n = reader.read(buffer)) != -1) {
      text.append(buffer, 0, n);
    }
    return text.toString();
  }

  private static byte[] readAll(Path file) throws IOException {
    return Files.readAllBytes(notNull(file, "file"));
  }

  private static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new InvalidRecordException(name, name + " must not be null");
    }
    return value;
  }
}
