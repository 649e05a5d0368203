package uk.co.leicestershirecares.rules.facts;

import uk.co.leicestershirecares.core.policy.AnnualPlan;

/** The latest annual plan in force on the date asked about. */
public final class PlanInForce {
  private final AnnualPlan plan;

  /** Creates the fact. */
  public PlanInForce(AnnualPlan plan) {
    this.plan = plan;
  }

  /** Returns the plan. */
  public AnnualPlan getPlan() {
    return plan;
  }
}
