package uk.co.leicestershirecares.rules;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * One rule the engine fired: its name (a sentence), its {@code @ruleId} and its {@code @source}
 * document, as the rule's metadata gives them (normalised: no quote characters).
 */
public final class FiredRule {
  private final String name;
  private final String ruleId;
  private final String source;
  private final Optional<ProgrammeCode> programme;

  private FiredRule(String name, String ruleId, String source, @Nullable ProgrammeCode programme) {
    this.name = Objects.requireNonNull(name, "name");
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.source = Objects.requireNonNull(source, "source");
    this.programme = Optional.ofNullable(programme);
  }

  /**
   * Returns a fired rule that concerns no one programme.
   *
   * @throws NullPointerException if an argument is null
   */
  public static FiredRule of(String name, String ruleId, String source) {
    return new FiredRule(name, ruleId, source, null);
  }

  /**
   * Returns a fired rule that concluded on a condition of {@code programme} (a shared rule, such
   * as the age band check, names the row's).
   *
   * @throws NullPointerException if an argument is null
   */
  public static FiredRule of(String name, String ruleId, String source, ProgrammeCode programme) {
    return new FiredRule(name, ruleId, source, Objects.requireNonNull(programme, "programme"));
  }

  /** Returns the programme whose condition the rule concluded on, if it concerned one. */
  public Optional<ProgrammeCode> programme() {
    return programme;
  }

  /** Returns whether the rule concerned {@code code}: by its programme, or by its rule id. */
  public boolean concerns(ProgrammeCode code) {
    return programme.map(code::equals).orElse(false) || ruleId.startsWith(code.value() + ".");
  }

  /** Where a rule made from a table row comes from, as {@code file:row}; empty otherwise. */
  public Optional<String> row() {
    return uk.co.leicestershirecares.core.table.PolicyTables.rowOf(name);
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
    return other instanceof FiredRule firedRule
        && firedRule.name.equals(name)
        && firedRule.ruleId.equals(ruleId)
        && firedRule.source.equals(source)
        && firedRule.programme.equals(programme);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, ruleId, source, programme);
  }

  /** Returns {@code [ruleId] name}. */
  @Override
  public String toString() {
    return "[" + ruleId + "] " + name;
  }
}
