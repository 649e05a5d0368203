package uk.co.leicestershirecares.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.co.leicestershirecares.rules.TestRecords.VOLUNTEERING;
import static uk.co.leicestershirecares.rules.TestRecords.VOLUNTEERING_ROW;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.rules.analyst.RuleChecker;

/**
 * What a rule folder may hold (issue 21, "data by default, code by consent"): policy tables that
 * replace the shipped tables of the same name and scenarios, loaded on top of the shipped DRL;
 * {@code .drl} files only with {@link CaresRules#allowRuleCode()}; every other file
 * refused with a diagnostic naming it. And the folder is read once: what loads is the snapshot.
 */
final class FolderContentsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
  private static final CaresRules CODE = CaresRules.newBuilder().allowRuleCode();

  @TempDir
  Path folder;

  @Test
  void aFolderOfOneEditedTableIsAWholePolicy() throws IOException {
    writeOutcomesTable(ShippedRules.text("outcomes.drl.csv")
        .replace(VOLUNTEERING_ROW, VOLUNTEERING_ROW.replace(",yes,", ",no,")));

    RuleFolder.Result loaded = CaresRules.newBuilder().load(folder);

    assertThat(loaded.diagnostics()).isEmpty();
    DroolsPolicy policy = loaded.policy().orElseThrow();
    assertThat(policy.classify(VOLUNTEERING, DAY).ete()).isFalse();
    assertThat(policy.ruleNames()).as("the shipped DRL came from the library")
        .isEqualTo(CaresRules.newBuilder().build().ruleNames());
  }

  @Test
  void anEmptyFolderIsTheShippedPolicy() {
    RuleFolder.Result loaded = CaresRules.newBuilder().load(folder);

    assertThat(loaded.diagnostics()).isEmpty();
    assertThat(loaded.policy().orElseThrow().classify(VOLUNTEERING, DAY).ete()).isTrue();
  }

  @Test
  void aDrlFileIsRefusedUnlessRuleCodeIsAllowed() throws IOException {
    Files.writeString(folder.resolve("stage.drl"), ShippedRules.text("stage.drl"));

    RuleFolder.Result refused = CaresRules.newBuilder().load(folder);

    assertThat(refused.isLoaded()).isFalse();
    assertThat(refused.diagnostics()).singleElement().extracting(Diagnostic::toString)
        .asString()
        .startsWith("stage.drl: rule code (a .drl file) is not loaded unless it is allowed"
            + " (--allow-rule-code, CaresRules.allowRuleCode())")
        .contains("runs with this program's rights");
    assertThat(CODE.load(folder).diagnostics()).isEmpty();
  }

  @Test
  void anAllowedDrlFileReplacesTheShippedFileOfItsName() throws IOException {
    String stage = ShippedRules.text("stage.drl");
    String first = stage.substring(stage.indexOf("rule \""), stage.indexOf('"',
        stage.indexOf("rule \"") + 6) + 1);
    // The shipped stage.drl with one rule renamed: were it added, both names would be there.
    Files.writeString(folder.resolve("stage.drl"),
        stage.replace(first, first.substring(0, first.length() - 1) + " (renamed)\""));

    RuleFolder.Result loaded = CODE.load(folder);

    assertThat(loaded.diagnostics()).isEmpty();
    String name = first.substring(6, first.length() - 1);
    assertThat(loaded.policy().orElseThrow().ruleNames())
        .contains(name + " (renamed)").doesNotContain(name);
  }

  @Test
  void aFileOfAnyOtherKindIsRefusedWithOrWithoutRuleCode() throws IOException {
    for (String name : new String[] {"notes.txt", "Evil.java", "rules.dslr", "STAGE.DRL",
        "kmodule.xml", ".hidden"}) {
      Files.writeString(folder.resolve(name), "x");
    }

    for (CaresRules options : new CaresRules[] {CaresRules.newBuilder(), CODE}) {
      RuleFolder.Result refused = options.load(folder);
      assertThat(refused.isLoaded()).isFalse();
      assertThat(refused.diagnostics()).extracting(Diagnostic::file)
          .containsExactly(".hidden", "Evil.java", "STAGE.DRL", "kmodule.xml", "notes.txt",
              "rules.dslr");
      assertThat(refused.diagnostics().get(0).message()).startsWith("a hidden file or folder");
      assertThat(refused.diagnostics().subList(1, 6)).allSatisfy(d ->
          assertThat(d.message()).startsWith("not a file a rule folder may hold"));
    }
  }

  @Test
  void anUnknownTableOrATableInASubFolderIsRefused() throws IOException {
    Files.writeString(folder.resolve("mine.drl.csv"), ShippedRules.text("outcomes.drl.csv"));
    Files.createDirectories(folder.resolve("sub"));
    Files.writeString(folder.resolve("sub/outcomes.drl.csv"), ShippedRules.text("outcomes.drl.csv"));

    RuleFolder.Result refused = CODE.load(folder);

    assertThat(refused.diagnostics()).extracting(Diagnostic::toString).containsExactly(
        "mine.drl.csv: not a policy table this library knows: the tables are"
            + " eligibility.drl.csv, annual-plans.drl.csv, crises.drl.csv,"
            + " recent-activity.drl.csv, outcomes.drl.csv",
        "sub/outcomes.drl.csv: a policy table belongs at the top of the folder, not in a folder"
            + " inside it");
  }

  @Test
  void ruleCodeInASubFolderOrAHiddenFolderIsRefusedEvenWhenAllowed() throws IOException {
    Files.createDirectories(folder.resolve("sub"));
    Files.createDirectories(folder.resolve(".git"));
    Files.writeString(folder.resolve("sub/stage.drl"), ShippedRules.text("stage.drl"));
    Files.writeString(folder.resolve(".git/stage.drl"), ShippedRules.text("stage.drl"));

    assertThat(CODE.load(folder).diagnostics()).extracting(Diagnostic::toString)
        .containsExactly(".git/stage.drl: a hidden file or folder: a rule folder holds only"
                + " files its analysts can see; move it out of the folder",
            "sub/stage.drl: a rule file belongs at the top of the folder, not in a folder"
                + " inside it");
  }

  @Test
  void aTableThatIsNotUtf8IsRefused() throws IOException {
    Files.write(folder.resolve("outcomes.drl.csv"),
        ShippedRules.text("outcomes.drl.csv").getBytes(StandardCharsets.UTF_16));

    assertThat(CaresRules.newBuilder().load(folder).diagnostics()).extracting(Diagnostic::toString)
        .containsExactly("outcomes.drl.csv: not UTF-8 text: save the file as UTF-8");
  }

  @Test
  void aLinkIsNeverFollowed(@TempDir Path elsewhere) throws IOException {
    Path outside = Files.writeString(elsewhere.resolve("outcomes.drl.csv"),
        ShippedRules.text("outcomes.drl.csv"));
    Files.createSymbolicLink(folder.resolve("outcomes.drl.csv"), outside);
    Files.createSymbolicLink(folder.resolve("more"), elsewhere);

    assertThat(CaresRules.newBuilder().load(folder).diagnostics()).extracting(Diagnostic::toString)
        .containsExactly(
            "more: a symbolic link: a rule folder's files are read only from the folder itself",
            "outcomes.drl.csv: a symbolic link: a rule folder's files are read only from the"
                + " folder itself");
  }

  @Test
  void scenariosAreDataAndAreNotCompiled() throws IOException {
    Files.createDirectories(folder.resolve("scenarios"));
    Files.writeString(folder.resolve("scenarios/up.json"), "not even JSON");

    assertThat(CaresRules.newBuilder().load(folder).diagnostics()).isEmpty();
  }

  @Test
  void aFileNamedWithControlCharactersIsReportedOnOneEscapedLine() throws IOException {
    Files.writeString(folder.resolve("evil\n\u001b[2Jname.txt"), "x");

    assertThat(CaresRules.newBuilder().load(folder).diagnostics()).singleElement()
        .extracting(Diagnostic::toString).asString()
        .startsWith("evil\\n\\u001b[2Jname.txt: not a file a rule folder may hold")
        .doesNotContain("\n", "\u001b");
  }

  @Test
  void whatLoadsIsTheSnapshotNotTheFolderAsItIsLater() throws IOException {
    String edited = ShippedRules.text("outcomes.drl.csv")
        .replace(VOLUNTEERING_ROW, VOLUNTEERING_ROW.replace(",yes,", ",no,"));
    writeOutcomesTable(edited);
    RuleFiles files = RuleFiles.read(folder);

    // Swapped on disk after the read: neither the check nor the load may see it.
    writeOutcomesTable("broken");
    Files.writeString(folder.resolve("evil.drl"), "rule \"x\" when then end");

    RuleChecker.Report report = CaresRules.newBuilder().check(files);
    assertThat(report.diagnostics()).isEmpty();
    assertThat(report.policy().orElseThrow().classify(VOLUNTEERING, DAY).ete()).isFalse();
    assertThat(files.names()).containsExactly("outcomes.drl.csv");
    assertThat(files.fingerprint()).isNotEqualTo(RuleFiles.read(folder).fingerprint());
  }

  @Test
  void rulesFilesFromMemoryAreCopiedAndTheirNamesChecked() {
    byte[] table = ShippedRules.text("outcomes.drl.csv").getBytes(StandardCharsets.UTF_8);
    RuleFiles files = RuleFiles.of(Map.of("outcomes.drl.csv", table));
    table[0] = 'X';

    assertThat(CaresRules.newBuilder().load(files).diagnostics()).isEmpty();
    for (String bad : new String[] {"", "/etc/passwd", "../outside.drl.csv", "a//b",
        "a\\b.drl"}) {
      assertThatThrownBy(() -> RuleFiles.of(Map.of(bad, table)))
          .as(bad).isInstanceOf(InvalidRecordException.class);
    }
    assertThatThrownBy(() -> RuleFiles.read(null)).isInstanceOf(InvalidRecordException.class);
  }

  @Test
  void aMissingFolderIsOneDiagnostic() {
    assertThat(CaresRules.newBuilder().load(folder.resolve("missing")).diagnostics())
        .extracting(Diagnostic::message).containsExactly("not a folder");
  }

  @Test
  void optionsSayWhatTheyAllow() {
    assertThat(CaresRules.newBuilder().toString()).startsWith("CaresRules[tables only, ");
    assertThat(CODE.toString()).startsWith("CaresRules[rule code allowed, ");
    assertThatThrownBy(() -> CaresRules.newBuilder().limits(null))
        .isInstanceOf(InvalidRecordException.class).hasMessageContaining("limits");
    assertThatThrownBy(() -> CODE.load((Path) null))
        .isInstanceOf(InvalidRecordException.class).hasMessageContaining("folder");
  }

  private void writeOutcomesTable(String text) throws IOException {
    Files.writeString(folder.resolve("outcomes.drl.csv"), text);
  }
}
