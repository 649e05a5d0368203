package uk.co.leicestershirecares.rules.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.Diagnostic;
import uk.co.leicestershirecares.rules.RuleFolder;
import uk.co.leicestershirecares.rules.TestRecords;
import uk.co.leicestershirecares.rules.ShippedRules;
import uk.co.leicestershirecares.rules.analyst.ReloadingPolicy;
import uk.co.leicestershirecares.rules.analyst.RuleChecker;
import uk.co.leicestershirecares.rules.analyst.RulesNotLoadedException;

/**
 * Issue 21, item 7: every hostile folder of {@link HostileFolders} is refused, and none runs its
 * payload (its marker file never appears).
 *
 * <p>Each entry is dropped alone into an empty folder (the folder overlays the shipped rules).
 * Grouped to keep the suite's time down, because with rule code allowed a {@code .drl} file can
 * only be refused after a compilation of the whole overlay:
 * <ul>
 *   <li>every entry (85) is refused by {@link CaresRules#load(Path)}, data by default;
 *   <li>every entry that needs no compilation to be refused (tables, other extensions, links,
 *       subfolders, odd names, files Drools cannot parse) and 6 rule files, one per route of
 *       attack, are refused one by one by {@link CaresRules#load(Path)} and
 *       {@link CaresRules#check(Path)} with rule code allowed;
 *   <li>the other rule files that compile under plain Drools are put in one folder, refused by
 *       both with rule code allowed, each named by a diagnostic;
 *   <li>the {@link ReloadingPolicy} leg runs for a representative subset of 13 entries, one
 *       after another on one policy (opening compiles; a refusal after it need not): a policy
 *       opened on a clean folder (a copy of one shipped table) must refuse the hostile files,
 *       keep answering with its previous rules and say why; opening one on a hostile folder is a
 *       {@link RulesNotLoadedException}.
 * </ul>
 *
 * <p>{@code HostileLivenessTest} proves that the payloads marked live do run under plain
 * Drools, so that this test cannot pass vacuously.
 */
