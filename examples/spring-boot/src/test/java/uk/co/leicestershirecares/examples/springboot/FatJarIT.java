package uk.co.leicestershirecares.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.json.CaresJson;
import uk.co.leicestershirecares.report.QuarterlyReport;
import uk.co.leicestershirecares.report.ReportDataSet;
import uk.co.leicestershirecares.report.ReportGenerator;

/**
 * The service as it ships: the fat jar {@code package} built, started with {@code java -jar} on a
 * loopback port the system picks, in its default configuration (the shipped, precompiled rules,
 * which Drools must find inside the jar's {@code BOOT-INF/lib}; the sample data set inside the
 * jar), and called over real HTTP. Answers are compared with what the library itself writes for
 * the same input (the reference policy, which the shipped rules agree with), so a service that
 * answered in another format, or with other rules, fails here.
 */
class FatJarIT {
  private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
  /** The sample data set the jar holds (and target/classes, on this test's class path). */
  private static final String SAMPLE = "/data/leaving-care-2023-24-q1.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static Process service;
  private static Path log;
  private static URI base;

  @BeforeAll
  static void startTheFatJar() throws Exception {
    Path jar = Path.of(System.getProperty("fatJar"));
    assertThat(jar).as("the fat jar built by package").isRegularFile();
    log = Files.createDirectories(Path.of("target", "fat-jar-it")).resolve("service.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    service = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
        "--server.address=127.0.0.1", "--server.port=0")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    // A loaded two-core machine takes about ten seconds; the service logs its port when ready.
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (base == null) {
      Matcher started = STARTED.matcher(Files.readString(log));
      if (started.find()) {
        base = URI.create("http://127.0.0.1:" + started.group(1));
      } else if (!service.isAlive() || System.nanoTime() > giveUp) {
        throw new AssertionError("the fat jar did not start; its log:\n" + Files.readString(log));
      } else {
        Thread.sleep(200);
      }
    }
  }

  @AfterAll
  static void stopIt() throws InterruptedException {
    if (service != null) {
      service.destroy();
      if (!service.waitFor(30, TimeUnit.SECONDS)) {
        service.destroyForcibly();
      }
    }
  }

  @Test
  void assessesARecordWithTheShippedRulesInTheDocumentedFormat() throws Exception {
    HttpResponse<String> answer = post("/assessments?asOf=" + AS_OF, Bodies.UP_COMPLETER);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    JsonNode assessment = JSON.readTree(answer.body());
    assertThat(assessment).isEqualTo(JSON.readTree(CaresJson.writeAssessment(
        reference().assess(CaresJson.readRecord(Bodies.UP_COMPLETER), AS_OF))));
    assertThat(assessment.at("/eligibility/1/reasons/0/ruleId").asText())
        .isEqualTo("WIRE.progression-from-UP");
  }

  @Test
  void assessesAListOfRecordsIntoAListInTheSameOrder() throws Exception {
    HttpResponse<String> answer = post("/assessments?asOf=" + AS_OF,
        "[" + Bodies.CARE_EXPERIENCED + ", " + Bodies.UP_COMPLETER + "]");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(answer.body())).isEqualTo(JSON.readTree(CaresJson.writeAssessments(
        reference().assessAll(CaresJson.readRecords(
            "[" + Bodies.CARE_EXPERIENCED + ", " + Bodies.UP_COMPLETER + "]"), AS_OF))));
  }

  @Test
  void reportsAQuarterOfTheSampleDataSet() throws Exception {
    HttpResponse<String> answer = get("/reports/LEAVING_CARE?quarter=2023/24-Q1");

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode report = JSON.readTree(answer.body());
    ReportDataSet data;
    try (InputStream in = FatJarIT.class.getResourceAsStream(SAMPLE)) {
      data = CaresJson.readDataSet(in);
    }
    QuarterlyReport expected = ReportGenerator.using(reference()).quarterly(
        data, ProgrammeCode.LEAVING_CARE, FinancialQuarter.parse("2023/24 Q1"));
    assertThat(report).isEqualTo(JSON.readTree(CaresJson.writeReport(expected)));
    // Seed 001's figure, as the charity reported it.
    assertThat(report.at("/lines")).filteredOn(
            line -> line.at("/key").asText().equals(QuarterlyReport.ATTENDANCES))
        .singleElement().satisfies(line -> assertThat(line.at("/count").asInt()).isEqualTo(527));
  }

  @Test
  void healthShowsTheShippedRulesAndTheirVersion() throws Exception {
    HttpResponse<String> answer = get("/actuator/health");

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode rules = JSON.readTree(answer.body()).at("/components/rules");
    assertThat(rules.at("/status").asText()).isEqualTo("UP");
    assertThat(rules.at("/details/source").asText()).isEqualTo("shipped");
    assertThat(rules.at("/details/version").asLong()).isEqualTo(1);
  }

  @Test
  void aBadDateOfBirthIsAProblemAtItsPathThatRepeatsItNowhere() throws Exception {
    String poisoned = Bodies.CARE_EXPERIENCED.replace("2009-03-04", "2009-" + Bodies.MARKER);

    HttpResponse<String> answer = post("/assessments", "[" + Bodies.UP_COMPLETER + ", "
        + poisoned + "]");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(answer.body());
    assertThat(problem.at("/status").asInt()).isEqualTo(400);
    assertThat(problem.at("/path").asText()).isEqualTo("$[1].dateOfBirth");
    assertThat(problem.at("/detail").asText()).contains("$[1].dateOfBirth");
    assertThat(answer.body()).doesNotContain(Bodies.MARKER);
    assertThat(Files.readString(log)).doesNotContain(Bodies.MARKER);
  }

  private static Policy reference() {
    return ReferencePolicy.withDefaults();
  }

  private static HttpResponse<String> post(String path, String body)
      throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
