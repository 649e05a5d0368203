package uk.co.leicestershirecares.rules.facts;

import uk.co.leicestershirecares.core.plan.AnnualPlan;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/** The latest annual plan in force on the date asked about, for a programme that follows it. */
public final class PlanInForce {
  private final ProgrammeCode programme;
  private final AnnualPlan plan;

  /** Creates the fact. */
  public PlanInForce(ProgrammeCode programme, AnnualPlan plan) {
    this.programme = programme;
    this.plan = plan;
  }

  /** Returns the programme. */
  public ProgrammeCode getProgramme() {
    return programme;
  }

  /** Returns the plan. */
  public AnnualPlan getPlan() {
    return plan;
  }
}
