package uk.co.leicestershirecares.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;

/** Runs {@link AnalystRuleChange}: a rule edit changes the answer; a typo is located. */
final class AnalystRuleChangeTest {
  @TempDir
  Path folder;

  @Test
  void anEditChangesTheAnswerAndATypoIsLocatedWhileTheLastRulesKeepAnswering()
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AnalystRuleChange.Answers answers =
        AnalystRuleChange.run(folder, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(answers.before()).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
    assertThat(answers.after()).isEqualTo(EligibilityOutcome.ELIGIBLE);
    assertThat(answers.afterBrokenEdit()).isEqualTo(EligibilityOutcome.ELIGIBLE);
    assertThat(answers.diagnostics()).anySatisfy(d -> {
      assertThat(d.file()).isEqualTo("eligibility.drl.csv");
      assertThat(d.line()).isEqualTo(9);
      assertThat(d.toString()).startsWith("eligibility.drl.csv:9:5: Age band \"18 to29\"");
    });
    assertThat(out)
        .contains("3. Asked about P-0026 (26, a conviction) on 2026-11-25: UP NOT_ELIGIBLE")
        .contains("over UP's age band 18–25.  [UP.age]")
        .contains("6. Asked again about P-0026 (26, a conviction) on 2026-11-25: UP ELIGIBLE")
        .contains("within UP's age band 18–29.  [UP.age]")
        .containsPattern("(?m)^     eligibility\\.drl\\.csv:9:5: ")
        .contains("8. The last rules that compiled keep answering about P-0026 (26, a conviction)"
            + " on 2026-11-25: UP ELIGIBLE")
        .doesNotContain("2000-06-15");
  }
}
