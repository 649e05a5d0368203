package uk.co.leicestershirecares.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.report.QuarterlyReport;
import uk.co.leicestershirecares.report.ReportSource;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.DroolsPolicy;

/**
 * Issue 17, item 1: on 100,000 generated records (JSON Lines, the format for large inputs) the
 * Spark job's assessments and reports, made with the shipped Drools rules on the executors, equal
 * the library's, in {@code local[2]}; and the same on a smaller data set, with its sessions and
 * partners.
 *
 * <p>Set {@code -Dcares.spark.records=N} to change the size of the large run, {@code
 * -Dcares.spark.policy=reference} to run the job with the reference policy.
 */
final class CaresSparkJobTest {
  private static final int RECORDS = Integer.getInteger("cares.spark.records", 100_000);
  /** The engine the job runs in the large run: the shipped rules unless told otherwise. */
  private static final String POLICY = System.getProperty("cares.spark.policy", "drools");
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
  /**
   * Reports for all programmes and for WIRE (whose indicator and UP-to-WIRE line need their own
   * rules) over one quarter: each more report costs about a third of an assessment per record.
   */
  private static final List<String> REPORTS = List.of("--quarter", "2023/24 Q1",
      "--programme", "all", "--programme", "WIRE");

  private static SparkSession spark;

  @TempDir static Path dir;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start(2);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void jsonLinesOf100000Records_giveTheLibrarysAssessmentsAndReports_andAnErrorPerBadLine()
      throws Exception {
    long started = System.nanoTime();
    List<String> bad = List.of("", "{\"id\": \"P-BAD\", \"homeArea\": \"LEICESTER\"}", "[1, 2]");
    Path data = GeneratedData.pool(2_000, 17).writeJsonLines(dir.resolve("records.jsonl"),
        RECORDS, bad);
    long writeMillis = (System.nanoTime() - started) / 1_000_000;
    Path out = dir.resolve("out-lines");
    JobOptions options = options(data, out, POLICY, 8);
    assertTrue(options.jsonLines());
    PolicyChoice choice = PolicyChoice.parse(POLICY);

    started = System.nanoTime();
    CaresSparkJob.run(spark, options);
    long sparkMillis = (System.nanoTime() - started) / 1_000_000;

    // Spark split the file (a task and an output file per split), and one policy served them.
    assertTrue(parts(out.resolve("assessments.jsonl")) >= 8, "partitions assessed");
    assertEquals(1, ExecutorPolicies.builds(choice), "policies built in this JVM");

    // The library's answers in one JVM come from the reference policy: the shipped rules give
    // its answer for every record (the rules module's differential property, and the data set
    // run below, which compares the job with DroolsPolicy itself), in less than half the time.
    started = System.nanoTime();
    Policy policy = ReferencePolicy.withDefaults();
    ReportSource source = Expectations.jsonLinesSource(data);
    Map<String, String> assessments = Expectations.assessments(source, policy, AS_OF);
    List<QuarterlyReport> reports = Expectations.reports(source, policy, options.reports());
    long libraryMillis = (System.nanoTime() - started) / 1_000_000;

    started = System.nanoTime();
    assertEquals(RECORDS, assessments.size());
    Expectations.assertAssessments(spark, out, assessments);
    Expectations.assertReports(spark, out, options.reports(), reports);
    System.out.printf("%,d records (%s): written in %,d ms; the job in local[2] %,d ms; the"
        + " library in one JVM %,d ms; compared in %,d ms%n", RECORDS, POLICY, writeMillis,
        sparkMillis, libraryMillis, (System.nanoTime() - started) / 1_000_000);
    // The data is not trivial: the comparison covers people, events and provenance.
    assertTrue(reports.get(0).count(QuarterlyReport.YOUNG_PEOPLE_WORKED_WITH) > 1_000,
        "worked with");
    assertTrue(reports.get(0).count(QuarterlyReport.ATTENDANCES) > 1_000, "attendances");

    // The blank line is skipped; the two others are errors, by line, with CaresJson's messages.
    List<String> errors = Files.readAllLines(single(out.resolve("errors.json")));
    int line = RECORDS + 2;
    assertEquals(List.of(
        "{\"ordinal\":" + (line - 1) + ",\"field\":\"$.homeArea\",\"message\":\"'LEICESTER' at"
            + " $.homeArea is not a home area; use one of LEICESTER_CITY, LEICESTERSHIRE, RUTLAND,"
            + " OUTSIDE_LLR (in capital letters, spelt exactly) (line " + line + ")\"}",
        "{\"ordinal\":" + line + ",\"field\":\"$\",\"message\":\"$ must be an object { … }"
            + " holding a participant record, but it is a list [ … ] (line " + (line + 1) + ")\"}"),
        errors);
  }

  @Test
  void aDataSet_withTheShippedRules_givesTheLibrarysAssessmentsAndReports() throws Exception {
    Path data = GeneratedData.pool(500, 5).writeDataSet(dir.resolve("data-set.json"), 1_500);
    Path out = dir.resolve("out-data-set");
    JobOptions options = options(data, out, "drools", 3);

    CaresSparkJob.run(spark, options);

    // Read in one task, spread over three partitions, assessed with one rule base.
    assertEquals(3, parts(out.resolve("assessments.jsonl")), "partitions assessed");
    assertEquals(1, ExecutorPolicies.builds(PolicyChoice.DROOLS), "Drools policies built");
    assertTrue(Files.readString(single(out.resolve("errors.json"))).isEmpty(), "no errors");
    Policy policy = CaresRules.newBuilder().build();
    ReportSource source = Expectations.dataSetSource(data);
    Expectations.assertAssessments(spark, out, Expectations.assessments(source, policy, AS_OF));
    List<QuarterlyReport> reports = Expectations.reports(source, policy, options.reports());
    Expectations.assertReports(spark, out, options.reports(), reports);
    // The sessions and partners were counted too.
    assertEquals(3, reports.get(0).count(QuarterlyReport.SESSIONS_DELIVERED), "sessions");
    assertEquals(2, reports.get(0).partners().size(), "partners");
  }

  private static JobOptions options(Path input, Path out, String policy, int partitions) {
    List<String> args = new java.util.ArrayList<>(List.of("--input", input.toString(),
        "--output", out.toString(), "--as-of", AS_OF.toString(), "--policy", policy,
        "--partitions", Integer.toString(partitions)));
    args.addAll(REPORTS);
    JobOptions options = JobOptions.parse(args.toArray(String[]::new));
    assertEquals(OptionalInt.of(partitions), options.partitions());
    return options;
  }

  private static long parts(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().startsWith("part-")).count();
    }
  }

  private static Path single(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> parts =
          files.filter(p -> p.getFileName().toString().startsWith("part-")).toList();
      assertEquals(1, parts.size(), folder + " has one part");
      return parts.get(0);
    }
  }
}
