package uk.co.leicestershirecares.cli;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.json.CaresJson;

/**
 * Issue 21, item 7: "at least 500 malformed or hostile inputs to {@code assess} and {@code
 * report} (generated, including the ones above) each give exit code 2 and one clean {@code
 * error:} line without a stack trace, an exception class name or an echoed date of birth or
 * circumstance". Measured before: "Bad input, 691 tried: 678 clear, 13 not."
 *
 * <p>The inputs are generated from one valid record (and a data set holding it) whose date of
 * birth and circumstances are the secrets no output may hold: every value replaced by values of
 * the wrong type, out of range, too long, with escapes and line breaks; the text cut short at many
 * places; other encodings and bytes that are no encoding; deep nesting; JSON Lines broken in each
 * way; files that are not files (pipes, devices, folders, links to devices, missing, named with
 * escapes), files over the size limit; and options out of range. A replacement the record format
 * accepts (a partner's name may be any text) is no mistake: it must be assessed (exit 0) or
 * refused as cleanly.
 */
final class HostileInputTest {
  /** The date of birth and the circumstances: never in the output of a run that fails. */
  private static final List<String> SECRETS = List.of(
      "1987-06-05", "2011-11-11", "2012-12-12", "2013-01-13", "CONVICTION", "ROUGH_SLEEPING");

  private static final String RECORD = """
      {
        "id": "P-0001",
        "dateOfBirth": "1987-06-05",
        "homeArea": "LEICESTER_CITY",
        "circumstances": [ { "type": "CONVICTION", "from": "2011-11-11" },
                           { "type": "ROUGH_SLEEPING", "from": "2012-12-12", "to": "2013-01-13" } ],
        "referrals": [ { "programme": "WIRE", "date": "2025-01-02", "source": "SELF" } ],
        "enrolments": [ { "programme": "UP", "status": "COMPLETED", "from": "2025-01-10", "to": "2025-09-30" } ],
        "attendances": [ { "date": "2026-11-10", "kind": "GROUP", "programme": "LEAVING_CARE", "session": "S-17" } ],
        "placements": [ { "partner": "Walkers Deli", "programme": "WIRE", "sector": "FOOD_PRODUCTION", "from": "2026-06-01", "to": "2026-06-12", "mentored": true, "paid": false } ],
        "mentoringMatches": [ { "programme": "CARE_LEAVER_MENTORING", "from": "2026-01-05" } ],
        "outcomes": [ { "id": "O-9", "type": "TRAINING_COMPLETED", "training": "CSCS", "date": "2026-06-20", "programme": "WIRE" },
                      { "id": "O-10", "type": "EMPLOYMENT", "date": "2026-07-01" } ]
      }
      """;

  /** Each value of the record, as written in it (the first place it is written). */
  private static final List<String> SLOTS = List.of(
      "\"P-0001\"", "\"1987-06-05\"", "\"LEICESTER_CITY\"", "\"CONVICTION\"", "\"2011-11-11\"",
      "\"2013-01-13\"", "\"WIRE\"", "\"2025-01-02\"", "\"SELF\"", "\"COMPLETED\"",
      "\"2025-09-30\"", "\"GROUP\"", "\"S-17\"", "\"Walkers Deli\"", "\"FOOD_PRODUCTION\"",
      "true", "\"CARE_LEAVER_MENTORING\"", "\"O-9\"", "\"CSCS\"", "\"EMPLOYMENT\"",
      "[ { \"type\"", "\"outcomes\"");

  /** What each value is replaced by: JSON text, not all of it valid JSON. */
  private static final List<String> REPLACEMENTS = List.of(
      "42", "-1", "1e999", "123456789012345678901234567890123456789", "0.5", "\"x\"", "\"\"",
      "[]", "{}", "null", "false", "\"\\u001b[31mRED\\u001b[0m\"", "\"\u001b[2J\"",
      "\"line\\nbreak\"", "\"tab\there\"", "\"2005-02-30\"", "\"-999999999-01-01\"",
      "\"+10000-01-01\"", "\"0000-00-00\"", "\"9999-12-31\"", "\"0000-01-01\"", "\"\\ud800\"",
      "\"\u202eevil\"", "\"" + "A".repeat(70_000) + "\"", "'single'", "NaN", "undefined",
      "\"unterminated", "{\"nested\": [1, {\"deeper\": null}]}");

