package uk.co.leicestershirecares.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantId;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.rules.analyst.ReloadingPolicy;
import uk.co.leicestershirecares.rules.analyst.RuleChecker;

/**
 * {@link CaresRules}, the rules module's one front door: every option refuses null and a second
 * setting, options that mean nothing for a terminal method are refused, every terminal method
 * answers as the static entry point it replaced did ({@code DroolsPolicy.shipped}, {@code
 * RuleFolder.load}, {@code RuleChecker.check}, {@code ReloadingPolicy.open}), and {@link
 * CaresRules#build()} loads none of the analyst tools.
 */
final class CaresRulesTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
  private static final PolicyParameters STRICT =
      PolicyParameters.builder().upCompletersNeedConviction(true).build();
  private static final ProgrammeCatalogue UP_AND_WIRE = ProgrammeCatalogue.of(
      ProgrammeCatalogue.standard().get(ProgrammeCode.UP),
      ProgrammeCatalogue.standard().get(ProgrammeCode.WIRE));
  private static final EvaluationLimits LIMITS =
      EvaluationLimits.of(5_000, Duration.ofSeconds(20));
  private static final List<ParticipantRecord> RECORDS = List.of(
      record("P-1", LocalDate.of(1999, 1, 1), CircumstanceType.CONVICTION),
      record("P-2", LocalDate.of(2005, 3, 4), CircumstanceType.CARE_EXPERIENCED),
      record("P-3", LocalDate.of(2010, 6, 15), CircumstanceType.ROUGH_SLEEPING));

  @TempDir
  static Path temp;

  /** A copy of the shipped tables with UP's age band widened to 18 to 29. */
  private static Path edited;

  @BeforeAll
  static void copyTheTables() throws IOException {
    edited = ShippedRules.copyTablesTo(temp.resolve("edited"));
    Path table = edited.resolve("eligibility.drl.csv");
    String text = Files.readString(table);
    assertThat(text).contains("UP,always,18 to 25,");
    Files.writeString(table, text.replace("UP,always,18 to 25,", "UP,always,18 to 29,"));
  }

  private static ParticipantRecord record(String id, LocalDate born, CircumstanceType type) {
    return ParticipantRecord.of(Participant.builder()
        .id(ParticipantId.of(id))
        .dateOfBirth(born)
        .homeArea(HomeArea.LEICESTER_CITY)
        .addCircumstance(Circumstance.of(type, LocalDate.of(2024, 1, 6)))
        .build());
  }

  private static List<Assessment> answers(Policy policy) {
    return policy.assessAll(RECORDS, AS_OF);
  }

  private static void assertRefused(ThrowingCallable call, String field) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidRecordException.class,
        e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void everyOptionRefusesNullNamingIt() {
    assertRefused(() -> CaresRules.newBuilder().parameters(null), "parameters");
    assertRefused(() -> CaresRules.newBuilder().catalogue(null), "catalogue");
    assertRefused(() -> CaresRules.newBuilder().limits(null), "limits");
    assertRefused(() -> CaresRules.newBuilder().quietInterval(null), "quietInterval");
    assertRefused(() -> CaresRules.newBuilder().quietInterval(Duration.ofMillis(-1)),
        "quietInterval");
  }

  @Test
  void everyTerminalMethodRefusesNullNamingIt() {
    CaresRules rules = CaresRules.newBuilder();
    assertRefused(() -> rules.load((Path) null), "folder");
    assertRefused(() -> rules.check((Path) null), "folder");
    assertRefused(() -> rules.buildReloading(null), "folder");
    assertRefused(() -> rules.load((RuleFiles) null), "files");
    assertRefused(() -> rules.check((RuleFiles) null), "files");
  }

  @Test
  void everyOptionMayBeSetOnce() {
    CaresRules rules = CaresRules.newBuilder().parameters(STRICT).catalogue(UP_AND_WIRE)
        .limits(LIMITS).allowRuleCode().quietInterval(Duration.ZERO);
    assertThatThrownBy(() -> rules.parameters(PolicyParameters.defaults()))
        .isInstanceOf(IllegalStateException.class).hasMessage("parameters was already set");
    assertThatThrownBy(() -> rules.catalogue(ProgrammeCatalogue.standard()))
        .isInstanceOf(IllegalStateException.class).hasMessage("catalogue was already set");
    assertThatThrownBy(() -> rules.limits(EvaluationLimits.defaults()))
        .isInstanceOf(IllegalStateException.class).hasMessage("limits was already set");
    assertThatThrownBy(rules::allowRuleCode)
        .isInstanceOf(IllegalStateException.class).hasMessage("allowRuleCode was already set");
    assertThatThrownBy(() -> rules.quietInterval(Duration.ofSeconds(1)))
        .isInstanceOf(IllegalStateException.class).hasMessage("quietInterval was already set");
    assertThat(rules.toString())
        .isEqualTo("CaresRules[rule code allowed, quietInterval=PT0S, limits=" + LIMITS + "]");
  }

  @Test
  void anOptionThatMeansNothingForATerminalMethodIsRefused() {
    assertThatThrownBy(() -> CaresRules.newBuilder().allowRuleCode().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("allowRuleCode()");
    CaresRules quiet = CaresRules.newBuilder().quietInterval(Duration.ZERO);
    assertThatThrownBy(quiet::build).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("quietInterval is for buildReloading()");
    assertThatThrownBy(() -> quiet.load(edited)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("quietInterval is for buildReloading()");
    assertThatThrownBy(() -> quiet.load(RuleFiles.read(edited)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> quiet.check(edited)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> quiet.check(RuleFiles.read(edited)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void buildIsTheShippedRulesWithTheOptionsGiven() {
    DroolsPolicy defaults = CaresRules.newBuilder().build();
    assertThat(defaults.parameters()).isEqualTo(PolicyParameters.defaults());
    assertThat(defaults.catalogue()).isEqualTo(ProgrammeCatalogue.standard());
    assertThat(defaults.limits()).isEqualTo(EvaluationLimits.defaults());
    // What DroolsPolicy.shipped() answered: the reference policy's answers.
    assertThat(answers(defaults)).isEqualTo(answers(ReferencePolicy.withDefaults()));

    DroolsPolicy chosen = CaresRules.newBuilder().parameters(STRICT).catalogue(UP_AND_WIRE)
        .limits(LIMITS).build();
    assertThat(chosen.parameters()).isEqualTo(STRICT);
    assertThat(chosen.catalogue()).isEqualTo(UP_AND_WIRE);
    assertThat(chosen.limits()).isEqualTo(LIMITS);
    assertThat(answers(chosen)).isEqualTo(answers(defaults.with(STRICT, UP_AND_WIRE)));
  }

  @Test
  void aBuilderBuildsAgainAndWhatItBuiltKeepsItsOptions() {
    CaresRules rules = CaresRules.newBuilder().parameters(STRICT);
    DroolsPolicy first = rules.build();
    DroolsPolicy second = rules.catalogue(UP_AND_WIRE).build();
    assertThat(first.catalogue()).isEqualTo(ProgrammeCatalogue.standard());
    assertThat(second.catalogue()).isEqualTo(UP_AND_WIRE);
    assertThat(first.parameters()).isEqualTo(second.parameters()).isEqualTo(STRICT);
  }

  @Test
  void loadAndCheckAnswerAlikeFromAFolderOrItsFiles() {
    CaresRules rules = CaresRules.newBuilder().parameters(STRICT).limits(LIMITS);
    RuleFolder.Result fromFolder = rules.load(edited);
    RuleFolder.Result fromFiles = rules.load(RuleFiles.read(edited));
    assertThat(fromFolder.diagnostics()).isEmpty();
    assertThat(fromFiles.diagnostics()).isEmpty();
    DroolsPolicy loaded = fromFolder.policy().orElseThrow();
    assertThat(loaded.parameters()).isEqualTo(STRICT);
    assertThat(loaded.limits()).isEqualTo(LIMITS);
    assertThat(answers(fromFiles.policy().orElseThrow())).isEqualTo(answers(loaded));
    // The edited band answers differently from the shipped rules for the 27-year-old.
    assertThat(answers(loaded)).isNotEqualTo(answers(rules.build()));

    RuleChecker.Report checked = rules.check(edited);
    RuleChecker.Report checkedFiles = rules.check(RuleFiles.read(edited));
    assertThat(checked.isClean()).isTrue();
    assertThat(checkedFiles.isClean()).isTrue();
    assertThat(answers(checked.policy().orElseThrow())).isEqualTo(answers(loaded));
    assertThat(answers(checkedFiles.policy().orElseThrow())).isEqualTo(answers(loaded));
  }

  @Test
  void ruleCodeIsRefusedUnlessAllowedAndThenLinted() throws IOException {
    Path code = ShippedRules.copyTablesTo(temp.resolve("code"));
    Files.writeString(code.resolve("extra.drl"), "package uk.co.leicestershirecares.rules;\n"
        + "import java.io.File;\n");
    assertThat(CaresRules.newBuilder().load(code).diagnostics())
        .extracting(Diagnostic::file).containsExactly("extra.drl");
    RuleChecker.Report report = CaresRules.newBuilder().allowRuleCode().check(code);
    assertThat(report.lintFindings()).extracting(Diagnostic::file).contains("extra.drl");
    assertThat(report.isClean()).isFalse();
    assertThat(CaresRules.newBuilder().check(code).lintFindings()).isEmpty();
  }

  @Test
  void buildReloadingServesTheFolderWithTheOptionsGiven() {
    CaresRules rules = CaresRules.newBuilder().parameters(STRICT).catalogue(UP_AND_WIRE)
        .limits(LIMITS).quietInterval(Duration.ZERO);
    try (ReloadingPolicy reloading = rules.buildReloading(edited)) {
      assertThat(reloading.version()).isEqualTo(1);
      assertThat(reloading.folder()).isEqualTo(edited);
      assertThat(reloading.quietInterval()).isZero();
      assertThat(reloading.parameters()).isEqualTo(STRICT);
      assertThat(reloading.catalogue()).isEqualTo(UP_AND_WIRE);
      assertThat(reloading.current().limits()).isEqualTo(LIMITS);
      assertThat(answers(reloading)).isEqualTo(answers(
          CaresRules.newBuilder().parameters(STRICT).catalogue(UP_AND_WIRE).load(edited)
              .policy().orElseThrow()));
    }
    try (ReloadingPolicy defaults = CaresRules.newBuilder().buildReloading(edited)) {
      assertThat(defaults.quietInterval()).isEqualTo(Duration.ofMillis(500));
      assertThat(defaults.current().limits()).isEqualTo(EvaluationLimits.defaults());
    }
  }

  /**
   * Runs {@link BuildProbe} in a JVM of its own that logs every class it loads: none of the
   * analyst tools, and no run-time compiler. (A JVM of its own, not a class loader in this one:
   * a second copy of Drools left in this JVM's heap slows the garbage collections that other
   * tests' runaway allocations wait on.)
   */
  @Test
  void buildLoadsNoAnalystTool() throws Exception {
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
        BuildProbe.class.getName())
        .redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).as(output).isZero();
    List<String> loaded = output.lines().filter(line -> line.contains("[class,load] "))
        .map(line -> line.substring(line.indexOf("[class,load] ") + 13).split(" ")[0])
        .collect(Collectors.toList());
    assertThat(output).contains("UP: ELIGIBLE");
    assertThat(loaded).contains(CaresRules.class.getName(), DroolsPolicy.class.getName());
    assertThat(loaded).noneMatch(name -> name.startsWith(RuleChecker.class.getPackageName()))
        .noneMatch(name -> name.startsWith("org.drools.model.codegen."))
        .noneMatch(name -> name.startsWith("com.fasterxml.jackson."));
  }

  /**
   * What an application that runs only the shipped rules does. It reads nothing of the test
   * class, whose methods name the analyst tools.
   */
  static final class BuildProbe {
    private BuildProbe() {}

    public static void main(String[] args) {
      ParticipantRecord record = ParticipantRecord.of(Participant.builder()
          .id(ParticipantId.of("P-1"))
          .dateOfBirth(LocalDate.of(2005, 3, 4))
          .homeArea(HomeArea.LEICESTER_CITY)
          .addCircumstance(Circumstance.of(CircumstanceType.CONVICTION, LocalDate.of(2024, 1, 6)))
          .build());
      System.out.println("UP: " + CaresRules.newBuilder().build()
          .assess(record, LocalDate.of(2026, 11, 25)).decision(ProgrammeCode.UP).outcome());
    }
  }
}
