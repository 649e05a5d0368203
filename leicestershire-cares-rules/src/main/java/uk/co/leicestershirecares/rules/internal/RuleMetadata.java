package uk.co.leicestershirecares.rules.internal;

import java.util.Map;
import java.util.Optional;
import org.kie.api.definition.rule.Rule;

/**
 * Reads rule metadata ({@code @ruleId}, {@code @source}). The one place that normalises values:
 * the precompiled executable model gives {@code UP.age}, run-time compilation without drools-mvel
 * gives {@code "UP.age"} with its quote characters.
 */
public final class RuleMetadata {
  /** The metadata key of a rule's stable id. */
  public static final String RULE_ID = "ruleId";
  /** The metadata key of the document a rule implements. */
  public static final String SOURCE = "source";

  private RuleMetadata() {}

  /** Returns the value without surrounding quotes (double or single) and blanks. */
  public static String normalise(Object value) {
    String text = String.valueOf(value).strip();
    while (text.length() >= 2
        && (text.startsWith("\"") && text.endsWith("\"")
            || text.startsWith("'") && text.endsWith("'"))) {
      text = text.substring(1, text.length() - 1).strip();
    }
    return text;
  }

  /** Returns the normalised value of {@code key}, if the rule has it. */
  public static Optional<String> get(Rule rule, String key) {
    Map<String, Object> metaData = rule.getMetaData();
    Object value = metaData == null ? null : metaData.get(key);
    return value == null ? Optional.empty() : Optional.of(normalise(value));
  }

  /** Returns the rule's {@code @ruleId}, or its name when it has none. */
  public static String ruleId(Rule rule) {
    return get(rule, RULE_ID).orElse(rule.getName());
  }

  /** Returns the rule's {@code @source}, or the empty string. */
  public static String source(Rule rule) {
    return get(rule, SOURCE).orElse("");
  }
}
