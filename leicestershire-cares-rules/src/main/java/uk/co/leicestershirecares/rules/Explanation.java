package uk.co.leicestershirecares.rules;

import com.google.common.collect.ImmutableList;
import uk.co.leicestershirecares.core.assessment.Assessment;

/**
 * An assessment and the rules the engine fired to reach it, in firing order. Every reason's rule
 * id in the assessment is the {@code @ruleId} of a fired rule (shared age rules pass on the id of
 * the programme rule that stated the band).
 */
public final class Explanation {
  private final Assessment assessment;
  private final ImmutableList<FiredRule> firedRules;

  Explanation(Assessment assessment, ImmutableList<FiredRule> firedRules) {
    this.assessment = assessment;
    this.firedRules = firedRules;
  }

  /** Returns the assessment. */
  public Assessment assessment() {
    return assessment;
  }

  /** Returns the rules fired, in order. */
  public ImmutableList<FiredRule> firedRules() {
    return firedRules;
  }

  /** Returns the assessment's summary and the number of rules fired; never reasons. */
  @Override
  public String toString() {
    return "Explanation{" + assessment + ", fired=" + firedRules.size() + "}";
  }
}
