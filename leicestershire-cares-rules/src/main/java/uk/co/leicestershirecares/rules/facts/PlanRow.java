package uk.co.leicestershirecares.rules.facts;

import uk.co.leicestershirecares.core.plan.AnnualPlan;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/** An annual plan of a programme, one row of the annual plans table. */
public final class PlanRow {
  private final ProgrammeCode programme;
  private final AnnualPlan plan;

  /** Creates the fact. */
  public PlanRow(ProgrammeCode programme, AnnualPlan plan) {
    this.programme = programme;
    this.plan = plan;
  }

  /** Returns the programme the plan is for. */
  public ProgrammeCode getProgramme() {
    return programme;
  }

  /** Returns the plan. */
  public AnnualPlan getPlan() {
    return plan;
  }

  /** Returns the day the plan comes into force. */
  public java.time.LocalDate getEffectiveFrom() {
    return plan.effectiveFrom();
  }
}