  @TempDir Path dir;

  private int files;

  /** One run of the command: what it is called in reports, and its arguments. */
  private record Case(String name, List<String> args, boolean mayBeValid) {}

  private static String dataSet(String record) {
    return "{ \"participants\": [ " + record + " ], \"sessions\": [ { \"id\": \"S-17\","
        + " \"programme\": \"LEAVING_CARE\", \"date\": \"2026-11-10\", \"kind\": \"GROUP\" } ],"
        + " \"partners\": [ { \"name\": \"Walkers Deli\", \"member\": true, \"involvements\":"
        + " [ { \"type\": \"FUNDING\", \"date\": \"2026-10-02\", \"amountPence\": 100000 } ] } ] }";
  }

  private Path file(String suffix, byte[] bytes) {
    try {
      return Files.write(dir.resolve("input-" + files++ + suffix), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path file(String suffix, String text) {
    return file(suffix, text.getBytes(UTF_8));
  }

  private static Case assess(String name, Path record, String... more) {
    List<String> args = new ArrayList<>(List.of("assess", "--record", record.toString(),
        "--as-of", "2026-11-25"));
    args.addAll(List.of(more));
    return new Case("assess " + name, args, false);
  }

  private static Case report(String name, Path data, String... more) {
    List<String> args = new ArrayList<>(List.of("report", "--data", data.toString(),
        "--quarter", "2026/27-Q3", "--format", "json"));
    args.addAll(List.of(more));
    return new Case("report " + name, args, false);
  }

  /** Whether {@code read} accepts {@code text}: the CLI must then answer, not refuse. */
  private static boolean readable(Consumer<String> read, String text) {
    try {
      read.accept(text);
      return true;
    } catch (InvalidRecordException e) {
      return false;
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  /** Generates every case; files are written under {@link #dir}. */
  List<Case> cases() throws Exception {
    List<Case> cases = new ArrayList<>();

    // Every value replaced by every replacement, in a record and in a data set.
    for (String slot : SLOTS) {
      for (String replacement : REPLACEMENTS) {
        String record = RECORD.replaceFirst(java.util.regex.Pattern.quote(slot),
            java.util.regex.Matcher.quoteReplacement(replacement));
        boolean valid = readable(CaresJson::readRecords, record);
        String name = slot + " -> " + replacement;
        Case a = assess(name, file(".json", record));
        Case r = report(name, file(".json", dataSet(record)));
        cases.add(new Case(a.name(), a.args(), valid));
        cases.add(new Case(r.name(), r.args(), valid));
      }
    }

    // The amount of funding, in a data set only.
    for (String replacement : REPLACEMENTS) {
      String data = dataSet(RECORD).replace("100000", replacement);
      Case r = report("amountPence -> " + replacement, file(".json", data));
      cases.add(new Case(r.name(), r.args(), readable(CaresJson::readDataSet, data)));
    }

    // The text cut short.
    for (int cut = 0; cut < RECORD.length() - 2; cut += 23) {
      cases.add(assess("cut at " + cut, file(".json", RECORD.substring(0, cut))));
      String data = dataSet(RECORD);
      cases.add(report("cut at " + cut,
          file(".json", data.substring(0, Math.min(data.length() - 1, cut * 2)))));
    }

    // A model rule broken: dates in an impossible order, about sensitive fields too.
    List<Function<String, String>> broken = List.of(
        r -> r.replace("\"2026-11-10\"", "\"1980-01-01\""),
        r -> r.replace("\"to\": \"2013-01-13\"", "\"to\": \"2012-01-01\""),
        r -> r.replace("\"to\": \"2025-09-30\"", "\"to\": \"2024-01-01\""),
        r -> r.replace("\"2011-11-11\"", "\"1980-01-01\""),
        r -> r.replace("\"O-10\"", "\"O-9\""),
        r -> r.replace("\"type\": \"EMPLOYMENT\",", "\"type\": \"EMPLOYMENT\", \"training\":"
            + " \"CSCS\","),
        r -> r.replace("\"id\": \"P-0001\",", "\"id\": \"P-0001\", \"id\": \"P-0002\","),
        r -> r.replace("\"id\": \"P-0001\",", "\"colour\": \"\\u001b[31m\","),
        r -> r.replace("\"id\": \"P-0001\",", ""),
        r -> r + " trailing",
        r -> r + r,
        r -> "[" + r + ", " + r.replace("LEICESTER_CITY", "NOWHERE") + "]",
        r -> "[" + r + ",]",
        r -> "[" + r + " " + r + "]");
    for (int i = 0; i < broken.size(); i++) {
      String record = broken.get(i).apply(RECORD);
      cases.add(assess("broken " + i, file(".json", record)));
      cases.add(report("broken " + i, file(".json", dataSet(record))));
    }
    cases.add(report("two participants with one id",
        file(".json", dataSet(RECORD + ", " + RECORD))));
    cases.add(report("participants not a list",
        file(".json", "{ \"participants\": 5, \"sessions\": [], \"partners\": [] }")));
    cases.add(report("a record, not a data set", file(".json", RECORD)));
    cases.add(report("a list, not a data set", file(".json", "[" + RECORD + "]")));

    // Encodings and bytes that are no encoding.
    byte[] bom8 = bytes(0xEF, 0xBB, 0xBF);
    List<byte[]> encodings = new ArrayList<>(List.of(
        new byte[0], bom8, "   \n\t ".getBytes(UTF_8), bytes(0, 0, 0, 0),
        concat(bom8, "{ nope".getBytes(UTF_8)), concat(bom8, bom8, RECORD.getBytes(UTF_8)),
        bytes(0xFF, 0xFE), bytes(0xFE, 0xFF, 0x00), bytes(0x00, 0x00, 0xFE, 0xFF, 0x00),
        concat(bytes(0xFF, 0xFE), "{ \"id\": ".getBytes(UTF_16LE)),
        concat(bytes(0xFE, 0xFF), "[ 1, 2 ]".getBytes(UTF_16BE)),
        RECORD.replace("LEICESTER_CITY", "LEIC\u00c9STER").getBytes(UTF_16LE),
        concat("{ \"id\": \"".getBytes(UTF_8), bytes(0xC0, 0x80), "\" }".getBytes(UTF_8)),
        concat("{ \"id\": \"".getBytes(UTF_8), bytes(0xED, 0xA0, 0x80), "\" }".getBytes(UTF_8)),
        concat("{ \"id\": \"".getBytes(UTF_8), bytes(0xFF, 0xFF), "\" }".getBytes(UTF_8)),
        concat("[".getBytes(UTF_8), bytes(0x80))));
    SplittableRandom random = new SplittableRandom(691);
    for (int i = 0; i < 30; i++) {
      byte[] noise = new byte[1 + random.nextInt(4096)];
      random.nextBytes(noise);
      encodings.add(noise);
    }
    for (int i = 0; i < encodings.size(); i++) {
      cases.add(assess("bytes " + i, file(".json", encodings.get(i))));
      cases.add(report("bytes " + i, file(".json", encodings.get(i))));
    }

    // Deep nesting, and a document that is far too long to be a value.
    List<String> deep = List.of(
        "[".repeat(100_000), "[".repeat(65) + "]".repeat(65), "{\"a\":".repeat(10_000),
        "[" + "{\"participants\": ".repeat(70), RECORD.replace("[ { \"type\"",
            "[ " + "[".repeat(80) + "{ \"type\""),
        "\"" + "x".repeat(3_000_000) + "\"", "[" + "1,".repeat(200_000) + "1]",
        "[" + "9".repeat(100_000) + "]");
    for (int i = 0; i < deep.size(); i++) {
      cases.add(assess("deep " + i, file(".json", deep.get(i))));
      cases.add(report("deep " + i, file(".json", deep.get(i))));
    }

    // JSON Lines, broken in each way.
    String line = RECORD.replaceAll("\\s*\\n\\s*", " ");
    List<String> jsonLines = List.of(
        RECORD, line + " " + line, "[" + line + "]", line + "\n42\n", line + "\n{\n",
        line + "\n" + line.replace("LEICESTER_CITY", "\\u001b[31m") + "\n",
        line + "\n" + line.replace("\"1987-06-05\"", "\"1987-06-31\"") + "\n",
        line + "\n" + line.replace("\"CONVICTION\"", "\"CONVICTIONS\"") + "\n",
        "\n\n\n" + line.substring(0, 50), "null\n", line + "\nnot json at all\n",
        line.replace("\"2011-11-11\"", "\"2011-11-11\u001b[2J\""));
    for (int i = 0; i < jsonLines.size(); i++) {
      cases.add(assess("lines " + i, file(".jsonl", jsonLines.get(i))));
    }

    // Files that are not files, or not there, or too large.
    Path good = file(".json", RECORD);
    Path goodData = file(".json", dataSet(RECORD));
    List<Path> notFiles = new ArrayList<>(List.of(
        dir.resolve("missing.json"), dir, dir.resolve("new\nline.json"),
        dir.resolve("\u001b[31mred\u001b[0m.json"), dir.resolve("bidi\u202e.json"),
        Files.createSymbolicLink(dir.resolve("broken-link.json"), dir.resolve("nowhere")),
        Files.createSymbolicLink(dir.resolve("loop-a.json"), dir.resolve("loop-b.json")),
        Files.createDirectories(dir.resolve("folder.json"))));
    Files.createSymbolicLink(dir.resolve("loop-b.json"), dir.resolve("loop-a.json"));
    for (String device : List.of("/dev/zero", "/dev/urandom", "/dev/null", "/dev/random",
        "/dev/full", "/dev/tty")) {
      if (Files.exists(Path.of(device), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        notFiles.add(Path.of(device));
        notFiles.add(Files.createSymbolicLink(
            dir.resolve("link" + device.replace('/', '-') + ".json"), Path.of(device)));
      }
    }
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("fifo.json").toString()).start();
    if (mkfifo.waitFor() == 0) {
      notFiles.add(dir.resolve("fifo.json"));
    }
    notFiles.add(Files.write(dir.resolve("bad\n\u001b[2Jname.json"), "{ nope".getBytes(UTF_8)));
    for (Path path : notFiles) {
      cases.add(assess("file " + path, path));
      cases.add(report("file " + path, path));
    }
    for (String limit : List.of("1", "100", "500", "900")) {
      cases.add(assess("limit " + limit, good, "--max-input-size", limit));
      cases.add(report("limit " + limit, goodData, "--max-input-size", limit));
    }

    // Options out of range or not understood.
    List<String> days = List.of("-999999999-01-01", "0000-01-01", "0001-01-01", "1899-03-31",
        "9999-04-01", "9999-12-31", "+10000-01-01", "+999999999-12-31", "2026-02-30",
        "25/11/2026", "2026-11-25\u001b[0m", "\u001b[31m2026-11-25", "2026-06-05x", "", " ",
        "2026-13-01", "20261125", "today");
    for (String day : days) {
      cases.add(new Case("assess --as-of " + day, List.of("assess", "--record", good.toString(),
          "--as-of", day), false));
      cases.add(new Case("explain --as-of " + day, List.of("explain", "--record",
          good.toString(), "--programme", "UP", "--as-of", day), false));
      cases.add(new Case("report --from " + day, List.of("report", "--data",
          goodData.toString(), "--from", day, "--to", "2026-12-31"), false));
      cases.add(new Case("report --to " + day, List.of("report", "--data",
          goodData.toString(), "--from", "2026-01-01", "--to", day), false));
    }
    for (String quarter : List.of("2026/27-Q5", "9999/00-Q1", "0000/01-Q1", "Q1", "",
        "\u001b[2J", "2026/28-Q1", "1898/99-Q4", "-1/00-Q1", "x".repeat(10_000))) {
      cases.add(new Case("report --quarter " + quarter, List.of("report", "--data",
          goodData.toString(), "--quarter", quarter), false));
    }
    for (String[] more : new String[][] {
        {"--format", "yaml"}, {"--format", "\u001b[31m"}, {"--max-input-size", "0"},
        {"--max-input-size", "-5"}, {"--max-input-size", "1x"}, {"--max-input-size", "9e9"},
        {"--rules", "/nowhere\u001b[31m"}, {"--as-fo", "2026-11-25"}, {"--record"},
        {"--\u001b[31m"}, {"extra"}}) {
      cases.add(assess("option " + String.join(" ", more), good, more));
      cases.add(report("option " + String.join(" ", more), goodData, more));
    }
    cases.add(report("--programme", goodData, "--programme", "NOPE\u001b[31m"));
    cases.add(report("--explain", goodData, "--explain", "no-such-line\n\u001b[31m"));
    cases.add(new Case("report without a period",
        List.of("report", "--data", goodData.toString()), false));
    cases.add(new Case("report --to before --from", List.of("report", "--data",
        goodData.toString(), "--from", "2026-12-31", "--to", "2026-01-01"), false));
    return cases;
  }

  /** Each case on one line, escaped, for the test's name. */
  private static String displayName(Case c) {
    String s = c.name().length() > 120 ? c.name().substring(0, 120) + "..." : c.name();
    return Errors.printable(s);
  }

  @TestFactory
  Stream<DynamicTest> eachHostileInputGivesExitCode2AndOneCleanErrorLine() throws Exception {
    return cases().stream().map(c -> dynamicTest(displayName(c), () -> check(c)));
  }

  @Test
  void thereAreAtLeast500HostileInputs() throws Exception {
    List<Case> cases = cases();
    long hostile = cases.stream().filter(c -> !c.mayBeValid()).count();
    assertThat(hostile).isGreaterThanOrEqualTo(500);
    assertThat(cases.stream().filter(c -> c.args().get(0).equals("assess")).count())
        .isGreaterThanOrEqualTo(250);
    assertThat(cases.stream().filter(c -> c.args().get(0).equals("report")).count())
        .isGreaterThanOrEqualTo(250);
  }

  private static void check(Case c) {
    Run run = Run.of(c.args().toArray(new String[0]));
    String described = displayName(c) + "\n" + run;
    if (c.mayBeValid() && run.exitCode == 0) {
      // A replacement the format allows: assessed or reported (an assessment is about the
      // circumstances, and says so), with nothing on standard error.
      assertThat(run.err).as(described).isEmpty();
      return;
    }
    for (String secret : SECRETS) {
      // A word of its own: DISCLOSURE_OF_CONVICTIONS is a training, named in lists of them.
      assertThat(run.out + run.err).as(described)
          .doesNotContainPattern("\\b" + java.util.regex.Pattern.quote(secret) + "\\b");
    }
    assertThat(run.exitCode).as(described).isEqualTo(2);
    assertThat(run.out).as(described).isEmpty();
    List<String> lines = run.err.lines().collect(Collectors.toList());
    assertThat(lines).as(described).isNotEmpty().hasSizeLessThanOrEqualTo(2);
    assertThat(lines.get(0)).as(described).startsWith("error: ");
    if (lines.size() == 2) {
      // Bad usage only: the line after the error says where help is.
      assertThat(lines.get(1)).as(described).startsWith("Try '").endsWith("--help' for more.");
    }
    assertThat(run.err).as(described)
        .doesNotContain("Exception", "\tat ", "at uk.", "at java.", "at com.", "at picocli.")
        .doesNotContain("please report it");
    assertThat(IntStream.range(0, run.err.length()).map(run.err::charAt)
        .filter(ch -> ch != '\n' && (Character.isISOControl(ch)
            || Character.getType(ch) == Character.FORMAT)))
        .as(described).isEmpty();
  }
}
