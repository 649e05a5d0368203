package uk.co.leicestershirecares.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Damaged versions of valid text are either still valid or rejected with a {@link
 * JsonFormatException}, never another exception. Complements the Jazzer fuzz test with inputs
 * close to the format, where the interesting mistakes are.
 */
class DamagedInputPropertiesTest {
  @Test
  void damagedTextIsReadOrRejectedWithAFormatError() {
    qt().withExamples(1000).forAll(Generators.damagedTexts()).checkAssert(text -> {
      assertOnlyFormatErrors(() -> CaresJson.readRecords(text));
      assertOnlyFormatErrors(() -> CaresJson.readDataSet(text));
      assertOnlyFormatErrors(
          () -> CaresJson.readRecords(text.getBytes(StandardCharsets.UTF_8)));
    });
  }

  static void assertOnlyFormatErrors(Runnable read) {
    try {
      read.run();
    } catch (JsonFormatException e) {
      assertThat(e.field()).startsWith("$");
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n", "\r");
    }
  }
}
