package uk.co.leicestershirecares.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic Leaving Care data set of Q1 2023/24 (the same as the examples module's). */
class ReportCommandTest {
  @TempDir Path dir;

  private String data() {
    return Files2.copy("leaving-care-2023-24-q1.json", dir).toString();
  }

  @Test
  void printsTheMarkdownReport() {
    Run run = Run.of("report", "--data", data(), "--quarter", "2023/24-Q1",
        "--programme", "LEAVING_CARE");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("527 attendances");
  }

  @Test
  void writesJson() throws Exception {
    Run run = Run.of("report", "--data", data(), "--quarter", "Q1 2023/24",
        "--programme", "LEAVING_CARE", "--format", "json");

    assertThat(run.exitCode).as(run.toString()).isZero();
    JsonNode report = new ObjectMapper().readTree(run.out);
    assertThat(report.get("programme").asText()).isEqualTo("LEAVING_CARE");
    JsonNode attendances = null;
    for (JsonNode line : report.get("lines")) {
      if (line.get("key").asText().equals("attendances")) {
        attendances = line;
      }
    }
    assertThat(attendances).isNotNull();
    assertThat(attendances.get("count").asLong()).isEqualTo(527);
  }

  @Test
  void writesCsv() {
    Run run = Run.of("report", "--data", data(), "--quarter", "2023/24 Q1", "--format", "csv");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("attendances", "527");
  }

  /**
   * Issue 16, item 11: "Partner names are free text and funders open the CSV in Excel: neutralise
   * cells beginning with =, +, -, @, tab or carriage return". The CSV the command prints is
   * core's {@code CsvReport}: the partner names in the sources of {@code partnersInvolved} are
   * one quoted cell, and a name that begins it gets a {@code '} first.
   */
  @Test
  void writesCsv_withPartnerNamesNeutralised() throws Exception {
    Path data = dir.resolve("partners.json");
    Files.writeString(data, """
        { "participants": [], "sessions": [],
          "partners": [
            { "name": "=HYPERLINK(\\"http://x\\",\\"y\\")", "member": false,
              "involvements": [ { "type": "FUNDING", "date": "2023-05-02", "amountPence": 100 } ] },
            { "name": "@SUM(A1)", "member": false,
              "involvements": [ { "type": "MOCK_INTERVIEW", "date": "2023-05-03" } ] } ] }
        """);

    Run run = Run.of("report", "--data", data.toString(), "--quarter", "2023/24 Q1",
        "--format", "csv");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("\r\npartnersInvolved,Partners involved,2,"
        + "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\");@SUM(A1)\"\r\n");
    assertThat(run.out).doesNotContain(",=", ",@", "\n=", "\n@");
  }

  @Test
  void explainsOneNumber() {
    Run run = Run.of("report", "--data", data(), "--quarter", "2023/24-Q1",
        "--programme", "LEAVING_CARE", "--explain", "attendances");

    assertThat(run.exitCode).as(run.toString()).isZero();
    String[] ids = run.out.split("\n");
    assertThat(ids).hasSize(527).allMatch(id -> id.matches("P-[^/]+/attendances\\[\\d+]"));
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void rejectsAnUnknownLineQuarterOrProgramme() {
    Run line = Run.of("report", "--data", data(), "--quarter", "2023/24-Q1",
        "--explain", "biscuits");
    Run quarter = Run.of("report", "--data", data(), "--quarter", "2023/24-Q5");
    Run programme = Run.of("report", "--data", data(), "--quarter", "2023/24-Q1",
        "--programme", "FOOTBALL");

    assertThat(line.exitCode).isEqualTo(2);
    assertThat(line.err).startsWith("error: the report has no line 'biscuits'; its lines are ")
        .contains("attendances");
    assertThat(quarter.exitCode).isEqualTo(2);
    assertThat(quarter.err).startsWith("error: quarter '2023/24-Q5' is not written like");
    assertThat(programme.exitCode).isEqualTo(2);
    assertThat(programme.err).contains("unknown programme 'FOOTBALL'");
  }

  @Test
  void reportsAnyDaysGivenWithFromAndTo_inEveryFormat() throws Exception {
    Run markdown = Run.of("report", "--data", data(), "--from", "2023-04-01", "--to", "2023-06-30",
        "--programme", "LEAVING_CARE");
    Run json = Run.of("report", "--data", data(), "--from", "2023-04-01", "--to", "2023-06-30",
        "--programme", "LEAVING_CARE", "--format", "json");
    Run csv = Run.of("report", "--data", data(), "--from", "2023-04-01", "--to", "2023-06-30",
        "--format", "csv");
    Run explain = Run.of("report", "--data", data(), "--from", "2023-04-01", "--to", "2023-04-30",
        "--programme", "LEAVING_CARE", "--explain", "attendances");

    assertThat(markdown.exitCode).as(markdown.toString()).isZero();
    assertThat(markdown.out).startsWith("# Leaving Care Update 2023-04-01 to 2023-06-30\n")
        .contains("527 attendances")
        // The label is the days already: they are not repeated in brackets.
        .contains(" sessions across 2023-04-01 to 2023-06-30.\n");
    assertThat(json.exitCode).as(json.toString()).isZero();
    JsonNode period = new ObjectMapper().readTree(json.out).get("period");
    assertThat(period.get("label").asText()).isEqualTo("2023-04-01 to 2023-06-30");
    assertThat(period.get("start").asText()).isEqualTo("2023-04-01");
    assertThat(period.get("end").asText()).isEqualTo("2023-06-30");
    JsonNode indicator = new ObjectMapper().readTree(json.out).get("indicators").get(0);
    assertThat(indicator.get("key").asText()).isEqualTo("wireFurtherTrainingOrSustainedEmployment");
    assertThat(indicator.get("percent").isNull()).isTrue();
    assertThat(csv.exitCode).as(csv.toString()).isZero();
    assertThat(csv.out).contains("\r\nattendances,Attendances,527,")
        .contains("\r\n\r\nkey,label,numerator,denominator,percent,numeratorSources,"
            + "denominatorSources\r\nwireFurtherTrainingOrSustainedEmployment,");
    // April alone: fewer attendances than the quarter, each still an attendance id.
    assertThat(explain.exitCode).as(explain.toString()).isZero();
    assertThat(explain.out.split("\n")).hasSizeBetween(1, 526)
        .allMatch(id -> id.matches("P-[^/]+/attendances\\[\\d+]"));
  }

  @Test
  void rejectsAPeriodGivenTwiceHalfOrBackwards() {
    Run both = Run.of("report", "--data", data(), "--quarter", "2023/24-Q1",
        "--from", "2023-04-01", "--to", "2023-06-30");
    Run neither = Run.of("report", "--data", data());
    Run onlyFrom = Run.of("report", "--data", data(), "--from", "2023-04-01");
    Run onlyTo = Run.of("report", "--data", data(), "--to", "2023-06-30");
    Run backwards = Run.of("report", "--data", data(), "--from", "2023-06-30", "--to", "2023-04-01");
    Run badDate = Run.of("report", "--data", data(), "--from", "2023-02-30", "--to", "2023-06-30");

    assertOneError(both, "error: give either --quarter or --from and --to, not both");
    assertOneError(neither, "error: give the period: --quarter, or --from and --to");
    assertOneError(onlyFrom, "error: --from needs --to: give the last day of the period too");
    assertOneError(onlyTo, "error: --to needs --from: give the first day of the period too");
    assertOneError(backwards, "error: --to 2023-04-01 is before --from 2023-06-30");
    assertThat(badDate.exitCode).isEqualTo(2);
    assertThat(badDate.err).startsWith("error: ")
        .contains("'2023-02-30' is not a date written yyyy-MM-dd");
    assertThat(badDate.out).isEmpty();
  }

  private static void assertOneError(Run run, String line) {
    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.err).as(run.toString()).isEqualTo(line + System.lineSeparator());
    assertThat(run.out).isEmpty();
  }

  @Test
  void reportsSeed000sFiguresToDateFromTheUpAndWireDataSet() throws Exception {
    String upWire = Files2.copy("up-wire-2019-20.json", dir).toString();
    Run json = Run.of("report", "--data", upWire, "--from", "2019-09-01", "--to", "2020-03-31",
        "--format", "json");
    Run explain = Run.of("report", "--data", upWire, "--from", "2019-09-01", "--to", "2020-03-31",
        "--explain", "referredToWire");

    assertThat(json.exitCode).as(json.toString()).isZero();
    JsonNode report = new ObjectMapper().readTree(json.out);
    java.util.Map<String, Long> counts = new java.util.HashMap<>();
    report.get("lines").forEach(line -> counts.put(line.get("key").asText(), line.get("count").asLong()));
    // 000: "six candidates ... referred onto the WIRE project. Three candidates have also been
    // successfully housed and a further two have submitted housing applications"
    assertThat(counts).containsEntry("referredToWire", 6L).containsEntry("housingSecured", 3L)
        .containsEntry("housingApplications", 2L);
    JsonNode indicator = report.get("indicators").get(0);
    // 000: "two thirds of candidates go onto further training and sustainable employment"
    assertThat(indicator.get("numerator").asLong()).isEqualTo(6);
    assertThat(indicator.get("denominator").asLong()).isEqualTo(9);
    assertThat(indicator.get("percent").decimalValue()).isEqualByComparingTo("66.7");
    assertThat(explain.exitCode).as(explain.toString()).isZero();
    assertThat(explain.out.split("\n")).containsExactly(
        "P-UW-01", "P-UW-02", "P-UW-03", "P-UW-04", "P-UW-05", "P-UW-06");
  }
}
