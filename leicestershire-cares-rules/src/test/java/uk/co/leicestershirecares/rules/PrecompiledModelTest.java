package uk.co.leicestershirecares.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shipped rules are precompiled: kie-maven-plugin wrote exactly one executable model (an
 * incremental build can leave two), its class is on the class path, and the rule base loads from
 * it without parsing DRL.
 */
final class PrecompiledModelTest {
  private static final String MODEL =
      "META-INF/kie/uk.co.leicestershirecares/leicestershire-cares-rules/drools-model";

  @Test
  void exactlyOneExecutableModelIsOnTheClassPath() throws IOException, ClassNotFoundException {
    String index;
    try (InputStream in = DroolsPolicy.class.getClassLoader().getResourceAsStream(MODEL)) {
      assertThat(in).as("the executable model index %s", MODEL).isNotNull();
      index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> models = Arrays.stream(index.split("\\R"))
        .map(String::strip)
        .filter(line -> line.startsWith("uk.co.leicestershirecares.rules.Rules"))
        .collect(Collectors.toList());
    assertThat(models).as("model classes in %s (build with clean)", MODEL).hasSize(1);
    assertThat(Class.forName(models.get(0), false, DroolsPolicy.class.getClassLoader()))
        .isNotNull();
    assertThat(CaresRules.newBuilder().build().ruleNames()).contains(
        "A crisis circumstance active on the date asked about puts the stage at power within");
  }
}
