package uk.co.leicestershirecares.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
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

/**
 * An analyst changes a rule: copies the shipped rules into a folder, loads them, asks about a
 * 26-year-old with a conviction (UP is for 18 to 25: not eligible), changes one cell of the
 * eligibility table {@code eligibility.drl.csv} (the Age band of row {@code UP.age}, from {@code 18
 * to 25} to {@code 18 to 29}), reloads and asks again (eligible), then makes a typo in the same
 * cell and sees where it is ({@code file:row:column: message}) while the last good rules keep
 * answering.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=uk.co.leicestershirecares.examples.AnalystRuleChange}; it works in a temporary
 * folder it deletes afterwards, or in an empty (or new) folder given with {@code
 * -Dexec.args=my-rules}, which it keeps.
 */
public final class AnalystRuleChange {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
  static final String TABLE = "eligibility.drl.csv";
  static final String UP_AGE_ROW = "UP.age,000_8df8b8bd680ae635.txt,UP,always,18 to 25,";
  static final String UP_AGE_ROW_EDITED = "UP.age,000_8df8b8bd680ae635.txt,UP,always,18 to 29,";
  static final String UP_AGE_ROW_TYPO = "UP.age,000_8df8b8bd680ae635.txt,UP,always,18 to29,";

  private AnalystRuleChange() {}

  /** The answers before the edit, after it, and after the broken edit, with its diagnostics. */
  record Answers(EligibilityOutcome before, EligibilityOutcome after,
      List<Diagnostic> diagnostics, EligibilityOutcome afterBrokenEdit) {}

  /**
   * Runs the example in a temporary folder, or in the empty or new folder {@code args[0]}.
   *
   * @param args an optional folder
   */
  public static void main(String[] args) throws IOException {
    if (args.length > 0) {
      Path folder = Path.of(args[0]);
      Files.createDirectories(folder);
      try (Stream<Path> files = Files.list(folder)) {
        if (files.findAny().isPresent()) {
          throw new IllegalArgumentException(folder + " is not empty; name an empty or new folder");
        }
      }
      run(folder, System.out);
      return;
    }
    Path folder = Files.createTempDirectory("analyst-rules");
    try {
      run(folder, System.out);
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  static Answers run(Path folder, PrintStream out) throws IOException {
    ShippedRules.copyTablesTo(folder);
    out.println("1. Copied the " + ShippedRules.files().size() + " shipped rule files into "
        + folder);

    RuleFolder.Result loaded = CaresRules.newBuilder().load(folder);
    DroolsPolicy policy = loaded.policy().orElseThrow(
        () -> new IllegalStateException("the shipped rules did not load: " + loaded.diagnostics()));
    out.println("2. Loaded them: " + policy.ruleNames().size() + " rules.");
    EligibilityOutcome before = ask(policy, "3. Asked about", out);

    Path table = folder.resolve(TABLE);
    int row = edit(table, UP_AGE_ROW, UP_AGE_ROW_EDITED);
    out.println("4. Edited " + TABLE + " row " + row + " (UP.age): its Age band cell now says"
        + " 18 to 29 instead of 18 to 25:");
    out.println("     was: " + UP_AGE_ROW + "...");
    out.println("     now: " + UP_AGE_ROW_EDITED + "...");
    RuleFolder.Result reloaded = CaresRules.newBuilder().load(folder);
    if (reloaded.isLoaded()) {
      policy = reloaded.policy().get();
      out.println("5. Reloaded the folder: it compiled.");
    } else {
      out.println("5. Reloaded the folder: it did not compile: " + reloaded.diagnostics());
    }
    EligibilityOutcome after = ask(policy, "6. Asked again about", out);

    row = edit(table, UP_AGE_ROW_EDITED, UP_AGE_ROW_TYPO);
    out.println("7. Made a typo in the same cell (\"18 to29\") and reloaded. The table check"
        + " refuses the folder and names the cell:");
    RuleFolder.Result broken = CaresRules.newBuilder().load(folder);
    broken.diagnostics().forEach(d -> out.println("     " + d));
    if (broken.isLoaded()) {   // never, for a table mistake; a service would switch to it
      policy = broken.policy().get();
    }
    EligibilityOutcome afterBroken =
        ask(policy, "8. The last rules that compiled keep answering about", out);
    return new Answers(before, after, broken.diagnostics(), afterBroken);
  }

  /** A 26-year-old with a conviction, living in Leicester. */
  static ParticipantRecord aged26WithAConviction() {
    return ParticipantRecord.of(Participant.builder()
        .id(ParticipantId.of("P-0026"))
        .dateOfBirth(LocalDate.of(2000, 6, 15))
        .homeArea(HomeArea.LEICESTER_CITY)
        .addCircumstance(Circumstance.of(CircumstanceType.CONVICTION, LocalDate.of(2024, 2, 1)))
        .build());
  }

  private static EligibilityOutcome ask(DroolsPolicy policy, String step, PrintStream out) {
    EligibilityDecision up =
        policy.assess(aged26WithAConviction(), AS_OF).decision(ProgrammeCode.UP);
    out.println(step + " P-0026 (26, a conviction) on " + AS_OF + ": UP " + up.outcome());
    up.reasons().stream().filter(r -> r.ruleId().equals("UP.age"))
        .forEach(r -> out.println("     - " + r.text() + "  [" + r.ruleId() + "]"));
    up.missing().forEach(m -> out.println("     missing: " + m.text() + "  [" + m.ruleId() + "]"));
    return up.outcome();
  }

  /** Replaces the one occurrence of {@code from} in {@code file}; returns its line number. */
  private static int edit(Path file, String from, String to) {
    try {
      String text = Files.readString(file);
      int at = text.indexOf(from);
      if (at < 0 || text.indexOf(from, at + 1) >= 0) {
        throw new IllegalStateException(file + " does not hold exactly one " + from);
      }
      Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
      return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
