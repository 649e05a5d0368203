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
import uk.co.leicestershirecares.core.assessment.Policy;
import uk.co.leicestershirecares.core.assessment.ReferencePolicy;
import uk.co.leicestershirecares.core.report.QuarterlyReport;
import uk.co.leicestershirecares.core.report.ReportSource;
import uk.co.leicestershirecares.rules.DroolsPolicy;

/**
 * Issue 17, item 1: on 100,000 generated records the Spark job's assessments and report equal the
 * library's, in {@code local[2]}; and the same on JSON Lines with the shipped Drools rules.
 *
 * <p>Set {@code -Dcares.spark.records=N} to change the size of the large run, {@code
 * -Dcares.spark.policy=drools} to run it with the shipped rules.
 */
final class CaresSparkJobTest {
  private static final int RECORDS = Integer.getInteger("cares.spark.records", 100_000);
  /**
   * The engine of the large run: the reference policy by default, since with the shipped rules
   * the run and its single-JVM comparison took 212 s on two shared cores (the Drools run below is
   * smaller); {@code -Dcares.spark.policy=drools} runs it with the rules.
   */
  private static final String POLICY = System.getProperty("cares.spark.policy", "reference");
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
  void aDataSetOf100000Records_givesTheLibrarysAssessmentsAndReports() throws Exception {
    Path data = GeneratedData.pool(2_000, 17).writeDataSet(dir.resolve("data-set.json"), RECORDS);
    Path out = dir.resolve("out");
    JobOptions options = options(data, out, POLICY, 8);
    PolicyChoice choice = PolicyChoice.parse(POLICY);
    int buildsBefore = ExecutorPolicies.builds(choice);

    long started = System.nanoTime();
    CaresSparkJob.run(spark, options);
    long sparkMillis = (System.nanoTime() - started) / 1_000_000;

    // Eight partitions, so eight tasks assessed (one file each), with one rule base.
    assertEquals(8, parts(out.resolve("assessments.jsonl")), "partitions assessed");
    assertEquals(1, ExecutorPolicies.builds(choice), "policies built in this JVM");
    assertTrue(Files.readString(single(out.resolve("errors.json"))).isEmpty(), "no errors");

    started = System.nanoTime();
    Policy policy = choice == PolicyChoice.DROOLS ? DroolsPolicy.shipped()
        : ReferencePolicy.withDefaults();
    ReportSource source = Expectations.dataSetSource(data);
    Map<String, String> assessments = Expectations.assessments(source, policy, AS_OF);
    List<QuarterlyReport> reports = Expectations.reports(source, policy, options.reports());
    long libraryMillis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("%,d records: Spark local[2] %,d ms, one JVM %,d ms%n",
        RECORDS, sparkMillis, libraryMillis);

    assertEquals(RECORDS, assessments.size());
    Expectations.assertAssessments(spark, out, assessments);
    Expectations.assertReports(spark, out, options.reports(), reports);
    // The data is not trivial: the comparison covers people, events and provenance.
    QuarterlyReport all = reports.get(0);
    assertTrue(all.count(QuarterlyReport.YOUNG_PEOPLE_WORKED_WITH) > 100, "worked with");
    assertEquals(3, all.count(QuarterlyReport.SESSIONS_DELIVERED), "sessions");
    assertEquals(2, all.partners().size(), "partners");
  }

  @Test
  void jsonLines_withTheShippedRules_giveTheLibrarysAnswers_andAnErrorPerBadLine()
      throws Exception {
    List<String> bad = List.of("", "{\"id\": \"P-BAD\", \"homeArea\": \"LEICESTER\"}", "[1, 2]");
    Path data = GeneratedData.pool(500, 5).writeJsonLines(dir.resolve("records.jsonl"), 3_000,
        bad);
    Path out = dir.resolve("out-lines");
    JobOptions options = options(data, out, "drools", 3);
    assertTrue(options.jsonLines());

    CaresSparkJob.run(spark, options);

    assertEquals(3, parts(out.resolve("assessments.jsonl")), "partitions assessed");
    assertEquals(1, ExecutorPolicies.builds(PolicyChoice.DROOLS), "Drools policies built");
    Policy policy = DroolsPolicy.shipped();
    ReportSource source = Expectations.jsonLinesSource(data);
    Expectations.assertAssessments(spark, out, Expectations.assessments(source, policy, AS_OF));
    Expectations.assertReports(spark, out, options.reports(),
        Expectations.reports(source, policy, options.reports()));
    List<String> errors = Files.readAllLines(single(out.resolve("errors.json")));
    assertEquals(List.of(
        "{\"ordinal\":3001,\"field\":\"$.homeArea\",\"message\":\"'LEICESTER' at $.homeArea is not"
            + " a home area; use one of LEICESTER_CITY, LEICESTERSHIRE, RUTLAND, OUTSIDE_LLR (in"
            + " capital letters, spelt exactly) (line 3002)\"}",
        "{\"ordinal\":3002,\"field\":\"$\",\"message\":\"$ must be an object { … } holding a"
            + " participant record, but it is a list [ … ] (line 3003)\"}"), errors);
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
