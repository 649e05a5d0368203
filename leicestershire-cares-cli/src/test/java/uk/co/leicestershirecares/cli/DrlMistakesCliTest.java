package uk.co.leicestershirecares.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, item 3a, as an analyst sees it: {@code check} on a folder whose consequences have Java
 * syntax errors prints one {@code file:line:column} line per problem and no stack trace, neither
 * among the diagnostics nor from Drools' logging on the process's standard error.
 */
final class DrlMistakesCliTest {
  private static final String RULES = String.join("\n",
      "package probe;",
      "",
      "import uk.co.leicestershirecares.rules.facts.AsOf;",
      "import java.time.LocalDate;",
      "",
      "rule \"First rule\"",
      "when",
      "  AsOf( $d : date )",
      "then",
      "  LocalDate later = $d.plusDays( 1 ;",
      "end",
      "",
      "rule \"Second rule\"",
      "when",
      "  AsOf( $d : date )",
      "then",
      "  LocalDate earlier = $d.minusDays( 1 );",
      "  LocalDate later = earlier.plusDays( 2 ) +* 1;",
      "end",
      "");

  @TempDir
  Path dir;

  @Test
  void aConsequenceSyntaxErrorIsOneLineAtTheRuleFile() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Files.writeString(rules.resolve("mistake.drl"), RULES);

    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    PrintStream standardError = System.err;
    Run run;
    System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    try {
      run = Run.of("check", rules.toString(), "--allow-rule-code");
    } finally {
      System.setErr(standardError);
    }

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.err.lines()).as(run.toString()).containsExactly(
        "mistake.drl:10:36: rule \"First rule\": syntax error in the consequence:"
            + " unexpected \";\"",
        "mistake.drl:18:44: rule \"Second rule\": syntax error in the consequence:"
            + " unexpected \"*\"",
        rules + ": 2 problems (2 from compiling, 0 not allowed)");
    assertThat(logged.toString(StandardCharsets.UTF_8))
        .doesNotContain("\tat ", "Exception", "stacktrace", ".java");
  }
}
