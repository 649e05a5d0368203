package uk.co.leicestershirecares.rules.analyst;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.Diagnostic;

/**
 * Jazzer fuzz test of {@code check}: whatever text an analyst's rule file holds, {@link
 * RuleLinter} and {@link RuleChecker} return a result — never another exception, and never a
 * partial answer (a policy exactly when there is no problem; every problem names its file).
 *
 * <p>A normal build replays the seeds under {@code
 * src/test/resources/uk/co/leicestershirecares/rules/analyst/RuleCheckFuzzTestInputs/check/}
 * (shipped, broken and forbidden rule files). To fuzz for longer: {@code JAZZER_FUZZ=1 ./mvnw -pl
 * leicestershire-cares-rules -am test -Dtest=RuleCheckFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}; findings are stored next to the seeds and replay in
 * every build from then on.
 */
class RuleCheckFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void check(byte[] input) throws IOException {
    String text = new String(input, StandardCharsets.UTF_8);
    for (Diagnostic finding : RuleLinter.lint("fuzz.drl", text)) {
      requireFile(finding);
    }

    Path folder = Files.createTempDirectory("rule-check-fuzz");
    try {
      Files.write(folder.resolve("fuzz.drl"), input);
      RuleChecker.Report report = CaresRules.newBuilder().allowRuleCode().check(folder);
      if (report.isClean() != report.policy().isPresent()) {
        throw new AssertionError("a policy must come exactly with a clean check");
      }
      if (report.isClean() != report.diagnostics().isEmpty()) {
        throw new AssertionError("a clean check has no problems, and only a clean one");
      }
      report.diagnostics().forEach(RuleCheckFuzzTest::requireFile);
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void requireFile(Diagnostic diagnostic) {
    if (diagnostic.file().isBlank()) {
      throw new AssertionError("a problem without a file: " + diagnostic);
    }
  }
}
