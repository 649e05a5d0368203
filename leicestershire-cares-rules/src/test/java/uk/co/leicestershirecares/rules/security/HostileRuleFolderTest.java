package uk.co.leicestershirecares.rules.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantId;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.rules.RuleFolder;
import uk.co.leicestershirecares.rules.ShippedRules;
import uk.co.leicestershirecares.rules.analyst.ReloadingPolicy;
import uk.co.leicestershirecares.rules.analyst.RuleChecker;
import uk.co.leicestershirecares.rules.analyst.RulesNotLoadedException;

/**
 * Issue 21, item 7: every hostile folder of {@link HostileFolders} is refused, and none runs its
 * payload (its marker file never appears).
 *
 * <p>Each of the 85 entries is dropped alone into an empty folder (the folder overlays the
 * shipped rules) and must be refused by {@link RuleFolder#load(Path)} (data by default), by
 * {@link RuleFolder#load(Path, RuleFolder.Options)} with rule code allowed, and by {@link
 * RuleChecker#check(Path, RuleFolder.Options)} with rule code allowed. The {@link
 * ReloadingPolicy} leg, which compiles the clean folder first, runs for a representative
 * subset of 13 entries, one per route of attack (an obfuscated name, code outside a rule's
 * {@code then}, the rule base, reflection, processes, the network, a table cell, a table
 * header, another extension, a symlink, a newline in a name, a subfolder), to keep the suite's
 * time down: a policy opened on a clean folder (a copy of one shipped table) must refuse the
 * hostile files, keep answering with its previous rules and say why.
 *
 * <p>{@code HostileLivenessTest} proves that the payloads marked live do run under plain
 * Drools, so that this test cannot pass vacuously.
 */
final class HostileRuleFolderTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
  private static final ParticipantRecord RECORD = ParticipantRecord.of(Participant.builder()
      .id(ParticipantId.of("P-1"))
      .dateOfBirth(LocalDate.of(2000, 1, 1))
      .homeArea(HomeArea.LEICESTER_CITY)
      .build());
  private static final String CLEAN_TABLE = "eligibility.drl.csv";

  @TempDir
  Path temp;

  static Stream<HostileFolders.Entry> entries() {
    return HostileFolders.all().stream();
  }

  private static String signature(Assessment assessment) {
    return assessment.employmentPathway() + "/" + assessment.stage() + " "
        + assessment.eligibility().stream().map(d -> d.programme() + "=" + d.outcome())
        .sorted().collect(Collectors.joining(","));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void eachHostileFolderIsRefusedWithAndWithoutConsentToRuleCode(HostileFolders.Entry entry) {
    Path marker = temp.resolve("marker");
    Path folder = temp.resolve("rules");
    entry.dropInto(folder, marker);

    RuleFolder.Result data = RuleFolder.load(folder);
    assertThat(data.isLoaded()).as("refused as data").isFalse();
    assertThat(data.diagnostics()).isNotEmpty();
    assertThat(marker).doesNotExist();

    RuleFolder.Result code =
        RuleFolder.load(folder, RuleFolder.Options.defaults().withRuleCodeAllowed());
    assertThat(code.isLoaded()).as("refused with rule code allowed").isFalse();
    assertThat(code.diagnostics()).isNotEmpty();
    assertThat(marker).doesNotExist();

    RuleChecker.Report report =
        RuleChecker.check(folder, RuleFolder.Options.defaults().withRuleCodeAllowed());
    assertThat(report.isClean()).as("check fails").isFalse();
    assertThat(report.diagnostics()).isNotEmpty();
    assertThat(marker).doesNotExist();
  }

  /** The subset the reloading leg runs (see the class comment). */
  @ParameterizedTest
  @ValueSource(strings = {"fqn-comment", "unicode-class", "function", "kcontext-runtime",
      "class-for-name", "runtime-exec", "java-net-socket", "cell-backslash-quote",
      "header-action-template", "upper-case-drl", "symlink-drl", "newline-name",
      "subfolder-drl"})
  void aReloadingPolicyRefusesTheHostileFilesAndKeepsItsRules(String id) throws Exception {
    HostileFolders.Entry entry = HostileFolders.get(id);
    Path marker = temp.resolve("marker");
    Path folder = Files.createDirectories(temp.resolve("rules"));
    Files.writeString(folder.resolve(CLEAN_TABLE), ShippedRules.text(CLEAN_TABLE));
    try (ReloadingPolicy policy = ReloadingPolicy.open(folder, PolicyParameters.defaults(),
        ProgrammeCatalogue.standard(), ReloadingPolicy.Options.defaults().withRuleCodeAllowed()
            .withQuietInterval(Duration.ZERO))) {
      String before = signature(policy.assess(RECORD, AS_OF));

      entry.dropInto(folder, marker);
      assertThat(policy.reloadIfChanged()).as("refused").isFalse();
      assertThat(policy.lastRejection()).isPresent();
      assertThat(policy.version()).isEqualTo(1);
      assertThat(signature(policy.assess(RECORD, AS_OF))).as("the previous rules answer")
          .isEqualTo(before);
      assertThat(marker).doesNotExist();
    }
    assertThat(marker).doesNotExist();
  }

  @Test
  void aReloadingPolicyOpenedOnAHostileFolderIsATypedError() {
    for (String id : new String[] {"function", "cell-backslash-quote", "symlink-drl"}) {
      Path marker = temp.resolve(id + ".marker");
      Path folder = temp.resolve(id);
      HostileFolders.get(id).dropInto(folder, marker);
      assertThatThrownBy(() -> ReloadingPolicy.open(folder, PolicyParameters.defaults(),
          ProgrammeCatalogue.standard(), ReloadingPolicy.Options.defaults()
              .withRuleCodeAllowed().withQuietInterval(Duration.ZERO)))
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
