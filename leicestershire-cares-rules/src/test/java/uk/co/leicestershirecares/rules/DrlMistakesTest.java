package uk.co.leicestershirecares.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 21, item 3a: "Mistakes in DRL point at the DRL. A problem the compiler finds in generated
 * Java is mapped back to the rule file, line and rule name it came from, in one line per problem;
 * no stack trace and no generated source reach an analyst." Each case makes one typo in a small
 * rule file that otherwise compiles, and asserts exactly where the diagnostic points.
 */
final class DrlMistakesTest {
  /** The mistakes are in .drl files: code the caller allows. */
  private static final CaresRules CODE = CaresRules.newBuilder().allowRuleCode();

  private static final String FILE = "mistake.drl";
  private static final String FIRST = "First rule";
  private static final String SECOND = "Second rule";
  private static final String CONSEQUENCE = "LocalDate later = $d.plusDays( 1 );";
  // Line numbers below refer to this text: the function body is line 7, the first rule's
  // header 10, its pattern 12 and consequence 14; the second rule's header 17, its patterns 19
  // and 20 and its consequence 22.
  private static final String RULES = String.join("\n",
      "package probe;",
      "",
      "import uk.co.leicestershirecares.rules.facts.AsOf;",
      "import java.time.LocalDate;",
      "",
      "function int twice(int x) {",
      "  return x * 2;",
      "}",
      "",
      "rule \"First rule\"",
      "when",
      "  AsOf( $d : date )",
      "then",
      "  " + CONSEQUENCE,
      "end",
      "",
      "rule \"Second rule\"",
      "when",
      "  AsOf( $e : date, date.getYear() > 2000 )",
      "  $n : Number() from accumulate( AsOf( $x : date ), count( $x ) )",
      "then",
      "  int y = twice( 3 );",
      "end",
      "");

  @TempDir
  Path folder;

  static Stream<Arguments> mistakes() {
    return Stream.of(
        mistake("unknown field in a condition", "AsOf( $d : date )", "AsOf( $d : dat )",
            12, FIRST, "dat"),
        mistake("unknown type in a condition", "AsOf( $d : date )", "AsOff( $d : date )",
            12, FIRST, "AsOff"),
        mistake("missing parenthesis in a condition", "AsOf( $d : date )", "AsOf( $d : date ",
            13, FIRST, "mismatched input 'then'"),
        mistake("unknown method in a condition", "date.getYear() > 2000",
            "date.getYeer() > 2000", 19, SECOND, "getYeer"),
        mistake("text compared with a number in a condition", "date.getYear() > 2000",
            "date.getYear() > \"x\"", 19, SECOND, "not a number: \"x\""),
        mistake("java syntax error in a consequence", CONSEQUENCE,
            "LocalDate later = $d.plusDays( 1 ;", 14, FIRST, "unexpected \";\""),
        mistake("unknown method in a consequence", CONSEQUENCE,
            "LocalDate later = $d.fooBar( 1 );", 14, FIRST, "method fooBar(int) is undefined"),
        mistake("unknown variable in a consequence", CONSEQUENCE,
            "LocalDate later = $dd.plusDays( 1 );", 14, FIRST, "$dd cannot be resolved"),
        mistake("type mismatch in a consequence", CONSEQUENCE,
            "int later = $d.plusDays( 1 );", 14, FIRST, "cannot convert from LocalDate to int"),
        mistake("unknown function called in a consequence", "int y = twice( 3 );",
            "int y = twise( 3 );", 22, SECOND, "method twise(int) is undefined"),
        mistake("type mismatch in a function", "return x * 2;", "return x * \"2\";",
            7, null, "function twice: the operator * is undefined"),
        mistake("unknown accumulate function", "count( $x )", "cuont( $x )",
            20, SECOND, "'cuont'"),
        mistake("unknown variable in an accumulate", "count( $x )", "count( $y )",
            20, SECOND, "unknown parameter in accumulate: $y"),
        mistake("misspelt keyword", "rule \"Second rule\"\nwhen", "rule \"Second rule\"\nwehn",
            18, SECOND, "mismatched input 'wehn'"),
        mistake("rule without end", "  " + CONSEQUENCE + "\nend", "  " + CONSEQUENCE + "\n",
            10, FIRST, "the rule has no \"end\""),
        mistake("unknown method on a continuation line", CONSEQUENCE,
            "LocalDate later = $d.plusDays( 1 )\n      .fooBar();", 15, FIRST,
            "method fooBar() is undefined"));
  }

  private static Arguments mistake(String kind, String from, String to, int line, String rule,
      String says) {
    return Arguments.of(kind, from, to, line, Optional.ofNullable(rule), says);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void eachMistakeIsOneLineAtItsRuleFileLineAndRule(String kind, String from, String to,
      int line, Optional<String> rule, String says) throws IOException {
    List<Diagnostic> diagnostics = load(RULES.replace(from, to));

    assertThat(diagnostics).as(kind).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo(FILE);
      assertThat(d.line()).as("%s", d).isEqualTo(line);
      assertThat(d.rule()).isEqualTo(rule);
      assertThat(d.toString()).startsWith(FILE + ":" + line + ":")
          .contains(says)
          .contains(rule.map(r -> "rule \"" + r + "\": ").orElse(""));
      assertAnalystReadable(d);
    });
  }

  @Test
  void aMistakeInTwoRulesIsOneDiagnosticInEach() throws IOException {
    List<Diagnostic> diagnostics = load(RULES
        .replace(CONSEQUENCE, "LocalDate later = $dd.plusDays( 1 );")
        .replace("int y = twice( 3 );", "LocalDate later = $dd.plusDays( 1 );"));

    assertThat(diagnostics).extracting(Diagnostic::toString).containsExactly(
        FILE + ":14:21: rule \"First rule\": $dd cannot be resolved",
        FILE + ":22:21: rule \"Second rule\": $dd cannot be resolved");
    diagnostics.forEach(DrlMistakesTest::assertAnalystReadable);
  }

  @Test
  void theSameRulesCompile() throws IOException {
    Files.writeString(folder.resolve(FILE), RULES);

    assertThat(CODE.load(folder).diagnostics()).isEmpty();
  }

  private List<Diagnostic> load(String text) throws IOException {
    Files.writeString(folder.resolve(FILE), text);
    RuleFolder.Result loaded = CODE.load(folder);
    assertThat(loaded.isLoaded()).isFalse();
    return loaded.diagnostics();
  }

  private static void assertAnalystReadable(Diagnostic d) {
    assertThat(d.toString()).doesNotContain("\n", "\r", "\tat ", "Exception", ".java",
        "stacktrace", "expected one of")
        .doesNotContainPattern("\\b(Rules|Lambda\\w*|P)[0-9A-F]{2,}");
  }
}
