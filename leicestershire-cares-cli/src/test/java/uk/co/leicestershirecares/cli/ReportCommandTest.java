package uk.co.leicestershirecares.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
}
