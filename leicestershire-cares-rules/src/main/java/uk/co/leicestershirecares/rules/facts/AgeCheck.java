package uk.co.leicestershirecares.rules.facts;

import java.util.Optional;
import uk.co.leicestershirecares.core.eligibility.Requirement;
import uk.co.leicestershirecares.core.plan.AgeBand;
import uk.co.leicestershirecares.core.plan.AnnualPlan;

/**
 * An age band to check against the date of birth: a row's own band, or the band of the annual
 * plan in force for a row that takes it. The age rules conclude on it.
 */
public final class AgeCheck {
  private final Requirement requirement;
  private final AgeBand band;
  private final Optional<AnnualPlan> plan;

  private AgeCheck(Requirement requirement, AgeBand band, Optional<AnnualPlan> plan) {
    this.requirement = requirement;
    this.band = band;
    this.plan = plan;
  }

  /** The row's own band. */
  public static AgeCheck of(Requirement requirement) {
    return new AgeCheck(requirement, requirement.ageBand().orElseThrow(), Optional.empty());
  }

  /** The band of {@code plan}, for a row that takes the plan's band. */
  public static AgeCheck ofPlan(Requirement requirement, AnnualPlan plan) {
    return new AgeCheck(requirement, plan.ageBand(), Optional.of(plan));
  }

  /** Returns the row. */
  public Requirement getRequirement() {
    return requirement;
  }

  /** Returns the band. */
  public AgeBand getBand() {
    return band;
  }

  /** Returns whether the band has no upper age. */
  public boolean isOpenEnded() {
    return band.maxAge() >= 150;
  }

  /** Returns the plan the band comes from, if any. */
  public Optional<AnnualPlan> getPlan() {
    return plan;
  }
}
