package uk.co.leicestershirecares.rules.facts;

import java.time.LocalDate;
import uk.co.leicestershirecares.core.plan.AnnualPlan;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * An annual plan of a programme, one row of the annual plans table.
 *
 * @param programme the programme the plan is for
 * @param plan the plan
 */
public record PlanRow(ProgrammeCode programme, AnnualPlan plan) {
  /** Returns the day the plan comes into force. */
  public LocalDate effectiveFrom() {
    return plan.effectiveFrom();
  }
}
