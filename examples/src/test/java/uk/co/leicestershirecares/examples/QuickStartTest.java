package uk.co.leicestershirecares.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Runs {@link QuickStart} so the README's first command never rots. */
final class QuickStartTest {

  @Test
  void printsAgePlanYearAndQuarter() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuickStart.run(LocalDate.of(2026, 11, 25), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out)
        .contains("plan year 2026/27")
        .contains("quarter 2026/27 Q3")
        .contains("P-0001")
        .contains("aged 19")
        .doesNotContain("2007-03-04");
  }
}
