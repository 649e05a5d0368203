package uk.co.leicestershirecares.examples.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.leicestershirecares.json.JsonFormatException;

/**
 * Issue 17: the job "never puts a date of birth or a circumstance into Spark's logs, job
 * descriptions or exception messages (Spark prints rows in some errors: test with a poisoned
 * record)". Records carry recognisable values in their dates of birth, circumstances and free
 * text, some of them malformed so that they take the error paths; everything Spark and the job
 * log at INFO and above (Spark's default), every job description and stage name, and the
 * exception of a failed job are searched for them.
 */
final class PoisonedRecordTest {
  /** Values that appear nowhere but in the poisoned records' personal fields. */
  private static final List<String> MARKERS = List.of(
      "1987-06-05", "1987-06-POISONED", "2004-03-02", "POISONED", "Poisonous");

  private static final List<String> POISONED = List.of(
      // Valid: a date of birth, a conviction and a placement partner (free text).
      "{\"id\": \"P-POISON-1\", \"dateOfBirth\": \"1987-06-05\", \"homeArea\": \"RUTLAND\","
          + " \"circumstances\": [{\"type\": \"CONVICTION\", \"from\": \"2004-03-02\"}],"
          + " \"placements\": [{\"partner\": \"Poisonous Partner Ltd\", \"programme\": \"WIRE\","
          + " \"sector\": \"CONSTRUCTION\", \"from\": \"2023-05-01\", \"to\": \"2023-05-12\","
          + " \"mentored\": true, \"paid\": false}]}",
      // A date of birth that is not a date.
      "{\"id\": \"P-POISON-2\", \"dateOfBirth\": \"1987-06-POISONED\", \"homeArea\": \"RUTLAND\"}",
      // A circumstance that is not one.
      "{\"id\": \"P-POISON-3\", \"dateOfBirth\": \"1987-06-05\", \"homeArea\": \"RUTLAND\","
          + " \"circumstances\": [{\"type\": \"POISONED\", \"from\": \"2004-03-02\"}]}",
      // A circumstance before the date of birth (the model's rule, not the format's).
      "{\"id\": \"P-POISON-4\", \"dateOfBirth\": \"1987-06-05\", \"homeArea\": \"RUTLAND\","
          + " \"circumstances\": [{\"type\": \"NEET\", \"from\": \"1887-06-05\"}]}",
      // Not JSON, with the values around the mistake.
      "{\"id\": \"P-POISON-5\", \"dateOfBirth\": \"1987-06-05\", \"homeArea\": RUTLAND POISONED}");

  @TempDir Path dir;

  private final Capture capture = new Capture();
  private SparkSession spark;

  @BeforeEach
  void start() {
    spark = LocalSpark.start(2);
    capture.start();
    spark.sparkContext().addSparkListener(capture.listener);
  }

  @AfterEach
  void stop() {
    capture.stop();
    spark.stop();
  }

  @Test
  void jsonLines_poisonedRecordsBecomeErrorRows_andNothingPersonalIsLogged() throws Exception {
    List<String> lines = new ArrayList<>(POISONED);
    Path input = GeneratedData.pool(50, 3).writeJsonLines(dir.resolve("records.jsonl"), 200,
        lines);
    Path out = dir.resolve("out");

    CaresSparkJob.run(spark, JobOptions.parse("--input", input.toString(), "--output",
        out.toString(), "--as-of", "2026-11-25", "--policy", "reference", "--partitions", "2",
        "--quarter", "2023/24 Q1"));

    // The valid poisoned record was assessed; the four others are error rows naming their line.
    String assessments = read(out.resolve("assessments.jsonl"));
    assertTrue(assessments.contains("\"participant\":\"P-POISON-1\""), "P-POISON-1 assessed");
    List<String> errors = Files.readAllLines(part(out.resolve("errors.json")), UTF_8);
    assertEquals(4, errors.size(), String.join("\n", errors));
    for (int line = 202; line <= 205; line++) {
      int n = line;
      assertTrue(errors.stream().anyMatch(e -> e.contains("(line " + n + ")")), "line " + n);
    }
    assertNothingPersonal("errors.json", String.join("\n", errors));
    capture.assertNothingPersonal();
  }

