package uk.co.leicestershirecares.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.outcome.OutcomeCategory;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.outcome.OutcomeId;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.core.reason.Source;
import uk.co.leicestershirecares.report.QuarterlyReport;
import uk.co.leicestershirecares.report.ReportDataSet;
import uk.co.leicestershirecares.report.ReportGenerator;

/** The output formats: field names, order, shape and stability. */
class CaresJsonWriteTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

  static final String DATA_SET = "{\"participants\": [" + CaresJsonReadTest.EXAMPLE
      + "], \"sessions\": [{\"id\": \"S-17\", \"programme\": \"LEAVING_CARE\","
      + " \"date\": \"2026-11-10\", \"kind\": \"GROUP\"}],"
      + " \"partners\": [{\"name\": \"Hastings Direct\", \"member\": true, \"involvements\":"
      + " [{\"type\": \"FUNDING\", \"date\": \"2026-10-02\", \"amountPence\": 100000},"
      + " {\"type\": \"MOCK_INTERVIEW\", \"date\": \"2026-10-03\", \"programme\": \"WIRE\"}]}]}";

  private static JsonNode parse(String json) throws Exception {
    return JSON.readTree(json);
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> i = object.fieldNames(); i.hasNext(); ) {
      names.add(i.next());
    }
    return names;
  }

  @Test
  void aRecordIsWrittenInTheInputFormatWithAFixedLayout() {
    ParticipantRecord record = CaresJson.readRecord("""
        {"homeArea": "RUTLAND", "id": "P-7",
         "outcomes": [{"date": "2026-06-20", "training": "CSCS", "type": "TRAINING_COMPLETED",
                       "id": "O-9"}],
         "circumstances": [{"from": "2023-01-10", "type": "CONVICTION"}]}""");

    assertThat(CaresJson.writeRecord(record)).isEqualTo("""
        {
          "id": "P-7",
          "homeArea": "RUTLAND",
          "circumstances": [
            {
              "type": "CONVICTION",
              "from": "2023-01-10"
            }
          ],
          "referrals": [],
          "enrolments": [],
          "attendances": [],
          "placements": [],
          "mentoringMatches": [],
          "outcomes": [
            {
              "id": "O-9",
              "type": "TRAINING_COMPLETED",
              "training": "CSCS",
              "date": "2026-06-20"
            }
          ]
        }""");
  }

  @Test
  void writingTheExampleAndReadingItBackGivesTheSameRecord() {
    ParticipantRecord example = CaresJsonReadTest.exampleModel();

    String written = CaresJson.writeRecord(example);

    assertThat(CaresJson.readRecord(written)).isEqualTo(example);
    assertThat(CaresJson.writeRecord(CaresJson.readRecord(written))).isEqualTo(written);
    assertThat(written).doesNotContain("\r", "\t");
    assertThat(CaresJson.readRecords(CaresJson.writeRecords(List.of(example, example))))
        .containsExactly(example, example);
  }

  @Test
  void aDataSetIsWrittenInTheInputFormat() throws Exception {
    ReportDataSet data = CaresJson.readDataSet(DATA_SET);

    String written = CaresJson.writeDataSet(data);

    assertThat(CaresJson.readDataSet(written)).isEqualTo(data);
    JsonNode tree = parse(written);
    assertThat(names(tree)).containsExactly("participants", "sessions", "partners");
    assertThat(names(tree.get("sessions").get(0))).containsExactly("id", "programme", "date", "kind");
    JsonNode partner = tree.get("partners").get(0);
    assertThat(names(partner)).containsExactly("name", "member", "involvements");
    assertThat(names(partner.get("involvements").get(0)))
        .containsExactly("type", "date", "amountPence");
    assertThat(partner.get("involvements").get(0).get("amountPence").isIntegralNumber()).isTrue();
    assertThat(names(partner.get("involvements").get(1))).containsExactly("type", "date", "programme");
  }

  @Test
  void anAssessmentHasTheDocumentedFieldsInOrder() throws Exception {
    Assessment assessment =
        ReferencePolicy.withDefaults().assess(CaresJsonReadTest.exampleModel(), AS_OF);

    JsonNode tree = parse(CaresJson.writeAssessment(assessment));

    assertThat(names(tree)).containsExactly("participant", "asOf", "planYear", "stage",
        "employmentPathway", "eligibility", "outcomes");
    assertThat(tree.get("participant").asText()).isEqualTo("P-0001");
    assertThat(tree.get("asOf").asText()).isEqualTo("2026-11-25");
    assertThat(tree.get("planYear").asText()).isEqualTo("2026/27");
    assertThat(names(tree.get("stage"))).containsExactly("value", "reasons");
    assertThat(tree.get("stage").get("value").asText()).isEqualTo(assessment.stage().name());
    assertThat(names(tree.get("employmentPathway"))).containsExactly("value", "reasons");
    JsonNode reason = tree.get("stage").get("reasons").get(0);
    assertThat(names(reason)).containsExactly("ruleId", "text", "source");
    assertThat(names(reason.get("source"))).containsExactly("document", "sentence");
    assertThat(reason.get("ruleId").asText())
        .isEqualTo(assessment.stageReasons().get(0).ruleId());

    JsonNode eligibility = tree.get("eligibility");
    assertThat(eligibility).hasSize(assessment.eligibility().size());
    JsonNode wire = eligibility.get(1);
    assertThat(names(wire)).containsExactly("programme", "outcome", "priority", "planYear",
        "reasons", "missing");
    assertThat(wire.get("programme").asText()).isEqualTo("WIRE");
    // "priority" is a JSON boolean on every decision, false where a programme has no groups.
    for (int i = 0; i < eligibility.size(); i++) {
      assertThat(eligibility.get(i).get("priority").isBoolean()).isTrue();
      assertThat(eligibility.get(i).get("priority").asBoolean())
          .isEqualTo(assessment.eligibility().get(i).priority());
    }
    assertThat(wire.get("priority").asBoolean()).isFalse();
    // P-0001's conviction began at 17: youth-justice involved, a priority of the 2024-25 plan.
    JsonNode targeted = eligibility.get(5);
    assertThat(targeted.get("programme").asText()).isEqualTo("TARGETED_YOUTH_WORK");
    assertThat(targeted.get("priority").asBoolean()).isTrue();
    assertThat(wire.get("outcome").asText())
        .isEqualTo(assessment.decision(ProgrammeCode.WIRE).outcome().name());
    JsonNode leavingCare = eligibility.get(2);
    assertThat(leavingCare.get("outcome").asText()).isEqualTo("NOT_ELIGIBLE");
    assertThat(names(leavingCare.get("missing").get(0))).containsExactly("ruleId", "text");

    JsonNode outcome = tree.get("outcomes").get(0);
    assertThat(names(outcome)).containsExactly("id", "category", "ete", "hard", "stage",
        "sustained13Weeks", "sustained26Weeks", "reasons");
    assertThat(outcome.get("id").asText()).isEqualTo("O-9");
    assertThat(outcome.get("ete").isBoolean()).isTrue();
  }

  @Test
  void anOutcomeThatEvidencesNoStageHasANullStage() throws Exception {
    Assessment evaluated =
        ReferencePolicy.withDefaults().assess(CaresJsonReadTest.exampleModel(), AS_OF);
    Assessment assessment = Assessment.builder()
        .from(evaluated)
        .outcomes(List.of(OutcomeClassification.builder()
            .outcome(OutcomeId.of("O-1"))
            .category(OutcomeCategory.ADDITIONAL)
            .ete(false)
            .hard(false)
            .sustained13Weeks(false)
            .sustained26Weeks(false)
            .addReason(Reason.of("OUTCOME.additional", "An additional outcome.",
                Source.of("policy-decisions.md", "A sentence.")))
            .build()))
        .build();

    JsonNode outcome = parse(CaresJson.writeAssessment(assessment)).get("outcomes").get(0);

    assertThat(outcome.has("stage")).isTrue();
    assertThat(outcome.get("stage").isNull()).isTrue();
  }

  @Test
  void assessmentsAreWrittenAsAList() throws Exception {
    ReferencePolicy policy = ReferencePolicy.withDefaults();
    Assessment first = policy.assess(CaresJsonReadTest.exampleModel(), AS_OF);
    Assessment second = policy.assess(CaresJsonReadTest.exampleModel(), AS_OF.minusYears(1));

    JsonNode list = parse(CaresJson.writeAssessments(List.of(first, second)));

    assertThat(list.isArray()).isTrue();
    assertThat(list.get(0)).isEqualTo(parse(CaresJson.writeAssessment(first)));
    assertThat(list.get(1)).isEqualTo(parse(CaresJson.writeAssessment(second)));
    assertThat(CaresJson.writeAssessments(List.of())).isEqualTo("[]");
  }

  @Test
  void aReportHasItsPeriodLinesPartnersAndFunding() throws Exception {
    ReportDataSet data = CaresJson.readDataSet(DATA_SET);
    QuarterlyReport report = ReportGenerator.withReferencePolicy()
        .quarterly(data, FinancialQuarter.parse("2026/27 Q3"));

    JsonNode tree = parse(CaresJson.writeReport(report));

    assertThat(names(tree)).containsExactly("programme", "period", "lines", "indicators",
        "partners", "fundingReceivedPence");
    assertThat(tree.get("programme").isNull()).isTrue();
    assertThat(names(tree.get("period"))).containsExactly("label", "start", "end");
    assertThat(tree.get("period").get("start").asText()).isEqualTo("2026-10-01");
    assertThat(tree.get("period").get("end").asText()).isEqualTo("2026-12-31");
    assertThat(tree.get("period").get("label").asText()).isEqualTo(report.period().label());
    JsonNode lines = tree.get("lines");
    assertThat(lines).hasSize(report.lines().size());
    for (int i = 0; i < lines.size(); i++) {
      JsonNode line = lines.get(i);
      assertThat(names(line)).containsExactly("key", "label", "count", "sources", "evidence");
      assertThat(line.get("key").asText()).isEqualTo(report.lines().get(i).key());
      assertThat(line.get("count").asLong()).isEqualTo(report.lines().get(i).count());
      assertThat(line.get("sources")).hasSize(report.lines().get(i).sources().size());
    }
    JsonNode partner = tree.get("partners").get(0);
    assertThat(names(partner)).containsExactly("partner", "member", "involvements",
        "fundingPence", "sources");
    assertThat(partner.get("partner").asText()).isEqualTo("Hastings Direct");
    assertThat(partner.get("involvements").get(0).asText()).isEqualTo("FUNDING");
    assertThat(partner.get("fundingPence").asLong()).isEqualTo(100_000L);
    assertThat(tree.get("fundingReceivedPence").asLong()).isEqualTo(100_000L);
  }

  /** Three people who finished WIRE in 2023/24 Q1, the first {@code trained} of them trained. */
  static ReportDataSet wireFinishers(int trained) {
    StringBuilder people = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      people.append(i == 1 ? "" : ", ").append("{\"id\": \"P-").append(i)
          .append("\", \"homeArea\": \"RUTLAND\", \"enrolments\": [{\"programme\": \"WIRE\",")
          .append(" \"status\": \"COMPLETED\", \"from\": \"2023-01-02\", \"to\": \"2023-05-05\"}]")
          .append(i <= trained ? ", \"outcomes\": [{\"id\": \"O-1\", \"type\": \"TRAINING_COMPLETED\","
              + " \"training\": \"CSCS\", \"date\": \"2023-03-01\"}]" : "")
          .append('}');
    }
    return CaresJson.readDataSet("{\"participants\": [" + people + "]}");
  }

  @Test
  void aReportsIndicatorsHaveTheirKeyCountsPercentAndSources() throws Exception {
    QuarterlyReport report = ReportGenerator.withReferencePolicy()
        .quarterly(wireFinishers(2), ProgrammeCode.WIRE, FinancialQuarter.parse("2023/24 Q1"));

    String written = CaresJson.writeReport(report);
    JsonNode indicators = parse(written).get("indicators");

    assertThat(indicators).hasSize(1);
    JsonNode wire = indicators.get(0);
    assertThat(names(wire)).containsExactly("key", "label", "numerator", "denominator", "percent",
        "numeratorSources", "denominatorSources");
    assertThat(wire.get("key").asText()).isEqualTo("wireFurtherTrainingOrSustainedEmployment");
    assertThat(wire.get("label").asText())
        .isEqualTo("WIRE finishers who went on to further training or sustained employment");
    assertThat(wire.get("numerator").isIntegralNumber()).isTrue();
    assertThat(wire.get("numerator").asLong()).isEqualTo(2);
    assertThat(wire.get("denominator").asLong()).isEqualTo(3);
    assertThat(wire.get("percent").isNumber()).isTrue();
    assertThat(written).contains("\"percent\": 66.7,").doesNotContain("E+");
    assertThat(wire.get("numeratorSources")).extracting(JsonNode::asText)
        .containsExactly("P-1", "P-2");
    assertThat(wire.get("denominatorSources")).extracting(JsonNode::asText)
        .containsExactly("P-1", "P-2", "P-3");
  }

  @Test
  void anIndicatorsPercentIsNullWithNoDenominator_andWrittenPlainWhenWhole() throws Exception {
    String none = CaresJson.writeReport(ReportGenerator.withReferencePolicy().quarterly(
        wireFinishers(3), ProgrammeCode.LEAVING_CARE, FinancialQuarter.parse("2023/24 Q1")));
    String all = CaresJson.writeReport(ReportGenerator.withReferencePolicy().quarterly(
        wireFinishers(3), ProgrammeCode.WIRE, FinancialQuarter.parse("2023/24 Q1")));

    JsonNode empty = parse(none).get("indicators").get(0);
    assertThat(empty.get("percent").isNull()).isTrue();
    assertThat(empty.get("denominator").asLong()).isZero();
    assertThat(empty.get("denominatorSources")).isEmpty();
    assertThat(all).contains("\"percent\": 100.0,");
  }

  @Test
  void aProgrammesReportNamesTheProgramme() throws Exception {
    QuarterlyReport report = ReportGenerator.withReferencePolicy().quarterly(
        CaresJson.readDataSet(DATA_SET), ProgrammeCode.WIRE, FinancialQuarter.parse("2026/27 Q3"));

    String written = CaresJson.writeReport(report);

    assertThat(parse(written).get("programme").asText()).isEqualTo("WIRE");
    assertThat(CaresJson.writeReport(report)).isEqualTo(written);
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    assertThatThrownBy(() -> CaresJson.writeRecord(null))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("record must not be null");
    assertThatThrownBy(() -> CaresJson.readRecord((String) null))
        .isInstanceOf(InvalidRecordException.class)
        .isNotInstanceOf(JsonFormatException.class);
    assertThatThrownBy(() -> CaresJson.writeAssessments(java.util.Arrays.asList((Assessment) null)))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("assessments[0] must not be null");
  }
}
