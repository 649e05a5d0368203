package uk.co.leicestershirecares.rules;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import uk.co.leicestershirecares.core.assessment.Assessment;

/**
 * An assessment and the rules the engine fired to reach it, in firing order. Every reason's rule
 * id in the assessment is the {@code @ruleId} of a fired rule (shared age rules pass on the id of
 * the programme rule that stated the band).
 *
 * @param assessment the assessment
 * @param firedRules the rules fired, in order
 */
public record Explanation(Assessment assessment, ImmutableList<FiredRule> firedRules) {
  /**
   * Checks that neither part is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public Explanation {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(firedRules, "firedRules");
  }

  /** Returns the assessment's summary and the number of rules fired; never reasons. */
  @Override
  public String toString() {
    return "Explanation{" + assessment + ", fired=" + firedRules.size() + "}";
  }
}
