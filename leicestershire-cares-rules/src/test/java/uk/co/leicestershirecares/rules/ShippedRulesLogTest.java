package uk.co.leicestershirecares.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedder's log stays quiet: compiling the shipped rules and tables from a folder (what
 * {@code RuleFolder.load} and every hot reload do) makes Drools warn about nothing. It used to
 * warn 26 times a load: each file "is in folder '' but declares package …", and each constraint
 * that compared a fact with the assessment day "causes class reactivity".
 */
class ShippedRulesLogTest {

  @Test
  void loadingTheShippedRulesFromAFolderLogsNoWarning(@TempDir Path folder) throws IOException {
    ShippedRules.copyTablesTo(folder);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream standardError = System.err;
    RuleFolder.Result loaded;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      // The provider (slf4j-simple, at WARN in this module's tests) writes to System.err.
      org.slf4j.LoggerFactory.getLogger(ShippedRulesLogTest.class).warn("probe");
      loaded = CaresRules.newBuilder().load(folder);
    } finally {
      System.setErr(standardError);
    }

    assertThat(loaded.diagnostics()).isEmpty();
    String written = log.toString(StandardCharsets.UTF_8);
    assertThat(written).as("the probe shows warnings reach this log").contains("WARN", "probe");
    assertThat(written.replaceFirst(".*probe\\R", "")).doesNotContain("WARN");
  }
}
