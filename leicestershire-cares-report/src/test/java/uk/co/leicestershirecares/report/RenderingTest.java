package uk.co.leicestershirecares.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.engagement.Attendance;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.engagement.EnrolmentStatus;
import uk.co.leicestershirecares.core.engagement.Referral;
import uk.co.leicestershirecares.core.engagement.ReferralSource;
import uk.co.leicestershirecares.core.engagement.Sector;
import uk.co.leicestershirecares.core.engagement.SessionKind;
import uk.co.leicestershirecares.core.engagement.WorkPlacement;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.outcome.OutcomeId;
import uk.co.leicestershirecares.core.outcome.OutcomeType;
import uk.co.leicestershirecares.core.outcome.TrainingType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantId;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.partner.InvolvementType;
import uk.co.leicestershirecares.core.partner.Money;
import uk.co.leicestershirecares.core.partner.Partner;
import uk.co.leicestershirecares.core.partner.PartnerInvolvement;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/** Covers {@link MarkdownReport} (the layout of seed 001) and {@link CsvReport}. */
final class RenderingTest {
  private static final ProgrammeCode LC = ProgrammeCode.LEAVING_CARE;

  private static QuarterlyReport report() {
    ParticipantRecord record = ParticipantRecord.builder()
        .participant(Participant.builder().id(ParticipantId.of("P-1"))
            .dateOfBirth(LocalDate.of(2002, 2, 2)).homeArea(HomeArea.RUTLAND).build())
        .addReferral(Referral.of(LC, LocalDate.of(2023, 1, 1), ReferralSource.SELF))
        .addAttendance(Attendance.of(LocalDate.of(2023, 4, 4), SessionKind.GROUP, LC))
        .addOutcomes(
            OutcomeEvent.builder().id(OutcomeId.of("O-1")).type(OutcomeType.TRAINING_COMPLETED)
                .training(TrainingType.PEER_RESEARCHER).date(LocalDate.of(2023, 5, 5))
                .programme(LC).build(),
            OutcomeEvent.builder().id(OutcomeId.of("O-2")).type(OutcomeType.EMPLOYMENT)
                .date(LocalDate.of(2023, 5, 6)).programme(LC).build())
        .build();
    Partner partner = Partner.builder().name("Hastings, Direct \"Ltd\"").member(false)
        .addInvolvement(PartnerInvolvement.builder().type(InvolvementType.FUNDING)
            .date(LocalDate.of(2023, 5, 30)).amount(Money.ofPounds(1000)).build())
        .build();
    return ReportGenerator.withReferencePolicy().quarterly(
        ReportDataSet.builder().addParticipant(record).addPartner(partner).build(), LC,
        FinancialQuarter.parse("Q1 2023/24"));
  }

  @Test
  void markdownFollowsTheLayoutOfTheCharitysQuarterlyUpdate() {
    String md = MarkdownReport.render(report());
    assertThat(md)
        .startsWith("# Leaving Care Update 2023/24 Q1\n")
        // 001: "We have worked with 28 young people who have been directly referred to the project."
        .contains("We have worked with 1 young person who has been directly referred to the"
            + " project.")
        .contains("In total we have had 1 attendances and delivered 0 sessions across 2023/24 Q1")
        .contains("- Participants achieved education, training & employment outcomes including"
            + " volunteering: 1\n")
        .contains("- 1 participant employed (0 young people volunteering)\n")
        .contains("- 1 participant completed peer researcher training.\n")
        .contains("## Power to Change\n\n"
            + "- At the start of the period: 1 power within, 0 power with, 0 power to.\n"
            + "- At the end of the period: 0 power within, 0 power with, 1 power to.\n")
        .contains("## Business and community sector involvement\n\n"
            + "- Hastings, Direct \"Ltd\" (non-member) – Funding\n")
        .contains("- Hastings, Direct \"Ltd\" £1,000.00\n")
        .contains("- Total: £1,000.00\n");
  }

