package uk.co.leicestershirecares.json;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

class JacksonVersionTest {

  private static Version jackson(int major, int minor, int patch) {
    return new Version(major, minor, patch, null, null, null);
  }

  @Test
  void jacksonOlderThanTheOldestThatWorksIsRefusedWithBothVersionsNamed() {
    assertThatThrownBy(() -> CaresJson.requireJackson(jackson(2, 16, 2), jackson(2, 16, 2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs Jackson 2.17 or later")
        .hasMessageContaining("jackson-core 2.16.2 and jackson-databind 2.16.2")
        .hasMessageContaining("jackson-bom.version");
  }

  @Test
  void eitherModuleBeingTooOldIsEnough() {
    assertThatThrownBy(() -> CaresJson.requireJackson(jackson(2, 23, 0), jackson(2, 15, 4)))
        .hasMessageContaining("jackson-databind 2.15.4");
    assertThatThrownBy(() -> CaresJson.requireJackson(jackson(2, 15, 4), jackson(2, 23, 0)))
        .hasMessageContaining("jackson-core 2.15.4");
  }

  @Test
  void theOldestThatWorksAndNewerAreAccepted() {
    assertThatCode(() -> CaresJson.requireJackson(jackson(2, 17, 0), jackson(2, 17, 0)))
        .doesNotThrowAnyException();
    assertThatCode(() -> CaresJson.requireJackson(jackson(2, 23, 0), jackson(2, 19, 2)))
        .doesNotThrowAnyException();
  }

  @Test
  void theJacksonThisModuleIsBuiltWithPasses() {
    assertThatCode(() -> CaresJson.readRecord("{\"id\": \"P-1\", \"homeArea\": \"RUTLAND\"}"))
        .doesNotThrowAnyException();
  }
}
