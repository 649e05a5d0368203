package uk.co.leicestershirecares.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import uk.co.leicestershirecares.report.MarkdownReport;
import uk.co.leicestershirecares.report.QuarterlyReport;
import uk.co.leicestershirecares.report.ReportGenerator;
import uk.co.leicestershirecares.report.ReportIndicator;
import uk.co.leicestershirecares.report.ReportPeriod;
import uk.co.leicestershirecares.report.ReportScope;

/**
 * Prints the UP and WIRE report "to date", from UP's launch in September 2019 to 31 March 2020,
 * from the shipped synthetic data set, which reproduces the figures of the charity's update on
 * both projects (seed {@code 000_8df8b8bd680ae635.txt}: six UP candidates referred onto WIRE,
 * three housed, two more with housing applications, two thirds of WIRE's candidates on to further
 * training or sustained employment), then the provenance of the WIRE referrals and of the
 * indicator.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=uk.co.leicestershirecares.examples.UpWireReportExample}; the same report from
 * the command line is {@code report --data up-wire-2019-20.json --from 2019-09-01 --to
 * 2020-03-31}.
 */
public final class UpWireReportExample {
  /** The synthetic data set: no real people, pseudonymous ids {@code P-UW-01} to {@code P-UW-31}. */
  static final String DATA = "up-wire-2019-20.json";
  /** UP's launch: "Hasina joined the UP-Project in September 2019." */
  static final LocalDate FROM = LocalDate.of(2019, 9, 1);
  /** The last day of plan year 2019/20, the day the report is about. */
  static final LocalDate TO = LocalDate.of(2020, 3, 31);

  private UpWireReportExample() {}

  /**
   * Prints the report to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Computes the report for both projects (the data set holds only UP and WIRE) to date. */
  static QuarterlyReport report() {
    return ReportGenerator.withReferencePolicy()
        .report(ExampleData.dataSet(DATA), ReportScope.allProgrammes(),
            ReportPeriod.between(FROM, TO));
  }

  static void run(PrintStream out) {
    QuarterlyReport report = report();
    out.println(MarkdownReport.render(report));
    ExampleData.printProvenance(report.line(QuarterlyReport.REFERRED_TO_WIRE), out);
    ReportIndicator onward =
        report.indicator(QuarterlyReport.WIRE_FURTHER_TRAINING_OR_SUSTAINED_EMPLOYMENT);
    out.println("Provenance of \"" + onward.label() + "\" (" + onward.numerator() + " of "
        + onward.denominator() + "):");
    out.println("  went on:  " + String.join(", ", onward.numeratorSources()));
    out.println("  finished: " + String.join(", ", onward.denominatorSources()));
  }
}