final class HostileRuleFolderTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
  private static final ParticipantRecord RECORD = TestRecords.bornIn2000("P-1");
  private static final String CLEAN_TABLE = "eligibility.drl.csv";

  @TempDir
  Path temp;

  /**
   * Whether refusing {@code entry} with rule code allowed needs a compilation: its files are rule
   * files at the top of the folder that plain Drools compiles, so only the bytecode check can
   * refuse them.
   */
  static boolean needsCompile(HostileFolders.Entry entry) {
    return entry.liveOnPlainDrools() && entry.files(Path.of("m")).stream().allMatch(f ->
        f.name().endsWith(".drl") && !f.name().contains("/") && !f.symlinkFromOutside());
  }

  /** The entries compiled one by one with rule code allowed, one per route of attack. */
  private static final List<String> COMPILED_ALONE = List.of("fqn-spaces",
      "unicode-newline-ends-comment", "drools-kiebase", "method-handles", "process-builder",
      "system-exit");

  static Stream<HostileFolders.Entry> entries() {
    return HostileFolders.all().stream();
  }

  static Stream<HostileFolders.Entry> entriesRefusedWithoutCompiling() {
    return HostileFolders.all().stream().filter(e -> !needsCompile(e));
  }

  static Stream<HostileFolders.Entry> entriesCompiledAlone() {
    return COMPILED_ALONE.stream().map(HostileFolders::get);
  }

  private static String signature(Assessment assessment) {
    return assessment.employmentPathway() + "/" + assessment.stage() + " "
        + assessment.eligibility().stream().map(d -> d.programme() + "=" + d.outcome())
        .sorted().collect(Collectors.joining(","));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void eachHostileFolderIsRefusedAsData(HostileFolders.Entry entry) {
    Path marker = temp.resolve("marker");
    Path folder = temp.resolve("rules");
    entry.dropInto(folder, marker);

    RuleFolder.Result data = CaresRules.newBuilder().load(folder);
    assertThat(data.isLoaded()).as(entry + ": refused as data").isFalse();
    assertThat(data.diagnostics()).isNotEmpty();
    assertThat(CaresRules.newBuilder().load(folder).isLoaded()).isFalse();
    assertThat(marker).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"entriesRefusedWithoutCompiling", "entriesCompiledAlone"})
  void eachHostileFolderIsRefusedWithRuleCodeAllowed(HostileFolders.Entry entry) {
    Path marker = temp.resolve("marker");
    Path folder = temp.resolve("rules");
    entry.dropInto(folder, marker);

    RuleFolder.Result code =
        CaresRules.newBuilder().allowRuleCode().load(folder);
    assertThat(code.isLoaded()).as(entry + ": refused with rule code allowed").isFalse();
    assertThat(code.diagnostics()).isNotEmpty();
    assertThat(marker).doesNotExist();

    RuleChecker.Report report =
        CaresRules.newBuilder().allowRuleCode().check(folder);
    assertThat(report.isClean()).as(entry + ": check fails").isFalse();
    assertThat(report.diagnostics()).isNotEmpty();
    assertThat(marker).doesNotExist();
  }

  /**
   * Regression: on the code before the protections, checking a folder ran its code. A condition
   * that binds no variable ({@code eval( new java.io.File(...).mkdir() )}, a {@code from} over
   * such an expression, a {@code salience} expression) was evaluated while the folder was
   * compiled and its session built, before the linter refused it: "eval, from, salience: marker
   * created, folder refused". The bytecode check must refuse them before any class is loaded.
   * The three share one folder: one compilation each for the check and the load.
   */
  @Test
  void checkingAFolderNeverRunsAConditionThatBindsNoVariable() {
    Path folder = temp.resolve("rules");
    List<Path> markers = new ArrayList<>();
    for (String id : List.of("eval", "from", "salience")) {
      Path marker = temp.resolve(id + ".marker");
      markers.add(marker);
      HostileFolders.get(id).dropInto(folder, marker);
    }

    assertThat(CaresRules.newBuilder().allowRuleCode().check(folder)
        .isClean()).isFalse();
    assertThat(markers).as("the check ran a rule's condition")
        .allSatisfy(m -> assertThat(m).doesNotExist());
    assertThat(CaresRules.newBuilder().allowRuleCode().load(folder)
        .isLoaded()).isFalse();
    assertThat(markers).as("the load ran a rule's condition")
        .allSatisfy(m -> assertThat(m).doesNotExist());
  }

  /**
   * The rule files only a compilation can refuse, all in one folder: one compilation for
   * {@link RuleFolder} and one for {@link RuleChecker} instead of one per entry. The refusal
   * must name every hostile file, so that no entry hides behind another.
   */
  @Test
  void theRuleFilesOnlyTheBytecodeCheckCanRefuseAreEachNamedInOneCompilation() {
    List<HostileFolders.Entry> compiled =
        HostileFolders.all().stream().filter(HostileRuleFolderTest::needsCompile)
            .collect(Collectors.toList());
    assertThat(compiled).hasSizeGreaterThanOrEqualTo(30);
    Path folder = temp.resolve("rules");
    List<Path> markers = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (HostileFolders.Entry entry : compiled) {
      Path marker = temp.resolve(entry.id() + ".marker");
      markers.add(marker);
      entry.dropInto(folder, marker);
      entry.files(marker).forEach(f -> files.add(f.name()));
    }
    assertThat(files).doesNotHaveDuplicates();

    RuleFolder.Result code =
        CaresRules.newBuilder().allowRuleCode().load(folder);
    assertThat(code.isLoaded()).as("the folder of %d rule files is refused", files.size())
        .isFalse();
    assertThat(code.diagnostics()).extracting(Diagnostic::file).containsAll(files);
    RuleChecker.Report report =
        CaresRules.newBuilder().allowRuleCode().check(folder);
    assertThat(report.isClean()).isFalse();
    assertThat(report.diagnostics()).extracting(Diagnostic::file).containsAll(files);
    assertThat(markers).allSatisfy(m -> assertThat(m).doesNotExist());
  }

  /** The subset the reloading leg runs (see the class comment). */
  private static final List<String> RELOADING_SUBSET = List.of("fqn-comment", "unicode-class",
      "function", "kcontext-runtime", "class-for-name", "runtime-exec", "java-net-socket",
      "cell-backslash-quote", "header-action-template", "upper-case-drl", "symlink-drl",
      "newline-name", "subfolder-drl");

  @Test
  void aReloadingPolicyRefusesEachHostileFolderAndKeepsItsRules() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("rules"));
    Files.writeString(folder.resolve(CLEAN_TABLE), ShippedRules.text(CLEAN_TABLE));
    // One policy for the whole subset: opening compiles, a refusal after it need not.
    try (ReloadingPolicy policy = CaresRules.newBuilder().allowRuleCode()
        .quietInterval(Duration.ZERO).buildReloading(folder)) {
      String before = signature(policy.assess(RECORD, AS_OF));
      for (String id : RELOADING_SUBSET) {
        Path marker = temp.resolve(id + ".marker");
        Path hostile = temp.resolve("hostile-" + id);
        HostileFolders.get(id).dropInto(hostile, marker);
        copyInto(hostile, folder);

        assertThat(policy.reloadIfChanged()).as(id + " refused").isFalse();
        assertThat(policy.lastRejection()).as(id).isPresent();
        assertThat(policy.version()).as(id).isEqualTo(1);
        assertThat(signature(policy.assess(RECORD, AS_OF))).as(id + ": the previous rules")
            .isEqualTo(before);
        assertThat(marker).as(id).doesNotExist();
        removeAllBut(folder, CLEAN_TABLE);
      }
    }
  }

  /** Copies (a symlink as a symlink) every entry of {@code from} into {@code to}. */
  private static void copyInto(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS))
          .collect(Collectors.toList())) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target, LinkOption.NOFOLLOW_LINKS,
            StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static void removeAllBut(Path folder, String keep) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        if (!file.equals(folder) && !file.equals(folder.resolve(keep))) {
          Files.delete(file);
        }
      }
    }
  }

  @Test
  void aReloadingPolicyOpenedOnAHostileFolderIsATypedError() {
    for (String id : new String[] {"function", "cell-backslash-quote", "symlink-drl"}) {
      Path marker = temp.resolve(id + ".marker");
      Path folder = temp.resolve(id);
      HostileFolders.get(id).dropInto(folder, marker);
      assertThatThrownBy(() -> CaresRules.newBuilder()
          .allowRuleCode().quietInterval(Duration.ZERO).buildReloading(folder))
          .as(id).isInstanceOfSatisfying(RulesNotLoadedException.class,
              e -> assertThat(e.diagnostics()).isNotEmpty());
      assertThat(marker).doesNotExist();
    }
  }

  @Test
  void theCorpusCoversEveryFamilyWithAtLeastFortyFiveEntries() {
    assertThat(HostileFolders.all()).hasSizeGreaterThanOrEqualTo(45);
    assertThat(HostileFolders.all().stream().map(HostileFolders.Entry::id).distinct())
        .hasSameSizeAs(HostileFolders.all());
    assertThat(HostileFolders.families()).contains("qualified name with whitespace",
        "Unicode escapes", "carriage return ends a // comment", "file in UTF-16",
        "code in a function", "code in a declare field initialiser",
        "code in an accumulate block", "code in eval", "kcontext reaches the shared rule base",
        "reflection", "processes", "files", "network", "threads", "ServiceLoader",
        "System.exit and System.setProperty", "another extension Drools compiles",
        "policy-table cell carries code", "table header rows carry code",
        "table header rows carry another package", "package java.lang",
        "global of a dangerous type", "query", "dialect mvel",
        "symlink pointing outside the folder", "subfolder", "name with a newline");
  }
}
