package uk.co.leicestershirecares.rules.facts;

import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.eligibility.Requirement;
import uk.co.leicestershirecares.core.plan.AgeBand;
import uk.co.leicestershirecares.core.plan.AnnualPlan;

/**
 * An age band to check against the date of birth: a row's own band, or the band of the annual
 * plan in force for a row that takes it. The age rules conclude on it.
 *
 * @param requirement the row
 * @param band the band
 * @param plan the plan the band comes from; null for a row's own band
 */
public record AgeCheck(Requirement requirement, AgeBand band, @Nullable AnnualPlan plan) {
  /** The row's own band. */
  public static AgeCheck of(Requirement requirement) {
    return new AgeCheck(requirement, requirement.ageBand().orElseThrow(), null);
  }

  /** The band of {@code plan}, for a row that takes the plan's band. */
  public static AgeCheck ofPlan(Requirement requirement, AnnualPlan plan) {
    return new AgeCheck(requirement, plan.ageBand(), plan);
  }

  /** Returns whether the band has no upper age. */
  public boolean isOpenEnded() {
    return band.maxAge() >= 150;
  }
}
