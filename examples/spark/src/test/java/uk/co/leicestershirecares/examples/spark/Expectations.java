package uk.co.leicestershirecares.examples.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sha2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.json.CaresJson;
import uk.co.leicestershirecares.json.DataSetOutline;
import uk.co.leicestershirecares.report.PartnerLine;
import uk.co.leicestershirecares.report.QuarterlyReport;
import uk.co.leicestershirecares.report.ReportGenerator;
import uk.co.leicestershirecares.report.ReportIndicator;
import uk.co.leicestershirecares.report.ReportLine;
import uk.co.leicestershirecares.report.ReportSource;

/**
 * The single-JVM answers the job must give: the library's assessments and {@link
 * ReportGenerator}'s reports over the same file, and the checks that compare the job's outputs
 * with them. Assessments are compared by a digest of each one's whole JSON (100,000 of them would
 * not fit the test's heap as text).
 */
final class Expectations {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Expectations() {}

  /** The records of a data set, read one at a time, as the library reads a large one. */
  static ReportSource dataSetSource(Path file) throws IOException {
    DataSetOutline outline;
    try (InputStream in = Files.newInputStream(file)) {
      outline = CaresJson.readDataSetOutline(in);
    }
    return ReportSource.of(action -> {
      try (Stream<ParticipantRecord> records =
          CaresJson.streamDataSetParticipants(Files.newInputStream(file))) {
        records.forEach(action);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, outline.sessions(), outline.partners());
  }

  /** The records of JSON Lines that the library reads, skipping the lines it refuses. */
  static ReportSource jsonLinesSource(Path file) {
    return ReportSource.of(action -> {
      try (BufferedReader lines = Files.newBufferedReader(file, UTF_8)) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (!line.isBlank()) {
            ParticipantRecord record;
            try {
              record = CaresJson.readRecord(line);
            } catch (RuntimeException refused) {
              continue;
            }
            action.accept(record);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, List.of(), List.of());
  }

  /** The digest of every assessment the library gives, by participant id. */
  static Map<String, String> assessments(ReportSource source, Policy policy, LocalDate asOf) {
    Map<String, String> digests = new TreeMap<>();
    source.forEachParticipant(record -> digests.put(record.id().value(),
        digest(CaresJson.writeAssessment(policy.assess(record, asOf)))));
    return digests;
  }

  /** The digest of an assessment's JSON: of its tree, so layout does not matter. */
  static String digest(String json) {
    try {
      return digest(MAPPER.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String digest(JsonNode tree) {
    try {
      return sha256(MAPPER.writeValueAsString(tree));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The reports {@link ReportGenerator} gives for {@code requests}, in order. */
  static List<QuarterlyReport> reports(ReportSource source, Policy policy,
      List<ReportRequest> requests) {
    ReportGenerator generator = ReportGenerator.using(policy);
    return requests.stream()
        .map(r -> generator.report(source, r.scope(), r.period(), counted -> { }))
        .toList();
  }

  /**
   * Asserts that the job's {@code assessments.jsonl} holds exactly the expected assessments, each
   * on one line, and that {@code assessments.parquet} holds the same.
   */
  static void assertAssessments(SparkSession spark, Path out, Map<String, String> expected)
      throws IOException {
    Map<String, String> jsonl = assertJsonLines(out, expected);

    // The Parquet's assessment column holds the same one-line JSON; Spark takes its digest.
    Map<String, String> parquet = new TreeMap<>();
    for (Row row : spark.read().parquet(out.resolve("assessments.parquet").toString())
        .select(col("participant"), sha2(col("assessment"), 256)).collectAsList()) {
      parquet.put(row.getString(0), row.getString(1));
    }
    assertEquals(jsonl, parquet, "assessments.parquet");
  }

  /**
   * Asserts that {@code assessments.jsonl} holds exactly the expected assessments, each on one
   * line, and returns the digest of each line's text by participant.
   */
  static Map<String, String> assertJsonLines(Path out, Map<String, String> expected)
      throws IOException {
    Map<String, String> lines = new TreeMap<>();
    Map<String, String> jsonl = new TreeMap<>();
    try (Stream<Path> parts = Files.list(out.resolve("assessments.jsonl"))) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        try (BufferedReader reader = Files.newBufferedReader(part, UTF_8)) {
          for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            JsonNode tree = MAPPER.readTree(line);
            String id = tree.get("participant").asText();
            assertTrue(lines.put(id, digest(tree)) == null, "one assessment of " + id);
            jsonl.put(id, sha256(line));
          }
        }
      }
    }
    assertEquals(expected.size(), lines.size(), "assessments in assessments.jsonl");
    assertEquals(expected, lines, "assessments.jsonl");
    return jsonl;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Asserts that the job's report tables (Parquet; the JSON copies are written from the same
   * rows) equal the library's reports: every line's count, sources and evidence in the same order,
   * every indicator and every partner.
   */
  static void assertReports(SparkSession spark, Path out, List<ReportRequest> requests,
      List<QuarterlyReport> expected) {
    List<Row> lines = spark.read().parquet(out.resolve("report-lines.parquet").toString())
        .collectAsList();
    List<Row> indicators = spark.read()
        .parquet(out.resolve("report-indicators.parquet").toString()).collectAsList();
    List<Row> partners = spark.read()
        .parquet(out.resolve("report-partners.parquet").toString()).collectAsList();
    int expectedLines = 0;
    int expectedIndicators = 0;
    int expectedPartners = 0;
    for (int r = 0; r < requests.size(); r++) {
      ReportRequest request = requests.get(r);
      QuarterlyReport report = expected.get(r);
      String what = (request.programme().isEmpty() ? "all" : request.programme()) + " "
          + request.quarter() + " ";
      for (int p = 0; p < report.lines().size(); p++) {
        ReportLine line = report.lines().get(p);
        Row row = find(lines, request, p);
        assertEquals(line.key(), row.getAs("key"), what + p);
        assertEquals(line.label(), row.getAs("label"), what + line.key());
        assertEquals(line.count(), (long) row.getAs("count"), what + line.key() + " count");
        assertEquals(line.sources(), row.getList(row.fieldIndex("sources")),
            what + line.key() + " sources");
        assertEquals(line.evidence(), row.getList(row.fieldIndex("evidence")),
            what + line.key() + " evidence");
      }
      for (int p = 0; p < report.indicators().size(); p++) {
        ReportIndicator indicator = report.indicators().get(p);
        Row row = find(indicators, request, p);
        assertEquals(indicator.key(), row.getAs("key"), what + p);
        assertEquals(indicator.numerator(), (long) row.getAs("numerator"), what + "numerator");
        assertEquals(indicator.denominator(), (long) row.getAs("denominator"), what + "denom.");
        assertEquals(indicator.percent().orElse(null), (BigDecimal) row.getAs("percent"),
            what + indicator.key() + " percent");
        assertEquals(indicator.numeratorSources(),
            row.getList(row.fieldIndex("numeratorSources")), what + "numeratorSources");
        assertEquals(indicator.denominatorSources(),
            row.getList(row.fieldIndex("denominatorSources")), what + "denominatorSources");
      }
      for (int p = 0; p < report.partners().size(); p++) {
        PartnerLine partner = report.partners().get(p);
        Row row = find(partners, request, p);
        assertEquals(partner.partner(), row.getAs("partner"), what + "partner " + p);
        assertEquals(partner.member(), row.getAs("member"), what + partner.partner());
        assertEquals(partner.involvements().stream().map(Enum::name).toList(),
            row.getList(row.fieldIndex("involvements")), what + partner.partner());
        assertEquals(partner.funding().pence(), (long) row.getAs("fundingPence"),
            what + partner.partner());
        assertEquals(partner.sources(), row.getList(row.fieldIndex("sources")),
            what + partner.partner());
      }
      expectedLines += report.lines().size();
      expectedIndicators += report.indicators().size();
      expectedPartners += report.partners().size();
    }
    assertEquals(expectedLines, lines.size(), "report lines");
    assertEquals(expectedIndicators, indicators.size(), "report indicators");
    assertEquals(expectedPartners, partners.size(), "report partners");
  }

  private static Row find(List<Row> rows, ReportRequest request, int position) {
    String programme = request.programme().isEmpty() ? null : request.programme();
    String period = request.period().label();
    return rows.stream()
        .filter(row -> java.util.Objects.equals(programme, row.getAs("programme"))
            && period.equals(row.getAs("period")) && position == (int) row.getAs("position"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + position + " of " + request));
  }
}
