package uk.co.leicestershirecares.core.reason;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks that every sentence a rule cites is really in its document: the charity's texts in
 * {@code docs/sources}, or this project's {@code docs/policy-decisions.md}.
 */
final class SourcesTest {
  private static final Path DOCS = Path.of("..", "docs").toAbsolutePath().normalize();

  private static String document(String name) throws IOException {
    Path path = name.equals(Sources.POLICY_DECISIONS)
        ? DOCS.resolve(name)
        : DOCS.resolve("sources").resolve(name);
    return normalise(Files.readString(path, StandardCharsets.UTF_8).replace("**", ""));
  }

  private static String normalise(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @Test
  void everyCitedSentenceAppearsWordForWordInItsDocument() throws IOException {
    for (Source source : Sources.all()) {
      assertThat(document(source.document()))
          .as("document %s should contain the cited sentence", source.document())
          .contains(normalise(source.sentence()));
    }
  }

  @Test
  void allListsEverySourceConstant() throws IllegalAccessException {
    List<Source> declared = new ArrayList<>();
    for (Field field : Sources.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == Source.class) {
        declared.add((Source) field.get(null));
      }
    }
    assertThat(Sources.all()).containsExactlyInAnyOrderElementsOf(declared).doesNotHaveDuplicates();
  }
}