  @Test
  void markdownAndCsvGiveThePlacementHousingAndWireLines() {
    LocalDate monday = LocalDate.of(2023, 4, 3);
    ParticipantRecord record = ParticipantRecord.builder()
        .participant(Participant.builder().id(ParticipantId.of("P-1"))
            .dateOfBirth(LocalDate.of(2002, 2, 2)).homeArea(HomeArea.RUTLAND).build())
        .addEnrolments(
            Enrolment.builder().programme(ProgrammeCode.UP).status(EnrolmentStatus.COMPLETED)
                .from(LocalDate.of(2022, 9, 1)).to(LocalDate.of(2023, 3, 1)).build(),
            Enrolment.builder().programme(ProgrammeCode.WIRE).status(EnrolmentStatus.ACTIVE)
                .from(monday).build())
        .addPlacement(WorkPlacement.builder().partner("Wates").programme(ProgrammeCode.WIRE)
            .sector(Sector.CONSTRUCTION).from(monday).to(monday.plusDays(11)).mentored(true)
            .paid(false).build())
        .addOutcomes(
            OutcomeEvent.builder().id(OutcomeId.of("O-1")).type(OutcomeType.HOUSING_APPLICATION)
                .date(LocalDate.of(2023, 5, 5)).programme(ProgrammeCode.WIRE).build())
        .build();
    QuarterlyReport report = ReportGenerator.withReferencePolicy().quarterly(
        ReportDataSet.builder().addParticipant(record).build(), ProgrammeCode.WIRE,
        FinancialQuarter.parse("Q1 2023/24"));

    assertThat(MarkdownReport.render(report))
        .contains("- 1 participant submitted a housing application and not yet housed.\n")
        .contains("- 1 participant referred onto the WIRE project.\n")
        .contains("- 1 work placement started: 1 mentored, 1 unpaid, 1 two weeks or longer.\n")
        // No one finished WIRE: the indicator has no one to count and is left out.
        .doesNotContain("## Indicators")
        .doesNotContain("housed.\n- 1 participant submitted");
    assertThat(CsvReport.lines(report))
        .contains("\r\nreferredToWire,UP participants referred onto the WIRE project,1,P-1\r\n")
        .contains("\r\nplacements,Work placements started,1,P-1/placements[0]\r\n")
        .contains("\r\nplacements.twoWeeksOrLonger,Work placements started that lasted two weeks"
            + " or longer,1,P-1/placements[0]\r\n");
  }

  @Test
  void markdownGivesAnIndicatorWithSomeoneToCount_withItsPercentage() {
    ParticipantRecord finisher = ParticipantRecord.builder()
        .participant(Participant.builder().id(ParticipantId.of("P-1"))
            .dateOfBirth(LocalDate.of(2002, 2, 2)).homeArea(HomeArea.RUTLAND).build())
        .addEnrolment(Enrolment.builder().programme(ProgrammeCode.WIRE)
            .status(EnrolmentStatus.COMPLETED).from(LocalDate.of(2023, 1, 2))
            .to(LocalDate.of(2023, 5, 5)).build())
        .addOutcome(OutcomeEvent.builder().id(OutcomeId.of("O-1"))
            .type(OutcomeType.TRAINING_COMPLETED).training(TrainingType.CSCS)
            .date(LocalDate.of(2023, 3, 3)).build())
        .build();
    QuarterlyReport report = ReportGenerator.withReferencePolicy().quarterly(
        ReportDataSet.builder().addParticipant(finisher).build(), ProgrammeCode.WIRE,
        FinancialQuarter.parse("Q1 2023/24"));

    assertThat(MarkdownReport.render(report)).contains("\n\n## Indicators\n\n- WIRE finishers who"
        + " went on to further training or sustained employment: 1 of 1 (100.0%)\n\n## Power to"
        + " Change\n");
    assertThat(CsvReport.indicators(report)).endsWith(",1,1,100.0,P-1,P-1\r\n");
  }

  @Test
  void csvQuotesFieldsAndListsSources() {
    QuarterlyReport report = report();
    String lines = CsvReport.lines(report);
    assertThat(lines).startsWith("key,label,count,sources\r\n")
        .contains("\r\nattendances,Attendances,1,P-1/attendances[0]\r\n")
        .contains("\r\neteOutcomes,\"Participants with education, training & employment outcomes"
            + " including volunteering\",1,P-1\r\n");
    assertThat(lines.split("\r\n")).hasSize(report.lines().size() + 1);

    assertThat(CsvReport.indicators(report)).isEqualTo(
        "key,label,numerator,denominator,percent,numeratorSources,denominatorSources\r\n"
            + "wireFurtherTrainingOrSustainedEmployment,WIRE finishers who went on to further"
            + " training or sustained employment,0,0,,,\r\n");

    assertThat(CsvReport.partners(report)).isEqualTo(
        "partner,member,involvements,fundingPence,sources\r\n"
            + "\"Hastings, Direct \"\"Ltd\"\"\",false,FUNDING,100000,"
            + "\"Hastings, Direct \"\"Ltd\"\"/involvements[0]\"\r\n");
  }
}
