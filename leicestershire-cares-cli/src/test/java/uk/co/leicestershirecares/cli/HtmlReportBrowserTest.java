package uk.co.leicestershirecares.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.json.CaresJson;
import uk.co.leicestershirecares.report.QuarterlyReport;
import uk.co.leicestershirecares.report.ReportGenerator;
import uk.co.leicestershirecares.report.ReportLine;

/**
 * The HTML report of the shipped example (Leaving Care, Q1 2023/24), opened in a real browser:
 * headless Chromium (Debian's {@code chromium} package, which {@code .ci/run} installs). The page
 * the browser renders holds every report line with its number, logs nothing to the console and
 * asks for nothing outside the file; a screenshot is saved as {@code
 * target/browser/leaving-care-2023-24-q1.png} ({@code docs/leaving-care-2023-24-q1.png} is a
 * committed copy).
 *
 * <p>Where Chromium is not installed the test is skipped, unless the environment variable {@code
 * LEICESTERSHIRE_CARES_REQUIRE_BROWSER} is {@code 1}, as {@code .ci/run} sets it: then a missing
 * browser fails the build.
 */
class HtmlReportBrowserTest {
  private static final Duration BROWSER_TIMEOUT = Duration.ofSeconds(90);
  private static final Path OUT = Path.of("target", "browser").toAbsolutePath();

  private static Path chromium;
  private static Path page;
  private static QuarterlyReport report;

  @TempDir static Path dir;

  @BeforeAll
  static void writeThePage() throws IOException {
    Optional<Path> found = chromium();
    if (found.isEmpty()) {
      assertThat(System.getenv("LEICESTERSHIRE_CARES_REQUIRE_BROWSER"))
          .as("Chromium is required here (LEICESTERSHIRE_CARES_REQUIRE_BROWSER=1) but not on the"
              + " PATH: apt-get install chromium")
          .isNotEqualTo("1");
      Assumptions.abort("Chromium is not installed: the browser test is skipped");
    }
    chromium = found.get();
    Path data = Files2.copy("leaving-care-2023-24-q1.json", dir);
    Run run = Run.of("report", "--data", data.toString(), "--quarter", "2023/24-Q1",
        "--programme", "LEAVING_CARE", "--format", "html");
    assertThat(run.exitCode).as(run.toString()).isZero();
    Files.createDirectories(OUT);
    page = OUT.resolve("leaving-care-2023-24-q1.html");
    Files.writeString(page, run.out, StandardCharsets.UTF_8);
    report = ReportGenerator.withReferencePolicy().quarterly(CaresJson.readDataSet(data),
        ProgrammeCode.LEAVING_CARE, FinancialQuarter.parse("2023/24 Q1"));
  }

  private static Optional<Path> chromium() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
        Path candidate = Path.of(directory, name);
        if (!directory.isEmpty() && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Runs headless Chromium on the page in a window {@code size} wide and high (such as {@code
   * 1240,1754}, A4's proportions) with {@code extra} arguments.
   */
  private static Browsed browse(String size, String... extra)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile");
    Path netLog = dir.resolve("net-" + System.nanoTime() + ".json");
    Path err = dir.resolve("err-" + System.nanoTime() + ".txt");
    Path out = dir.resolve("out-" + System.nanoTime() + ".txt");
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--no-default-browser-check", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-pings",
        // Nothing can reach the network even if the page asked; the net log still shows asks.
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
        "--log-net-log=" + netLog, "--window-size=" + size, "--virtual-time-budget=3000"));
    command.addAll(List.of(extra));
    command.add(page.toUri().toString());
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    if (!process.waitFor(BROWSER_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Chromium did not finish in " + BROWSER_TIMEOUT);
    }
    assertThat(process.exitValue()).as("Chromium's exit code; its log:%n%s",
        Files.readString(err)).isZero();
    return new Browsed(Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8), netLog);
  }

  /** What one browser run left behind: the DOM (if dumped), the browser log, the net log. */
  private record Browsed(String stdout, String log, Path netLog) {
    /** Every URL the page itself asked for (the browser's own background work excluded). */
    List<String> pageRequests() throws IOException {
      JsonNode log = new ObjectMapper().readTree(netLog.toFile());
      int startJob = log.get("constants").get("logEventTypes").get("URL_REQUEST_START_JOB")
          .asInt();
      List<String> urls = new ArrayList<>();
      for (JsonNode event : log.get("events")) {
        JsonNode params = event.get("params");
        if (event.get("type").asInt() == startJob && params != null && params.has("url")
            && params.path("network_isolation_key").asText().startsWith("file://")) {
          urls.add(params.get("url").asText());
        }
      }
      return urls;
    }

    List<String> consoleMessages() {
      return log.lines().filter(line -> line.contains(":CONSOLE")).collect(Collectors.toList());
    }
  }

  private static String text(String dom) {
    return dom.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<[^>]*>", " ")
        .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replaceAll("\\s+", " ");
  }

  @Test
  void theRenderedPageHoldsEveryLineWithItsNumber() throws Exception {
    Browsed browsed = browse("1240,1754", "--dump-dom");
    String shown = text(browsed.stdout());

    assertThat(shown).contains("527");
    for (ReportLine line : report.lines()) {
      assertThat(shown).as("the page shows the line %s", line.key())
          .contains(line.label()).contains(Long.toString(line.count()));
    }
    // Seed 001's sentences, as the markdown report words them, are in the page.
    String markdown = uk.co.leicestershirecares.report.MarkdownReport.render(report);
    for (String sentence : markdown.lines()
        .filter(l -> l.startsWith("- "))
        .map(l -> l.substring(2).replace("**", "").strip())
        .collect(Collectors.toList())) {
      assertThat(shown).as("the page reads like the markdown report").contains(
          sentence.replaceAll("\\s+", " "));
    }
    assertThat(browsed.consoleMessages()).as("console messages").isEmpty();
    assertThat(browsed.pageRequests()).as("requests the page made")
        .allMatch(url -> url.startsWith("file:") || url.startsWith("data:"));
  }

  @Test
  void aScreenshotIsSaved() throws Exception {
    Path screenshot = OUT.resolve("leaving-care-2023-24-q1.png");
    Files.deleteIfExists(screenshot);

    // Tall enough for the text of seed 001 and the first charts below it.
    Browsed browsed = browse("1240,3300", "--screenshot=" + screenshot, "--hide-scrollbars");

    assertThat(screenshot).exists();
    byte[] png = Files.readAllBytes(screenshot);
    assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(png.length).as("a page, not a blank image").isGreaterThan(20_000);
    assertThat(browsed.consoleMessages()).isEmpty();
  }

  @Test
  void thePageNeedsNothingBeyondItself() throws IOException {
    String html = Files.readString(page);
    assertThat(html).contains("Content-Security-Policy");
    for (String attribute : List.of("src=", "href=")) {
      String[] parts = html.split(attribute, -1);
      for (int i = 1; i < parts.length; i++) {
        assertThat(parts[i]).as("a %s link stays in the page", attribute)
            .matches("(?s)[\"']?(#|data:).*");
      }
    }
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://",
        "https://");
  }
}
