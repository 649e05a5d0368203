package uk.co.leicestershirecares.rules;

import java.util.Objects;

/**
 * One rule the engine fired: its name (a sentence), its {@code @ruleId} and its {@code @source}
 * document, as the rule's metadata gives them (normalised: no quote characters).
 */
public final class FiredRule {
  private final String name;
  private final String ruleId;
  private final String source;

  private FiredRule(String name, String ruleId, String source) {
    this.name = name;
    this.ruleId = ruleId;
    this.source = source;
  }

  /** Returns a fired rule. */
  public static FiredRule of(String name, String ruleId, String source) {
    return new FiredRule(Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(source, "source"));
  }

  /** Returns the rule's name. */
  public String name() {
    return name;
  }

  /** Returns the rule's {@code @ruleId}, for example {@code UP.age}. */
  public String ruleId() {
    return ruleId;
  }

  /** Returns the rule's {@code @source}: the document it implements. */
  public String source() {
    return source;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FiredRule
        && ((FiredRule) other).name.equals(name)
        && ((FiredRule) other).ruleId.equals(ruleId)
        && ((FiredRule) other).source.equals(source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, ruleId, source);
  }

  /** Returns {@code [ruleId] name}. */
  @Override
  public String toString() {
    return "[" + ruleId + "] " + name;
  }
}
