package uk.co.leicestershirecares.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.leicestershirecares.report.QuarterlyReport.HOUSING_APPLICATIONS;
import static uk.co.leicestershirecares.report.QuarterlyReport.HOUSING_SECURED;
import static uk.co.leicestershirecares.report.QuarterlyReport.PLACEMENTS;
import static uk.co.leicestershirecares.report.QuarterlyReport.PLACEMENTS_MENTORED;
import static uk.co.leicestershirecares.report.QuarterlyReport.PLACEMENTS_TWO_WEEKS_OR_LONGER;
import static uk.co.leicestershirecares.report.QuarterlyReport.PLACEMENTS_UNPAID;
import static uk.co.leicestershirecares.report.QuarterlyReport.REFERRED_TO_WIRE;
import static uk.co.leicestershirecares.report.QuarterlyReport.WIRE_FURTHER_TRAINING_OR_SUSTAINED_EMPLOYMENT;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.report.QuarterlyReport;
import uk.co.leicestershirecares.report.ReportIndicator;

/**
 * Reproduces the figures of the charity's update on UP and WIRE (seed {@code
 * 000_8df8b8bd680ae635.txt}) from the shipped synthetic data set, over the days since UP's launch
 * ("Hasina joined the UP-Project in September 2019.") to 31 March 2020: every figure is computed
 * from the records, none is a constant in the code. The rules module checks the same figures on
 * the Drools engine ({@code UpWireReportDroolsTest}).
 */
final class UpWireReportExampleTest {
  private static final QuarterlyReport REPORT = UpWireReportExample.report();

  @Test
  void coversTheDaysSinceUpsLaunch() {
    assertThat(REPORT.period().label()).isEqualTo("2019-09-01 to 2020-03-31");
    assertThat(REPORT.programme()).isEmpty();
  }

  @Test
  void sixUpCandidatesWereReferredOntoWire() {
    // "To date, six candidates have achieved this amazing feat and have successfully been
    // referred onto the WIRE project."
    assertThat(REPORT.count(REFERRED_TO_WIRE)).isEqualTo(6);
    assertThat(REPORT.line(REFERRED_TO_WIRE).sources()).containsExactly(
        "P-UW-01", "P-UW-02", "P-UW-03", "P-UW-04", "P-UW-05", "P-UW-06");
    // P-UW-13 was referred to WIRE by probation before joining UP: not UP's referral.
    assertThat(REPORT.line(REFERRED_TO_WIRE).sources()).doesNotContain("P-UW-13");
  }

  @Test
  void threeWereHoused_andAFurtherTwoAppliedForHousing() {
    // "Three candidates have also been successfully housed and a further two have submitted
    // housing applications and are actively bidding for properties."
    assertThat(REPORT.count(HOUSING_SECURED)).isEqualTo(3);
    assertThat(REPORT.count(HOUSING_APPLICATIONS)).isEqualTo(2);
    // P-UW-07 and P-UW-09 applied first and were housed later: housed only, a "further" two.
    assertThat(REPORT.line(HOUSING_SECURED).sources())
        .containsExactly("P-UW-07", "P-UW-08", "P-UW-09");
    assertThat(REPORT.line(HOUSING_APPLICATIONS).sources()).containsExactly("P-UW-10", "P-UW-11");
  }

  @Test
  void twoThirdsOfWireCandidatesWentOnToFurtherTrainingOrSustainedEmployment() {
    // "Impressively, two thirds of candidates go onto further training and sustainable
    // employment."
    ReportIndicator wire = REPORT.indicator(WIRE_FURTHER_TRAINING_OR_SUSTAINED_EMPLOYMENT);
    assertThat(wire.numerator()).isEqualTo(6);
    assertThat(wire.denominator()).isEqualTo(9);
    assertThat(wire.percent()).hasValue(new BigDecimal("66.7"));
    // Not counted: a job begun in February (not 13 weeks by 31 March), a job left after four
    // weeks, and Paul's story, still looking for work; nor the one who withdrew (P-UW-30) or the
    // one who finished before September (P-UW-31).
    assertThat(wire.denominatorSources()).containsExactly("P-UW-21", "P-UW-22", "P-UW-23",
        "P-UW-24", "P-UW-25", "P-UW-26", "P-UW-27", "P-UW-28", "P-UW-29");
    assertThat(wire.numeratorSources()).containsExactly("P-UW-22", "P-UW-23", "P-UW-24",
        "P-UW-25", "P-UW-26", "P-UW-27");
  }

  @Test
  void placementsAreTwoWeeksUnpaidAndMentored_butOne() {
    // "This project provides two weeks unpaid mentored work placements for people with
    // convictions in order to get them ready for work."
    assertThat(REPORT.count(PLACEMENTS)).isEqualTo(11);
    assertThat(REPORT.count(PLACEMENTS_MENTORED)).isEqualTo(11);
    assertThat(REPORT.count(PLACEMENTS_UNPAID)).isEqualTo(11);
    // P-UW-29 left after one week.
    assertThat(REPORT.count(PLACEMENTS_TWO_WEEKS_OR_LONGER)).isEqualTo(10);
    assertThat(REPORT.line(PLACEMENTS_TWO_WEEKS_OR_LONGER).sources())
        .doesNotContain("P-UW-29/placements[0]");
  }

  @Test
  void everyFigureListsTheRecordsItCounts() {
    assertThat(REPORT.lines()).allSatisfy(line ->
        assertThat(line.sources()).as(line.key()).hasSize((int) line.count()));
  }

  @Test
  void printsTheReportAndTheProvenanceOfTheWireFigures() {
    assertThat(Printed.by(UpWireReportExample::run))
        .contains("# All programmes Update 2019-09-01 to 2020-03-31")
        .contains("- 3 participants housed.\n")
        .contains("- 2 participants submitted a housing application and not yet housed.\n")
        .contains("- 6 participants referred onto the WIRE project.\n")
        .contains("- WIRE finishers who went on to further training or sustained employment:"
            + " 6 of 9 (66.7%)\n")
        .contains("Provenance of \"UP participants referred onto the WIRE project\" (6):")
        .contains("because of:   P-UW-01/referrals[1], P-UW-01/enrolments[1], ");
  }
}
