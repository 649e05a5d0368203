package uk.co.leicestershirecares.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.report.HtmlReport;
import uk.co.leicestershirecares.report.ReportGenerator;
import uk.co.leicestershirecares.report.ReportPeriod;
import uk.co.leicestershirecares.report.ReportScope;

/**
 * Writes the Leaving Care report for Q1 2023/24 from the shipped synthetic data set as one
 * self-contained HTML page, {@code target/leaving-care-q1.html}: the words of the markdown
 * report, charts with a table after each, and the records behind every figure on demand. Open
 * it in a browser; it fetches nothing.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=uk.co.leicestershirecares.examples.HtmlReportExample}.
 */
public final class HtmlReportExample {
  private HtmlReportExample() {}

  /**
   * Writes the page to {@code target/leaving-care-q1.html}, or to the path given.
   *
   * @param args optionally, the file to write
   */
  public static void main(String[] args) {
    Path file = write(Path.of(args.length > 0 ? args[0] : "target/leaving-care-q1.html"));
    System.out.println("wrote " + file.toAbsolutePath());
  }

  /** Renders the page. */
  static String page() {
    return HtmlReport.render(ReportGenerator.withReferencePolicy(),
        QuarterlyReportExample.dataSet(), ReportScope.of(ProgrammeCode.LEAVING_CARE),
        ReportPeriod.of(FinancialQuarter.parse("Q1 2023/24")));
  }

  /** Writes the page to {@code file}, creating its folder, and returns the file. */
  static Path write(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      return Files.writeString(file, page(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
