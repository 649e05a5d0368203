package uk.co.leicestershirecares.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static uk.co.leicestershirecares.testing.PolicyAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantId;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.Diagnostic;
import uk.co.leicestershirecares.rules.DroolsPolicy;
import uk.co.leicestershirecares.rules.RuleFolder;
import uk.co.leicestershirecares.rules.ShippedRules;
import uk.co.leicestershirecares.testing.quicktheories.QuickTheoriesGenerators;

/** Loading an analyst's folder: a valid copy, a syntax error, an unknown property, a change. */
final class RuleFolderTest {
  private static final String UP_AGE_RULE = "A young person who completed UP may join WIRE";

  /** These folders hold the shipped DRL as well as the tables. */
  private static final CaresRules CODE = CaresRules.newBuilder().allowRuleCode();

  @TempDir
  static Path folder;

  @BeforeAll
  static void copyShippedRules() {
    ShippedRules.copyTo(folder.resolve("valid"));
  }

  /** A copy of the shipped rules with {@code from} replaced by {@code to} in {@code file}. */
  private static Path edited(String name, String file, String from, String to) throws IOException {
    Path copy = folder.resolve(name);
    Files.createDirectories(copy);
    for (String f : ShippedRules.files()) {
      String text = Files.readString(folder.resolve("valid").resolve(f));
      if (f.equals(file)) {
        assertThat(text).contains(from);
        text = text.replace(from, to);
      }
      Files.writeString(copy.resolve(f), text);
    }
    return copy;
  }

  @Test
  void aValidCopyLoadsAndAnswersAsTheShippedRules() {
    RuleFolder.Result loaded = CODE.load(folder.resolve("valid"));
    assertThat(loaded.diagnostics()).isEmpty();
    DroolsPolicy policy = loaded.policy().orElseThrow();
    DroolsPolicy shipped = CaresRules.newBuilder().build();
    qt().withExamples(150).forAll(QuickTheoriesGenerators.cases()).checkAssert(c ->
        assertThat(policy.assess(c.record(), c.asOf()))
            .isEqualTo(shipped.assess(c.record(), c.asOf())));
    // Metadata arrives quoted from run-time compilation; explanations show it normalised.
    assertThat(policy.explain(person(1990), LocalDate.of(2026, 11, 25)).firedRules())
        .allSatisfy(r -> assertThat(r.ruleId()).doesNotContain("\""));
  }

  @Test
  void aSyntaxErrorIsReportedWithFileLineAndColumn() throws IOException {
    Path broken = edited("syntax", "wire.drl", "  salience 80\nwhen\n  AsOf( $d : date )",
        "  salience 80\nwhen\n  AsOf( $d : date $$ )");
    RuleFolder.Result loaded = CODE.load(broken);
    assertThat(loaded.policy()).isEmpty();
    assertThat(loaded.diagnostics()).isNotEmpty();
    Diagnostic first = loaded.diagnostics().get(0);
    System.out.println("Syntax error diagnostics: " + loaded.diagnostics());
    assertThat(first.file()).isEqualTo("wire.drl");
    assertThat(first.line()).isGreaterThan(0);
    assertThat(first.column()).isGreaterThan(0);
    assertThat(first.toString()).startsWith("wire.drl:" + first.line());
  }

  @Test
  void anUnknownPropertyIsReportedWithTheRuleName() throws IOException {
    Path broken = edited("property", "wire.drl",
        "PolicyParameters( upCompletersNeedConviction == false )",
        "PolicyParameters( upCompletersNeedConvction == false )");
    RuleFolder.Result loaded = CODE.load(broken);
    System.out.println("Unknown property diagnostics: " + loaded.diagnostics());
    assertThat(loaded.policy()).isEmpty();
    assertThat(loaded.diagnostics()).anySatisfy(d -> {
      assertThat(d.file()).isEqualTo("wire.drl");
      assertThat(d.line() > 0 || d.rule().isPresent()).isTrue();
      assertThat(d.toString()).satisfiesAnyOf(
          s -> assertThat(s).contains(UP_AGE_RULE),
          s -> assertThat(s).matches("wire\\.drl:\\d+.*"));
    });
  }

  @Test
  void aChangedRuleChangesTheAnswer() throws IOException {
    Path changed = edited("changed", "eligibility.drl.csv", "UP,always,18 to 25,",
        "UP,always,18 to 29,");
    DroolsPolicy policy = CODE.load(changed).policy().orElseThrow();
    ParticipantRecord aged27 = person(1999);
    LocalDate asOf = LocalDate.of(2026, 11, 25);
    assertThat(CaresRules.newBuilder().build().assess(aged27, asOf)).isNotEligibleFor(ProgrammeCode.UP)
        .missing("UP.age");
    assertThat(policy.assess(aged27, asOf)).isEligibleFor(ProgrammeCode.UP).because("UP.age");
  }

  @Test
  void aMissingFolderIsADiagnosticNotAnException() {
    RuleFolder.Result loaded = CODE.load(folder.resolve("no-such-folder"));
    assertThat(loaded.isLoaded()).isFalse();
    assertThat(loaded.diagnostics()).hasSize(1);
  }

  private static ParticipantRecord person(int born) {
    return ParticipantRecord.of(Participant.builder()
        .id(ParticipantId.of("P-1"))
        .dateOfBirth(LocalDate.of(born, 1, 1))
        .homeArea(HomeArea.LEICESTER_CITY)
        .addCircumstance(Circumstance.of(CircumstanceType.CONVICTION, LocalDate.of(2020, 1, 1)))
        .build());
  }
}
