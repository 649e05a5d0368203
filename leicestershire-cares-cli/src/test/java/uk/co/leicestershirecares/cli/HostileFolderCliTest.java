package uk.co.leicestershirecares.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.co.leicestershirecares.rules.ShippedRules;

/**
 * Issue 21, item 7: every command that reads a rule folder refuses a hostile one, with and
 * without {@code --allow-rule-code}: {@code assess --rules}, {@code explain --rules}, {@code
 * report --rules}, {@code test}, {@code coverage}, {@code check} and {@code watch --checks 1}
 * each exit with 1 (check failed) or 2 (bad input), say why (on standard error, or for {@code
 * check} and {@code watch} on standard output) without a stack trace or a thrown exception's class
 * name, and never run the payload (its marker file never appears).
 *
 * <p>Three folders, built here as the rules module's {@code HostileFolders} builds them (its
 * corpus is test code of another module): a rule file whose {@code function} writes the marker,
 * the crises table with code in its action template, and a rule file with an extension Drools
 * also compiles ({@code .DRL}).
 */
final class HostileFolderCliTest {
  private static final Path SCENARIOS = Path.of("..", "examples", "scenarios");

  @TempDir
  Path dir;

  private static String literal(Path marker) {
    return marker.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static String write(Path marker) {
    return "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + literal(marker)
        + "\"), \"hostile\")";
  }

  /** Makes the hostile folder {@code kind} with a payload that creates {@code marker}. */
  private static Path folder(String kind, Path dir, Path marker) throws IOException {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    switch (kind) {
      case "function" -> {
        Files.writeString(rules.resolve("hostile.drl"), "package uk.co.leicestershirecares.rules;"
            + "\n\nimport uk.co.leicestershirecares.core.participant.ParticipantRecord;\n\n"
            + "function void hostile() {\n  try {\n    " + write(marker) + ";\n"
            + "  } catch (java.io.IOException e) {\n"
            + "    throw new java.io.UncheckedIOException(e);\n  }\n}\n\n"
            + "rule \"Hostile function\"\nwhen\n  $r : ParticipantRecord()\nthen\n"
            + "  hostile();\nend\n");
      }
      case "table-header" -> {
        String action = "\"insert(new CrisisCircumstance($c, \"\"$param\"\"));\"";
        String crises = ShippedRules.text("crises.drl.csv");
        assertThat(crises).contains(action);
        Files.writeString(rules.resolve("crises.drl.csv"), crises.replace(action,
            "\"insert(new CrisisCircumstance($c, \"\"$param\"\")); "
                + write(marker).replace("\"", "\"\"") + ";\""));
      }
      case "upper-case-extension" -> {
        Files.writeString(rules.resolve("HOSTILE.DRL"), "package uk.co.leicestershirecares.rules;"
            + "\n\nimport uk.co.leicestershirecares.core.participant.ParticipantRecord;\n\n"
            + "rule \"Hostile upper case\"\nwhen\n  $r : ParticipantRecord()\nthen\n  "
            + write(marker) + ";\nend\n");
      }
      default -> throw new AssertionError(kind);
    }
    return rules;
  }

  static Stream<Arguments> runs() {
    List<Arguments> runs = new ArrayList<>();
    for (String kind : List.of("function", "table-header", "upper-case-extension")) {
      for (String command : List.of("assess", "explain", "report", "test", "coverage", "check",
          "watch")) {
        runs.add(Arguments.of(kind, command, false));
        runs.add(Arguments.of(kind, command, true));
      }
    }
    return runs.stream();
  }

  private List<String> arguments(String command, Path rules, boolean allow) {
    String record = Files2.copy("record.json", dir).toString();
    List<String> args = new ArrayList<>(List.of(command));
    switch (command) {
      case "assess" -> {
        args.addAll(List.of("--record", record, "--as-of", "2026-11-25", "--rules",
            rules.toString()));
      }
      case "explain" -> {
        args.addAll(List.of("--record", record, "--programme", "UP", "--as-of", "2026-11-25",
            "--rules", rules.toString()));
      }
      case "report" -> {
        args.addAll(List.of("--data", Files2.copy("leaving-care-2023-24-q1.json", dir)
            .toString(), "--quarter", "2023/24-Q1", "--programme", "LEAVING_CARE", "--rules",
            rules.toString()));
      }
      case "test", "coverage" -> {
        args.addAll(List.of(rules.toString(), "--scenarios",
            SCENARIOS.resolve("care-experienced.json").toString()));
      }
      case "check" -> args.add(rules.toString());
      case "watch" -> args.addAll(List.of(rules.toString(), "--checks", "1"));
      default -> throw new AssertionError(command);
    }
    if (allow) {
      args.add("--allow-rule-code");
    }
    return args;
  }

  @ParameterizedTest(name = "{1} on {0}, allow rule code {2}")
  @MethodSource("runs")
  void everyCommandRefusesAHostileFolder(String kind, String command, boolean allow)
      throws IOException {
    Path marker = dir.resolve("marker");
    Path rules = folder(kind, dir, marker);

    Run run = Run.of(arguments(command, rules, allow).toArray(new String[0]));

    assertThat(run.exitCode).as(run.toString()).isIn(CliException.CHECK_FAILED,
        CliException.BAD_INPUT);
    assertThat(run.out + run.err).as("says why").isNotBlank();
    // A forbidden class may be named (java.io.IOException is not allowed), a thrown one not.
    assertThat(run.err).as(run.toString())
        .doesNotContainPattern("\\b[A-Z]\\w*(Exception|Error): ")
        .doesNotContain("\tat ", "Caused by", "at uk.", "at java.", "at org.", "at picocli.");
    assertThat(marker).as("the payload never ran").doesNotExist();
  }
}
