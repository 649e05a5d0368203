package uk.co.leicestershirecares.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest {
  @TempDir Path dir;

  private Path record() {
    return Files2.copy("record.json", dir);
  }

  @Test
  void printsTheAssessmentForPeople() {
    Run run = Run.of("assess", "--record", record().toString(), "--as-of", "2026-11-25");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .startsWith("P-0001 on 2026-11-25 (plan year 2026/27)\n")
        .contains("  stage: TO\n", "  employment pathway: OPEN\n", "  UP: ELIGIBLE\n",
            "[UP.age]", "  LEAVING_CARE: NOT_ELIGIBLE\n", "missing: is care experienced",
            "O-10: EMPLOYMENT, ETE, hard, sustained 13 weeks");
  }

  @Test
  void writesTheDocumentedJson() throws Exception {
    Run run = Run.of("assess", "--record", record().toString(), "--as-of", "2026-11-25",
        "--format", "json");

    assertThat(run.exitCode).as(run.toString()).isZero();
    JsonNode list = new ObjectMapper().readTree(run.out);
    assertThat(list.isArray()).isTrue();
    assertThat(list).hasSize(1);
    JsonNode a = list.get(0);
    assertThat(a.get("participant").asText()).isEqualTo("P-0001");
    assertThat(a.get("asOf").asText()).isEqualTo("2026-11-25");
    assertThat(a.get("planYear").asText()).isEqualTo("2026/27");
    assertThat(a.get("stage").get("value").asText()).isEqualTo("TO");
    assertThat(a.get("stage").get("reasons").isArray()).isTrue();
    assertThat(a.get("employmentPathway").get("value").asText()).isEqualTo("OPEN");
    assertThat(a.get("employmentPathway").get("reasons")).isNotEmpty();
    JsonNode up = a.get("eligibility").get(0);
    assertThat(up.get("programme").asText()).isEqualTo("UP");
    assertThat(up.get("outcome").asText()).isEqualTo("ELIGIBLE");
    JsonNode reason = up.get("reasons").get(0);
    assertThat(reason.get("ruleId").asText()).isEqualTo("UP.age");
    assertThat(reason.has("text")).isTrue();
    assertThat(reason.has("source")).isTrue();
    JsonNode leavingCare = a.get("eligibility").get(2);
    assertThat(leavingCare.get("missing").get(0).get("ruleId").asText())
        .isEqualTo("LEAVING_CARE.care-experienced");
    assertThat(leavingCare.get("missing").get(0).has("text")).isTrue();
    JsonNode outcome = a.get("outcomes").get(1);
    assertThat(outcome.get("id").asText()).isEqualTo("O-10");
    assertThat(outcome.get("category").asText()).isEqualTo("EMPLOYMENT");
    assertThat(outcome.get("ete").asBoolean()).isTrue();
    assertThat(outcome.get("hard").asBoolean()).isTrue();
    assertThat(outcome.has("stage")).isTrue();
    assertThat(outcome.get("sustained13Weeks").asBoolean()).isTrue();
    assertThat(outcome.get("sustained26Weeks").asBoolean()).isFalse();
  }

  @Test
  void assessesEachRecordOfAList() throws Exception {
    String one = Files.readString(record());
    Path list = Files2.write(dir.resolve("records.json"),
        "[" + one + "," + one.replace("P-0001", "P-0002") + "]");

    Run json = Run.of("assess", "--record", list.toString(), "--as-of", "2026-11-25",
        "--format", "JSON");
    Run text = Run.of("assess", "--record", list.toString(), "--as-of", "2026-11-25");

    assertThat(json.exitCode).as(json.toString()).isZero();
    JsonNode read = new ObjectMapper().readTree(json.out);
    assertThat(read).hasSize(2);
    assertThat(read.get(1).get("participant").asText()).isEqualTo("P-0002");
    assertThat(text.out).contains("P-0001 on 2026-11-25", "\n\nP-0002 on 2026-11-25");
  }

  @Test
  void saysSoWhenAListIsEmpty() {
    Path empty = Files2.write(dir.resolve("none.json"), "[]");

    Run text = Run.of("assess", "--record", empty.toString());
    Run json = Run.of("assess", "--record", empty.toString(), "--format", "json");

    assertThat(text.exitCode).isZero();
    assertThat(text.out).isEqualTo(empty + " holds no records.\n");
    assertThat(json.out.strip()).isEqualTo("[]");
  }

  @Test
  void defaultsToToday() {
    Run run = Run.of("assess", "--record", record().toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).startsWith("P-0001 on " + java.time.LocalDate.now() + " ");
  }
}
