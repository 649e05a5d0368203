package uk.co.leicestershirecares.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import uk.co.leicestershirecares.json.CaresJson;
import uk.co.leicestershirecares.report.ReportDataSet;

/** Reads the synthetic data sets the examples ship beside them (no real people). */
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
}
