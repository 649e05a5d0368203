package uk.co.leicestershirecares.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.co.leicestershirecares.rules.ShippedRules;

/**
 * The service in this JVM, over HTTP on a random port, with its rules from an analyst's folder
 * (a copy of the shipped tables in {@code target/rules-under-test}, checked every 100 ms) and a
 * clock fixed at 2026-11-25: the default date, bad input of every kind as problem details that
 * repeat no participant data (not in the answer, not in the log), the report's errors and its
 * CSV, and an edit of the folder taken up while the service runs. {@link FatJarIT} runs the
 * packaged jar.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class CaresServiceTest {
  private static final Path RULES = Path.of("target", "rules-under-test");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort private int port;

  @DynamicPropertySource
  static void rulesFolder(DynamicPropertyRegistry properties) throws IOException {
    // A fresh copy each run: the reload test edits it.
    if (Files.exists(RULES)) {
      try (Stream<Path> files = Files.walk(RULES)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
    ShippedRules.copyTablesTo(RULES);
    properties.add("cares.rules-folder", () -> RULES.toAbsolutePath().toString());
    properties.add("cares.rules-check-interval", () -> "100ms");
  }

  /** Today, for the service, is 2026-11-25. */
  @TestConfiguration
  static class FixedToday {
    @Bean
    @Primary
    Clock fixedClock() {
      return Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneId.of("Europe/London"));
    }
  }

  @Test
  void asOfDefaultsToTodayByTheServiceClock() throws Exception {
    HttpResponse<String> answer = post("/assessments", Bodies.UP_COMPLETER);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(answer.body()).at("/asOf").asText()).isEqualTo("2026-11-25");
  }

  /**
   * Bodies that break the format, each with the marker where a participant's data would be, and
   * the path the problem must name. {@code ID} stands for the fields every record needs, and
   * {@code '} for {@code "}, to keep them short.
   */
  static Stream<Arguments> badBodies() {
    return Stream.of(
        arguments("a date of birth", "$.dateOfBirth", "{ID, 'dateOfBirth': 'SECRET4711'}"),
        arguments("a circumstance", "$.circumstances[0].type",
            "{ID, 'circumstances': [{'type': 'SECRET4711', 'from': '2024-01-01'}]}"),
        arguments("a circumstance's date", "$.circumstances[0].from",
            "{ID, 'circumstances': [{'type': 'NEET', 'from': 'SECRET4711'}]}"),
        arguments("an unknown field", "$.notes", "{ID, 'notes': 'SECRET4711'}"),
        arguments("malformed JSON in a record", "$.dateOfBirth",
            "{ID, 'dateOfBirth': SECRET4711}"),
        arguments("a value of the wrong type", "$.circumstances",
            "{ID, 'circumstances': {'SECRET4711': true}}"),
        arguments("text that is not JSON", "$", "SECRET4711"),
        arguments("a body that is a string", "$", "'SECRET4711'"),
        arguments("a list item that is a string", "$[1]", "[{ID}, 'SECRET4711']"),
        arguments("a record in a list", "$[1].dateOfBirth",
            "[{ID}, {ID, 'dateOfBirth': 'SECRET4711'}]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBodies")
  void badInputIsAProblemAtItsPathThatRepeatsNothing(String kind, String path, String body,
      CapturedOutput output) throws Exception {
    body = body.replace("ID", "'id': 'P-1', 'homeArea': 'RUTLAND'").replace('\'', '"');
    HttpResponse<String> answer = post("/assessments?asOf=2026-11-25", body);

    // Spring's own handling logs Jackson's message, which quotes the value: checked first.
    assertThat(output.getAll()).doesNotContain(Bodies.MARKER);
    assertThat(answer.body()).doesNotContain(Bodies.MARKER);
    JsonNode problem = problem(answer);
    assertThat(problem.at("/path").asText()).isEqualTo(path);
    assertThat(problem.at("/detail").asText()).isNotBlank();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      /assessments?asOf=SECRET4711 | asOf
      /assessments?asOf=2026-02-30  | asOf
      /assessments?asOf=9999-12-31  | asOf
      """)
  void aBadAsOfIsAProblemNamingTheParameter(String uri, String parameter, CapturedOutput output)
      throws Exception {
    HttpResponse<String> answer = post(uri, Bodies.UP_COMPLETER);

    assertThat(problem(answer).at("/parameter").asText()).isEqualTo(parameter);
    assertThat(answer.body()).doesNotContain(Bodies.MARKER);
    assertThat(output.getAll()).doesNotContain(Bodies.MARKER);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      /reports/SECRET4711?quarter=2023/24-Q1   | programme | programmes are CARE_LEAVER_MENTORING,
      /reports/secret4711?quarter=2023/24-Q1   | programme | programmes are CARE_LEAVER_MENTORING,
      /reports/LEAVING_CARE?quarter=SECRET4711 | quarter   | is not written like 2023/24-Q1
      /reports/LEAVING_CARE?quarter=2023/24-Q5  | quarter   | is not written like 2023/24-Q1
      /reports/LEAVING_CARE                     | quarter   | is required
      """)
  void aBadReportRequestIsAProblemNamingTheParameter(String uri, String parameter, String detail,
      CapturedOutput output) throws Exception {
    HttpResponse<String> answer = get(uri, "application/json");

    assertThat(output.getAll()).doesNotContainIgnoringCase(Bodies.MARKER);
    JsonNode problem = problem(answer);
    assertThat(problem.at("/parameter").asText()).isEqualTo(parameter);
    assertThat(problem.at("/detail").asText()).contains(detail)
        .doesNotContainIgnoringCase(Bodies.MARKER);
    // RFC 9457's instance is the request's path, which holds the programme asked for (a
    // programme code, not a participant's data); the query is never repeated.
    assertThat(problem.at("/instance").asText()).isEqualTo(uri.replaceFirst("\\?.*", ""));
    assertThat(((ObjectNode) problem).without("instance").toString())
        .doesNotContainIgnoringCase(Bodies.MARKER);
  }

  @Test
  void reportsAsCsvWhenAskedFor() throws Exception {
    HttpResponse<String> answer = get("/reports/LEAVING_CARE?quarter=Q1 2023/24", "text/csv");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(answer.body()).startsWith("key,label,count,sources\r\n")
        .containsPattern("\r\nattendances,[^\r\n]*,527,");
  }

  @Test
  void anEditOfTheRuleFolderIsTakenUpAndHealthShowsItsVersion() throws Exception {
    long before = rules().at("/details/version").asLong();
    assertThat(upOutcome(Bodies.AGED_27)).isEqualTo("NOT_ELIGIBLE");

    // A mistyped cell is refused: the previous rules keep answering, and the health says why.
    saveUpAgeBand("18 to twenty-nine");
    JsonNode refused = awaitRules(r -> r.has("lastRejection"));
    assertThat(refused.at("/lastRejection").asText()).contains("eligibility.drl.csv:");
    assertThat(refused.at("/version").asLong()).isEqualTo(before);
    assertThat(upOutcome(Bodies.AGED_27)).isEqualTo("NOT_ELIGIBLE");

    // The analyst widens UP's age band from 18–25 to 18–29 in one cell.
    saveUpAgeBand("18 to 29");
    JsonNode taken = awaitRules(r -> r.at("/version").asLong() != before);
    assertThat(taken.at("/version").asLong()).isEqualTo(before + 1);
    assertThat(taken.has("lastRejection")).isFalse();
    assertThat(upOutcome(Bodies.AGED_27)).isEqualTo("ELIGIBLE");
  }

  /**
   * Writes UP's age band cell, saving the table beside the folder and moving it in, as the main
   * README's "save safely" advises: a reload never sees half a file.
   */
  private static void saveUpAgeBand(String band) throws IOException {
    Path table = RULES.resolve("eligibility.drl.csv");
    String edited = Files.readString(table).replaceFirst(
        "(?m)^(UP\\.age,[^,]*,UP,always,)[^,]*,", "$1" + band + ",");
    assertThat(edited).contains("UP,always," + band + ",");
    Path draft = Files.writeString(RULES.resolveSibling("eligibility.drl.csv.draft"), edited);
    Files.move(draft, table, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The health's rules details once {@code until} holds (or after 90 s, to fail on). */
  private JsonNode awaitRules(Predicate<JsonNode> until) throws Exception {
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    JsonNode details = rules().at("/details");
    while (!until.test(details) && System.nanoTime() < giveUp) {
      Thread.sleep(100);
      details = rules().at("/details");
    }
    return details;
  }

  @Test
  void healthShowsTheFolderAsTheRulesSource() throws Exception {
    JsonNode rules = JSON.readTree(get("/actuator/health", "application/json").body())
        .at("/components/rules");

    assertThat(rules.at("/status").asText()).isEqualTo("UP");
    assertThat(rules.at("/details/source").asText()).isEqualTo("folder");
    assertThat(rules.at("/details/version").asLong()).isPositive();
    assertThat(rules.at("/details").has("lastRejection")).isFalse();
  }

  private JsonNode rules() throws Exception {
    return JSON.readTree(get("/actuator/health/rules", "application/json").body());
  }

  private String upOutcome(String record) throws Exception {
    HttpResponse<String> answer = post("/assessments?asOf=2026-11-25", record);
    assertThat(answer.statusCode()).isEqualTo(200);
    return JSON.readTree(answer.body()).at("/eligibility/0/outcome").asText();
  }

  private static JsonNode problem(HttpResponse<String> answer) throws IOException {
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(answer.body());
    assertThat(problem.at("/status").asInt()).isEqualTo(400);
    assertThat(problem.at("/title").asText()).isEqualTo("Bad Request");
    return problem;
  }

  private HttpResponse<String> post(String path, String body)
      throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String accept)
      throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path.replace(" ", "%20"));
  }
}
