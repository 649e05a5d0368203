package uk.co.leicestershirecares.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link HtmlReportExample}: the page of seed 001's figures, written to a file. */
final class HtmlReportExampleTest {
  @TempDir Path dir;

  @Test
  void writesThePageOfTheLeavingCareQuarter() throws Exception {
    Path file = HtmlReportExample.write(dir.resolve("out/leaving-care-q1.html"));

    String page = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<h1>Leaving Care Update 2023/24 Q1</h1>")
        .contains("We have worked with 28 young people who have been directly referred to the"
            + " project. In total we have had 527 attendances and delivered 92 sessions")
        .contains("<summary>Attendances: 527</summary>")
        .doesNotContain("http://", "https://");
  }
}
