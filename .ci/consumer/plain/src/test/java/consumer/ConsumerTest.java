package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.json.CaresJson;
import uk.co.leicestershirecares.report.QuarterlyReport;
import uk.co.leicestershirecares.report.ReportDataSet;
import uk.co.leicestershirecares.report.ReportGenerator;
import uk.co.leicestershirecares.report.ReportPeriod;
import uk.co.leicestershirecares.report.ReportScope;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.testing.CaresGenerators;

/**
 * What a newcomer does first: assess records with both engines, write the answer as JSON and
 * count a quarterly report.
 */
class ConsumerTest {

  private static final String RECORD = "{\"id\": \"P-0001\", \"dateOfBirth\": \"2006-03-04\","
      + " \"homeArea\": \"LEICESTER_CITY\","
      + " \"circumstances\": [{\"type\": \"CONVICTION\", \"from\": \"2025-01-06\"}],"
      + " \"enrolments\": [{\"programme\": \"UP\", \"status\": \"COMPLETED\","
      + " \"from\": \"2025-03-10\", \"to\": \"2025-09-30\"}]}";

  @Test
  void theShippedRulesAnswerAsTheReferenceDoes() {
    ParticipantRecord record = CaresJson.readRecord(RECORD);
    LocalDate asOf = LocalDate.of(2026, 11, 25);
    Policy rules = CaresRules.newBuilder().build();
    Assessment assessment = rules.assess(record, asOf);

    assertEquals(ReferencePolicy.withDefaults().assess(record, asOf), assessment);
    String json = CaresJson.writeAssessment(assessment);
    assertTrue(json.contains("\"eligibility\"") && json.contains("WIRE.progression-from-UP"), json);
  }

  @Test
  void theTestingKitGeneratesRecordsBothEnginesAgreeOn() {
    Policy rules = CaresRules.newBuilder().build();
    Policy reference = ReferencePolicy.withDefaults();
    LocalDate asOf = LocalDate.of(2026, 11, 25);
    Random random = new Random(1);
    for (int i = 0; i < 50; i++) {
      ParticipantRecord record = CaresGenerators.records().next(random);
      assertEquals(reference.assess(record, asOf), rules.assess(record, asOf));
    }
  }

  @Test
  void aReportCountedWithTheShippedRulesIsTheReferenceReport() {
    ReportDataSet data = ReportDataSet.builder()
        .addParticipants(CaresJson.readRecord(RECORD))
        .build();
    ReportPeriod quarter = ReportPeriod.of(FinancialQuarter.parse("2025/26 Q2"));
    QuarterlyReport report = ReportGenerator.using(CaresRules.newBuilder().build())
        .report(data, ReportScope.allProgrammes(), quarter);

    assertEquals(ReportGenerator.withReferencePolicy()
        .report(data, ReportScope.allProgrammes(), quarter), report);
    String json = CaresJson.writeReport(report);
    assertTrue(json.contains("\"youngPeopleWorkedWith\""), json);
  }
}
