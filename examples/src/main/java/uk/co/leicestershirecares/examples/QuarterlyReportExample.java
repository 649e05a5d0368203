package uk.co.leicestershirecares.examples;

import java.io.PrintStream;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.report.MarkdownReport;
import uk.co.leicestershirecares.report.QuarterlyReport;
import uk.co.leicestershirecares.report.ReportDataSet;
import uk.co.leicestershirecares.report.ReportGenerator;

/**
 * Prints the Leaving Care report for Q1 2023/24 from the shipped synthetic data set, which
 * reproduces the figures of the charity's own update (seed {@code 001_cc2b091141c814b2.txt}: 28
 * young people, 527 attendances, 92 sessions, 14 with ETE outcomes, ...), then the provenance of
 * one line: which records the "employed" figure counts.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=uk.co.leicestershirecares.examples.QuarterlyReportExample}.
 */
public final class QuarterlyReportExample {
  /** The synthetic data set: no real people. */
  static final String DATA = "leaving-care-2023-24-q1.json";

  private QuarterlyReportExample() {}

  /**
   * Prints the report to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Reads the shipped data set. */
  static ReportDataSet dataSet() {
    return ExampleData.dataSet(DATA);
  }

  /** Computes the Leaving Care report for Q1 2023/24. */
  static QuarterlyReport report() {
    return ReportGenerator.withReferencePolicy()
        .quarterly(dataSet(), ProgrammeCode.LEAVING_CARE, FinancialQuarter.parse("Q1 2023/24"));
  }

  static void run(PrintStream out) {
    QuarterlyReport report = report();
    out.println(MarkdownReport.render(report));
    ExampleData.printProvenance(report.line(QuarterlyReport.EMPLOYED), out);
  }
}
