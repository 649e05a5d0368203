package uk.co.leicestershirecares.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 21, item 6: "only regular files are read (a FIFO or device is refused with a clear
 * message); a size limit on every input read (a clear exit-2 message naming the limit and the
 * option that raises it); control characters in anything echoed back (file names, values) are
 * escaped; dates outside the supported range are a clear exit-2 message (state the range) ...;
 * large inputs are streamed (a list or JSON Lines)". Measured before: "A FIFO given as --record
 * hangs for ever; reading /dev/zero or /dev/urandom ends in OutOfMemoryError; a file name holding
 * a newline or an ANSI escape is echoed raw into the error ...; --as-of -999999999-01-01 ends in an
 * internal ConsequenceException".
 */
final class InputBoundsTest {
  private static final String RANGE = "must be between 1899-04-01 and 9999-03-31";

  @TempDir Path dir;

  private Path record() {
    return Files2.copy("record.json", dir);
  }

  private static void assertOneErrorLine(Run run, String... phrases) {
    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.err.lines().filter(l -> l.startsWith("error: ")).count()).as(run.toString())
        .isEqualTo(1);
    assertThat(run.err).startsWith("error: ").contains(phrases)
        .doesNotContain("Exception", "\tat ", "\u001b", "2005-03-04", "ROUGH_SLEEPING");
  }

  /** Makes a named pipe with mkfifo; skips the test where there is none. */
  private Path fifo(String name) throws Exception {
    Path fifo = dir.resolve(name);
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (java.io.IOException e) {
      assumeTrue(false, "no mkfifo here");
      return fifo;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    return fifo;
  }

  @Test
  void aFifoIsRefusedAtOnce_notReadForEver() throws Exception {
    Path fifo = fifo("records.json");

    Run assess = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> Run.of("assess", "--record", fifo.toString()));
    Run report = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> Run.of("report", "--data", fifo.toString(), "--quarter", "2023/24-Q1"));

    assertOneErrorLine(assess, "error: " + fifo + ": is not a regular file (it is a pipe, a"
        + " device or a socket); give a file");
    assertOneErrorLine(report, "is not a regular file");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/dev/zero", "/dev/urandom", "/dev/null"})
  void aDeviceIsRefused(String device) {
    assumeTrue(Files.exists(Path.of(device)));

    assertOneErrorLine(Run.of("assess", "--record", device),
        "error: " + device + ": is not a regular file");
    assertOneErrorLine(Run.of("explain", "--record", device, "--programme", "UP"),
        "is not a regular file");
    assertOneErrorLine(Run.of("report", "--data", device, "--quarter", "2023/24-Q1"),
        "is not a regular file");
  }

  @Test
  void aLinkToADeviceIsRefused() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    Path link = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));

    assertOneErrorLine(Run.of("assess", "--record", link.toString()), "is not a regular file");
  }

  /** The guard behind the size check: a source that never ends stops at the limit. */
  @Test
  void theBoundedStreamStopsAnEndlessSourceAtTheLimit() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    long limit = 1 << 20;
    try (InputStream zeros = new LimitedInputStream(Files.newInputStream(Path.of("/dev/zero")),
        limit, () -> Inputs.tooLarge(Path.of("/dev/zero"), limit))) {
      CliException e = catchThrowableOfType(CliException.class, () -> zeros.readAllBytes());

      assertThat(e.exitCode()).isEqualTo(2);
      assertThat(e).hasMessage("/dev/zero: is larger than the input size limit, 1 MiB; raise it"
          + " with --max-input-size, for example --max-input-size 1g");
    }
  }

  @Test
  void aFileOverTheLimitIsRefused_namingTheLimitAndTheOption() {
    Path record = record();

    assertOneErrorLine(Run.of("assess", "--record", record.toString(), "--max-input-size", "512"),
        "error: " + record + ": is larger than the input size limit, 512 bytes; raise it with"
            + " --max-input-size, for example --max-input-size 1g");
    assertOneErrorLine(Run.of("explain", "--record", record.toString(), "--programme", "UP",
        "--max-input-size", "800"), "is larger than the input size limit, 800 bytes");
    assertOneErrorLine(Run.of("report", "--data", Files2.copy("up-wire-2019-20.json", dir)
        .toString(), "--quarter", "2019/20-Q1", "--max-input-size", "50K"),
        "is larger than the input size limit, 50 KiB; raise it with --max-input-size");

    Run raised = Run.of("assess", "--record", record.toString(), "--as-of", "2026-11-25",
        "--max-input-size", "1k");
    assertThat(raised.exitCode).as(raised.toString()).isZero();
  }

  @Test
  void theDefaultLimitIs256MiB_andBigLimitsAreNamedForPeople() {
    assertThat(InputLimitOption.DEFAULT_BYTES).isEqualTo(256L * 1024 * 1024);
    assertThat(InputLimitOption.describe(InputLimitOption.DEFAULT_BYTES)).isEqualTo("256 MiB");
    assertThat(InputLimitOption.describe(3L << 29)).isEqualTo("1.5 GiB");
    assertThat(Inputs.tooLarge(Path.of("f"), 3L << 30).getMessage())
        .endsWith("for example --max-input-size 6g");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "1x", "g", "99999999999999999999", "9223372036854775807k",
      "1.5g", "\u001b[31m1g"})
  void aBadSizeIsRefused(String size) {
    Run run = Run.of("assess", "--record", record().toString(), "--max-input-size", size);

    assertOneErrorLine(run, "is not a size such as 1g, 512m or 300000 (bytes)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-999999999-01-01", "0000-01-01", "0001-01-01", "1899-03-31",
      "9999-04-01", "9999-12-31", "+10000-01-01", "+999999999-12-31"})
  void anAsOfOutsideTheSupportedRangeIsRefused_statingTheRange(String day) {
    assertOneErrorLine(Run.of("assess", "--record", record().toString(), "--as-of", day),
        "error: --as-of " + RANGE + ", not ");
    assertOneErrorLine(Run.of("explain", "--record", record().toString(), "--programme", "UP",
        "--as-of", day), "error: --as-of " + RANGE);
  }

  @Test
  void theEndsOfTheRangeAreAssessed() {
    for (String day : new String[] {"1899-04-01", "9999-03-31"}) {
      Run run = Run.of("assess", "--record", record().toString(), "--as-of", day);
      assertThat(run.exitCode).as(run.toString()).isZero();
      assertThat(run.out).startsWith("P-0001 on " + day);
    }
  }

  @Test
  void aReportPeriodOutsideTheRangeIsRefused() {
    Path data = Files2.copy("up-wire-2019-20.json", dir);

    assertOneErrorLine(Run.of("report", "--data", data.toString(), "--from", "0000-01-01",
        "--to", "2020-01-01"), "error: --from " + RANGE);
    assertOneErrorLine(Run.of("report", "--data", data.toString(), "--from", "2020-01-01",
        "--to", "9999-12-31"), "error: --to " + RANGE);
  }

  @Test
  void aFileNameWithANewlineOrAnEscapeIsEchoedEscaped() {
    Path missing = dir.resolve("no\nsuch\u001b[31m\u202efile.json");

    Run run = Run.of("assess", "--record", missing.toString());

    assertOneErrorLine(run, "no\\u000asuch\\u001b[31m\\u202efile.json: no such file");
    assertThat(run.err.lines()).hasSize(1);
  }

  @Test
  void anEmptyListEchoesItsNameEscaped() throws Exception {
    Path empty = Files2.write(dir.resolve("none\u001b[2J.json"), "[]");

    Run run = Run.of("assess", "--record", empty.toString());

    assertThat(run.exitCode).isZero();
    assertThat(run.out).doesNotContain("\u001b")
        .endsWith("none\\u001b[2J.json holds no records.\n");
  }

  private static String oneLine(String json) {
    return json.replaceAll("\\s*\\n\\s*", " ");
  }

  @Test
  void jsonLinesAreAssessed_oneRecordALine() throws Exception {
    String one = oneLine(Files.readString(record()));
    Path lines = Files2.write(dir.resolve("records.jsonl"),
        one + "\n\n" + one.replace("P-0001", "P-0002") + "\n");

    Run run = Run.of("assess", "--record", lines.toString(), "--as-of", "2026-11-25",
        "--format", "json");

    assertThat(run.exitCode).as(run.toString()).isZero();
    JsonNode list = new ObjectMapper().readTree(run.out);
    assertThat(list).hasSize(2);
    assertThat(list.get(1).get("participant").asText()).isEqualTo("P-0002");
  }

  @Test
  void aBadJsonLineNamesTheRecordAndTheLine() throws Exception {
    String one = oneLine(Files.readString(record()));
    Path lines = Files2.write(dir.resolve("records.ndjson"),
        one + "\n" + one.replace("LEICESTER_CITY", "LEICESTER") + "\n");

    Run run = Run.of("assess", "--record", lines.toString(), "--as-of", "2026-11-25");

    assertOneErrorLine(run, "records.ndjson: 'LEICESTER' at $[1].homeArea is not a home area",
        "(line 2)");
    assertThat(run.out).isEmpty();
  }

  /** More records than one batch: each is written, in order, as the list's text would be. */
  @Test
  void aListLongerThanABatchIsAssessedWhole() throws Exception {
    String one = Files.readString(record());
    int count = AssessCommand.BATCH * 2 + 7;
    Path list = Files2.write(dir.resolve("long.json"), IntStream.range(0, count)
        .mapToObj(i -> one.replace("P-0001", "P-" + i))
        .collect(Collectors.joining(",", "[", "]")));

    Run json = Run.of("assess", "--record", list.toString(), "--as-of", "2026-11-25",
        "--format", "json");
    Run text = Run.of("assess", "--record", list.toString(), "--as-of", "2026-11-25");

    assertThat(json.exitCode).as(json.err).isZero();
    JsonNode read = new ObjectMapper().readTree(json.out);
    assertThat(read).hasSize(count);
    assertThat(read.get(count - 1).get("participant").asText()).isEqualTo("P-" + (count - 1));
    assertThat(text.exitCode).as(text.err).isZero();
    assertThat(text.out.lines().filter(l -> l.startsWith("P-"))).hasSize(count);
  }

  /**
   * A mistake after the first batch stops the run with exit 2 and one error line naming the
   * record; the assessments before it have been written, and a JSON list is left open so that it
   * cannot pass for the whole.
   */
  @Test
  void aMistakeAfterTheFirstBatchStopsWithItsPath() throws Exception {
    String one = Files.readString(record());
    int bad = AssessCommand.BATCH + 234;
    Path list = Files2.write(dir.resolve("long.json"), IntStream.range(0, bad + 10)
        .mapToObj(i -> one.replace("P-0001", "P-" + i)
            .replace("LEICESTER_CITY", i == bad ? "NOWHERE" : "LEICESTER_CITY"))
        .collect(Collectors.joining(",", "[", "]")));

    Run json = Run.of("assess", "--record", list.toString(), "--as-of", "2026-11-25",
        "--format", "json");

    assertOneErrorLine(json, "long.json: 'NOWHERE' at $[" + bad + "].homeArea is not a home area");
    assertThat(json.out.strip()).startsWith("[").doesNotEndWith("]");
  }
}
