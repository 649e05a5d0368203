package uk.co.leicestershirecares.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.leicestershirecares.report.QuarterlyReport.ADDITIONAL_OUTCOMES;
import static uk.co.leicestershirecares.report.QuarterlyReport.ATTENDANCES;
import static uk.co.leicestershirecares.report.QuarterlyReport.EDUCATION;
import static uk.co.leicestershirecares.report.QuarterlyReport.EMPLOYED;
import static uk.co.leicestershirecares.report.QuarterlyReport.ETE_OUTCOMES;
import static uk.co.leicestershirecares.report.QuarterlyReport.JOB_SEARCH_SUPPORT;
import static uk.co.leicestershirecares.report.QuarterlyReport.SESSIONS_DELIVERED;
import static uk.co.leicestershirecares.report.QuarterlyReport.VOLUNTEERING;
import static uk.co.leicestershirecares.report.QuarterlyReport.YOUNG_PEOPLE_WORKED_WITH;

import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.outcome.TrainingType;
import uk.co.leicestershirecares.core.partner.InvolvementType;
import uk.co.leicestershirecares.core.partner.Money;
import uk.co.leicestershirecares.report.PartnerLine;
import uk.co.leicestershirecares.report.QuarterlyReport;

/**
 * Reproduces the figures of the charity's "Leaving Care Update Q1 2023/24" (seed {@code
 * 001_cc2b091141c814b2.txt}) from the shipped synthetic data set: every figure is computed from
 * the records, none is a constant in the code.
 */
final class QuarterlyReportExampleTest {
  private static final QuarterlyReport REPORT = QuarterlyReportExample.report();

  @Test
  void reproducesThePeopleAndEventsOfSeed001() {
    // "We have worked with 28 young people ... 527 attendances and delivered 92 sessions"
    assertThat(REPORT.count(YOUNG_PEOPLE_WORKED_WITH)).isEqualTo(28);
    assertThat(REPORT.count(ATTENDANCES)).isEqualTo(527);
    assertThat(REPORT.count(SESSIONS_DELIVERED)).isEqualTo(92);
  }

  @Test
  void reproducesTheOutcomesOfSeed001() {
    // "education, training & employment outcomes including volunteering 14"
    assertThat(REPORT.count(ETE_OUTCOMES)).isEqualTo(14);
    // "3 participants employed (1 young people volunteering)"
    assertThat(REPORT.count(EMPLOYED)).isEqualTo(3);
    assertThat(REPORT.count(VOLUNTEERING)).isEqualTo(1);
    // "6 young people entered or retained a place in education."
    assertThat(REPORT.count(EDUCATION)).isEqualTo(6);
    // "4 ... peer researcher training, 3 ... safeguarding training, 2 ... tier 1 trauma informed"
    assertThat(REPORT.training(TrainingType.PEER_RESEARCHER).count()).isEqualTo(4);
    assertThat(REPORT.training(TrainingType.SAFEGUARDING).count()).isEqualTo(3);
    assertThat(REPORT.training(TrainingType.TRAUMA_INFORMED_TIER_1).count()).isEqualTo(2);
    // "5 participants supported with job searching." / "3 young people achieved additional"
    assertThat(REPORT.count(JOB_SEARCH_SUPPORT)).isEqualTo(5);
    assertThat(REPORT.count(ADDITIONAL_OUTCOMES)).isEqualTo(3);
  }

  @Test
  void reproducesThePartnersAndFundingOfSeed001() {
    assertThat(REPORT.partners()).extracting(PartnerLine::partner).startsWith(
        "Leicester City Council", "Stepnell", "Walker and Son", "Haymarket Shopping centre",
        "HRBS", "Walkers Deli", "All Truck", "Hastings Direct", "Wates");
    assertThat(REPORT.partners()).hasSize(23);
    PartnerLine hastings = REPORT.partners().get(7);
    assertThat(hastings.member()).isFalse();
    assertThat(hastings.involvements()).containsExactly(InvolvementType.FUNDING);
    // "Hasting Direct £1000 – Parents support network"; its July gift is next quarter's.
    assertThat(hastings.funding()).isEqualTo(Money.ofPounds(1000));
    assertThat(REPORT.fundingReceived()).isEqualTo(Money.ofPounds(1000));
  }

  @Test
  void everyFigureListsTheRecordsItCounts() {
    assertThat(REPORT.lines()).allSatisfy(line ->
        assertThat(line.sources()).as(line.key()).hasSize((int) line.count()));
  }

  @Test
  void printsTheReportAndTheProvenanceOfOneLine() {
    assertThat(Printed.by(QuarterlyReportExample::run))
        .contains("# Leaving Care Update 2023/24 Q1")
        .contains("We have worked with 28 young people who have been directly referred to the"
            + " project.")
        .contains("527 attendances and delivered 92 sessions")
        .contains("- Hastings Direct (non-member) – Funding")
        .contains("Provenance of \"Participants employed\" (3):")
        .contains("participants: P-LC-01, P-LC-02, P-LC-03");
  }
}
