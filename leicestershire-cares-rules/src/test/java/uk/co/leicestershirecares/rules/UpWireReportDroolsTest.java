package uk.co.leicestershirecares.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.leicestershirecares.report.QuarterlyReport.HOUSING_APPLICATIONS;
import static uk.co.leicestershirecares.report.QuarterlyReport.HOUSING_SECURED;
import static uk.co.leicestershirecares.report.QuarterlyReport.REFERRED_TO_WIRE;
import static uk.co.leicestershirecares.report.QuarterlyReport.WIRE_FURTHER_TRAINING_OR_SUSTAINED_EMPLOYMENT;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.json.CaresJson;
import uk.co.leicestershirecares.report.QuarterlyReport;
import uk.co.leicestershirecares.report.ReportDataSet;
import uk.co.leicestershirecares.report.ReportGenerator;
import uk.co.leicestershirecares.report.ReportIndicator;
import uk.co.leicestershirecares.report.ReportLine;
import uk.co.leicestershirecares.report.ReportPeriod;
import uk.co.leicestershirecares.report.ReportScope;

/**
 * The shipped UP and WIRE example data set (examples module) reported on the shipped Drools rules
 * gives seed 000's figures, as the reference policy does ({@code UpWireReportExampleTest}): the
 * outcome classifications and sustainment the report asks for come from the rules' tables.
 */
final class UpWireReportDroolsTest {
  static final Path DATA =
      Path.of("../examples/src/main/resources/uk/co/leicestershirecares/examples/up-wire-2019-20.json");
  static final ReportPeriod SINCE_UP_LAUNCHED =
      ReportPeriod.between(LocalDate.of(2019, 9, 1), LocalDate.of(2020, 3, 31));

  static ReportDataSet data;
  static QuarterlyReport drools;

  @BeforeAll
  static void report() throws IOException {
    data = CaresJson.readDataSet(DATA);
    drools = ReportGenerator.using(CaresRules.newBuilder().build())
        .report(data, ReportScope.allProgrammes(), SINCE_UP_LAUNCHED);
  }

  @Test
  void reproducesSeed000sFiguresOnTheDroolsEngine() {
    // "To date, six candidates have achieved this amazing feat and have successfully been
    // referred onto the WIRE project."
    assertThat(drools.count(REFERRED_TO_WIRE)).isEqualTo(6);
    // "Three candidates have also been successfully housed and a further two have submitted
    // housing applications and are actively bidding for properties."
    assertThat(drools.count(HOUSING_SECURED)).isEqualTo(3);
    assertThat(drools.count(HOUSING_APPLICATIONS)).isEqualTo(2);
    // "Impressively, two thirds of candidates go onto further training and sustainable
    // employment."
    ReportIndicator wire = drools.indicator(WIRE_FURTHER_TRAINING_OR_SUSTAINED_EMPLOYMENT);
    assertThat(wire.numerator()).isEqualTo(6);
    assertThat(wire.denominator()).isEqualTo(9);
    assertThat(wire.percent()).hasValue(new BigDecimal("66.7"));
  }

  @Test
  void everyLineAndIndicatorIsTheReferencePolicys() {
    QuarterlyReport reference = ReportGenerator.withReferencePolicy()
        .report(data, ReportScope.allProgrammes(), SINCE_UP_LAUNCHED);

    assertThat(drools.lines()).hasSameSizeAs(reference.lines());
    for (ReportLine line : reference.lines()) {
      assertThat(drools.line(line.key())).as(line.key()).isEqualTo(line);
    }
    assertThat(drools.indicators()).isEqualTo(reference.indicators());
  }
}