  @Test
  void aDataSetWithAPoisonedRecord_failsWithTheLibrarysMessage_andNothingPersonal()
      throws Exception {
    String valid = GeneratedData.pool(1, 3).record(0);
    Path input = dir.resolve("data-set.json");
    Files.writeString(input, "{\"participants\": [" + valid + ",\n" + POISONED.get(0) + ",\n"
        + POISONED.get(1) + "]}", UTF_8);

    // Spark throws its checked SparkException without declaring it, as Scala may.
    Exception failure = assertThrows(Exception.class, () -> CaresSparkJob.run(
        spark, JobOptions.parse("--input", input.toString(), "--output",
            dir.resolve("out").toString(), "--as-of", "2026-11-25", "--policy", "reference")));

    Optional<JsonFormatException> cause = causes(failure).stream()
        .filter(JsonFormatException.class::isInstance).map(JsonFormatException.class::cast)
        .findFirst();
    assertTrue(cause.isPresent(), "the library's error is the cause");
    assertEquals("$.participants[2].dateOfBirth", cause.get().field());
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    assertNothingPersonal("the exception", trace.toString());
    // Spark logged the failed task with its exception: that path was taken, and searched.
    assertTrue(capture.logged.toString().contains("ERROR org.apache.spark.executor.Executor"),
        "the task's failure was logged");
    capture.assertNothingPersonal();
  }

  private static List<Throwable> causes(Throwable failure) {
    List<Throwable> causes = new ArrayList<>();
    for (Throwable t = failure; t != null && !causes.contains(t); t = t.getCause()) {
      causes.add(t);
    }
    return causes;
  }

  private static void assertNothingPersonal(String where, String text) {
    for (String marker : MARKERS) {
      assertFalse(text.contains(marker), where + " repeats " + marker);
    }
  }

  private static String read(Path folder) throws Exception {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        text.append(Files.readString(part, UTF_8));
      }
    }
    return text.toString();
  }

  private static Path part(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst()
          .orElseThrow();
    }
  }

  /** Everything logged through Log4j 2 (Spark's, the job's, Drools' through SLF4J), and Spark's
   * job descriptions and stage names. */
  private static final class Capture {
    private final StringBuffer logged = new StringBuffer();
    private final StringBuffer described = new StringBuffer();
    private final AbstractAppender appender =
        new AbstractAppender("poison-capture", null, null, true, Property.EMPTY_ARRAY) {
          @Override
          public void append(LogEvent event) {
            logged.append(event.getLevel()).append(' ').append(event.getLoggerName()).append(": ")
                .append(event.getMessage().getFormattedMessage()).append('\n');
            if (event.getThrown() != null) {
              StringWriter trace = new StringWriter();
              event.getThrown().printStackTrace(new PrintWriter(trace));
              logged.append(trace).append('\n');
            }
          }
        };
    final SparkListener listener = new SparkListener() {
      @Override
      public void onJobStart(SparkListenerJobStart job) {
        described.append(job.properties().getProperty("spark.job.description", "")).append('\n');
      }

      @Override
      public void onStageSubmitted(SparkListenerStageSubmitted stage) {
        described.append(stage.stageInfo().name()).append('\n')
            .append(stage.stageInfo().details()).append('\n');
      }
    };

    void start() {
      appender.start();
      LoggerContext context = (LoggerContext) LogManager.getContext(false);
      context.getRootLogger().addAppender(appender);
    }

    void stop() {
      LoggerContext context = (LoggerContext) LogManager.getContext(false);
      context.getRootLogger().removeAppender(appender);
      appender.stop();
    }

    void assertNothingPersonal() {
      String logs = logged.toString();
      // The capture works: the scheduler's INFO lines are there.
      assertTrue(logs.contains("INFO org.apache.spark.scheduler.DAGScheduler"),
          "Spark's INFO log was captured");
      assertTrue(described.toString().contains("write assessments.jsonl")
          || described.toString().contains("assessments.parquet"), "job descriptions captured");
      PoisonedRecordTest.assertNothingPersonal("Spark's log", logs);
      PoisonedRecordTest.assertNothingPersonal("a job description", described.toString());
    }
  }
}
