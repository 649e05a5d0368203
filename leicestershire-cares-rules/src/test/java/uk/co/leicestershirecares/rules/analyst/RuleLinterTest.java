package uk.co.leicestershirecares.rules.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.Diagnostic;

/** The linter: the shipped rules are clean; files, processes and exits are reported. */
final class RuleLinterTest {
  @TempDir
  Path folder;

  @Test
  void theShippedRulesLintClean() throws IOException {
    assertThat(RuleLinter.lint(ShippedRules.copyWithRuleCode(folder.resolve("rules")))).isEmpty();
  }

  @Test
  void aForbiddenImportIsReportedWithItsLine() throws IOException {
    Path rules = ShippedRules.copyWithRuleCode(folder.resolve("rules"));
    ShippedRules.edit(rules, "eligibility.drl", "import java.time.LocalDate;\n",
        "import java.time.LocalDate;\nimport java.io.File;\n");
    List<Diagnostic> findings = RuleLinter.lint(rules);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).toString()).startsWith("eligibility.drl:8:8: import java.io.File is not"
        + " allowed");
  }

  @Test
  void aFullyQualifiedCallInAConsequenceIsReported() throws IOException {
    Path rules = ShippedRules.copyWithRuleCode(folder.resolve("rules"));
    ShippedRules.edit(rules, "wire.drl", "then\n  insert( RouteTaken.alone(",
        "then\n  java.nio.file.Files.delete( java.nio.file.Path.of( \"x\" ) );\n"
            + "  insert( RouteTaken.alone(");
    List<Diagnostic> findings = RuleLinter.lint(rules);
    assertThat(findings).extracting(Diagnostic::toString).containsExactly(
        "wire.drl:44:3: java.nio.file.Files is not allowed: " + allowed(),
        "wire.drl:44:31: java.nio.file.Path is not allowed: " + allowed());
    assertThat(findings.get(0).rule()).contains("A young person who completed UP may join WIRE");
  }

  @Test
  void runtimeProcessesExitsAndReflectionAreReported() {
    String drl = String.join("\n",
        "package my.rules;",
        "import uk.co.leicestershirecares.core.participant.Participant;",
        "import function java.lang.reflect.Array.newInstance;",
        "// Runtime in a comment is fine, and so is \"System.exit\" in a string",
        "rule \"bad\"",
        "when",
        "  Participant()",
        "then",
        "  Runtime.getRuntime().exec( \"rm -rf /\" );",
        "  new ProcessBuilder( \"sh\" ).start();",
        "  System.exit( 1 );",
        "  Class.forName( \"x\" );",
        "end");
    assertThat(RuleLinter.lint("bad.drl", drl)).extracting(Diagnostic::toString)
        .anySatisfy(s -> assertThat(s).startsWith(
            "bad.drl:3:17: import function java.lang.reflect.Array.newInstance is not allowed"))
        .anySatisfy(s -> assertThat(s).startsWith("bad.drl:9:3: Runtime is not allowed"))
        .anySatisfy(s -> assertThat(s).startsWith("bad.drl:10:7: ProcessBuilder is not allowed"))
        .anySatisfy(s -> assertThat(s).startsWith("bad.drl:11:3: System is not allowed"))
        .anySatisfy(s -> assertThat(s).startsWith("bad.drl:12:3: Class is not allowed"))
        .anySatisfy(s -> assertThat(s).startsWith("bad.drl:12:9: forName is not allowed"))
        .hasSize(6);
  }

  @Test
  void allowedJavaClassesAndDomainWildcardsPass() {
    String drl = String.join("\n",
        "package uk.co.leicestershirecares.rules;",
        "import java.util.List;",
        "import java.util.Optional;",
        "import java.time.temporal.ChronoUnit;",
        "import uk.co.leicestershirecares.rules.facts.*;",
        "import function uk.co.leicestershirecares.rules.facts.RuleFunctions.ruleId;",
        "rule \"ok\" when AsOf( $d : date ) then",
        "  java.util.List<String> names = java.util.List.of( String.valueOf( Math.max( 1, 2 ) ) );",
        "end");
    assertThat(RuleLinter.lint("ok.drl", drl)).isEmpty();
  }

  @Test
  void wildcardsOfJavaUtilAndPlatformPackagesAreReported() {
    String drl = "import java.util.*;\nimport java.net.*;\npackage java.io;\n";
    assertThat(RuleLinter.lint("w.drl", drl)).extracting(Diagnostic::line)
        .containsExactly(1, 2, 3);
  }

  @Test
  void checkCombinesCompilerAndLinter() throws IOException {
    Path rules = ShippedRules.copyWithRuleCode(folder.resolve("rules"));
    CaresRules code = CaresRules.newBuilder().allowRuleCode();
    assertThat(code.check(rules).isClean()).isTrue();
    ShippedRules.edit(rules, "wire.drl", "then\n  insert( RouteTaken.alone(",
        "then\n  Runtime.getRuntime();\n  insert( RouteTaken.alone(");
    RuleChecker.Report report = code.check(rules);
    assertThat(report.isClean()).isFalse();
    assertThat(report.policy()).isEmpty();
    // The check of the compiled classes decides; the linter adds the line.
    assertThat(report.compileDiagnostics()).extracting(Diagnostic::toString).containsExactly(
        "wire.drl: the compiled rules use java.lang.Runtime.getRuntime, which rule code may not"
            + " use");
    assertThat(report.lintFindings()).extracting(Diagnostic::toString)
        .containsExactly("wire.drl:44:3: Runtime is not allowed: rule files may not use "
            + RuleLinter.JAVA_LANG_TEXT + ", getClass, getClassLoader or forName");
    assertThat(CaresRules.newBuilder().check(folder.resolve("missing")).diagnostics()).hasSize(1);
  }

  @Test
  void anyTextGivesFindingsNeverAnException() {
    qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 200))
        .checkAssert(text -> assertThat(RuleLinter.lint("any.drl", text)).isNotNull());
    qt().withExamples(500).forAll(strings().ascii().ofLengthBetween(0, 200))
        .checkAssert(text -> assertThat(RuleLinter.lint("any.drl", "import " + text + "\n\"" + text))
            .allSatisfy(d -> assertThat(d.line()).isPositive()));
  }

  private static String allowed() {
    return "rule files may use only the library's packages (uk.co.leicestershirecares.core,"
        + " uk.co.leicestershirecares.rules), java.time, the java.util collections and java.lang"
        + " basics";
  }
}
