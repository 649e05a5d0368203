package uk.co.leicestershirecares.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import uk.co.leicestershirecares.json.CaresJson;
import uk.co.leicestershirecares.report.ReportDataSet;
import uk.co.leicestershirecares.report.ReportLine;

/**
 * Reads the synthetic data sets the examples ship beside them (no real people), and prints the
 * provenance of a report's figures.
 */
final class ExampleData {
  private ExampleData() {}

  /** Reads the data set {@code resource}, a file in this package. */
  static ReportDataSet dataSet(String resource) {
    try (InputStream in = ExampleData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the example data set " + resource + " is missing");
      }
      return CaresJson.readDataSet(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints which records a report line counts and the facts it counts them for. */
  static void printProvenance(ReportLine line, PrintStream out) {
    out.println("Provenance of \"" + line.label() + "\" (" + line.count() + "):");
    out.println("  participants: " + String.join(", ", line.sources()));
    out.println("  because of:   " + String.join(", ", line.evidence()));
  }
}
