package uk.co.leicestershirecares.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list of shipped rule files is the folder's, and copying gives an analyst all of them. */
final class ShippedRulesTest {
  private static final Path SOURCE_FOLDER =
      Path.of("src/main/resources/uk/co/leicestershirecares/rules");

  @Test
  void theIndexListsExactlyTheFilesOfTheRulesFolder() throws IOException {
    try (Stream<Path> files = Files.list(SOURCE_FOLDER)) {
      assertThat(ShippedRules.files()).containsExactlyElementsOf(files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".drl") || name.endsWith(".drl.csv"))
          .sorted()
          .collect(Collectors.toList()));
    }
    assertThat(ShippedRules.files()).contains("outcomes.drl.csv", "stage.drl");
  }

  /**
   * The shipped DRL decides and never writes: it imports no internal package, and outside rule
   * names and metadata it holds no string literal (no sentence, no rule id built by hand).
   */
  @Test
  void theShippedDrlImportsNoInternalPackageAndBuildsNoText() {
    for (String name : ShippedRules.files()) {
      if (!name.endsWith(".drl")) {
        continue;
      }
      String text = ShippedRules.text(name);
      assertThat(text).as(name).doesNotContainPattern("(?m)^import .*\\.internal\\.");
      String code = text.lines()
          .filter(line -> !line.startsWith("//") && !line.startsWith("rule \"")
              && !line.strip().startsWith("@ruleId(\"") && !line.strip().startsWith("@source(\""))
          .collect(Collectors.joining("\n"));
      assertThat(code).as(name + ", outside rule names and metadata").doesNotContain("\"");
    }
  }

  @Test
  void copyToWritesEveryFileAsShipped(@TempDir Path folder) throws IOException {
    Path copy = ShippedRules.copyTo(folder.resolve("my-rules"));

    for (String name : ShippedRules.files()) {
      assertThat(Files.readString(copy.resolve(name)))
          .isEqualTo(Files.readString(SOURCE_FOLDER.resolve(name)))
          .isEqualTo(ShippedRules.text(name));
    }
    assertThat(CaresRules.newBuilder().allowRuleCode().load(copy)
        .diagnostics()).isEmpty();
  }

  @Test
  void copyTablesToWritesTheTablesOnlyAndTheyLoadWithoutRuleCode(@TempDir Path folder)
      throws IOException {
    Path copy = ShippedRules.copyTablesTo(folder.resolve("my-rules"));

    try (Stream<Path> files = Files.list(copy)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactlyElementsOf(ShippedRules.tables())
          .allMatch(name -> name.endsWith(".drl.csv"))
          .hasSize(5);
    }
    assertThat(CaresRules.newBuilder().load(copy).diagnostics()).isEmpty();
  }

  @Test
  void textOfAFileThatIsNotShippedIsRefused() {
    assertThatThrownBy(() -> ShippedRules.text("../../secret.drl"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a shipped rule file: ../../secret.drl");
  }
}
