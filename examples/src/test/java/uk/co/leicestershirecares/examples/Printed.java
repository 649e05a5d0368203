package uk.co.leicestershirecares.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** What an example prints, for the tests that check its output as a reader would see it. */
final class Printed {
  private Printed() {}

  /** Runs {@code example} on a stream and returns what it printed (UTF-8). */
  static String by(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
