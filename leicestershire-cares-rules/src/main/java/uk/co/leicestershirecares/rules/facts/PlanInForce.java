package uk.co.leicestershirecares.rules.facts;

import uk.co.leicestershirecares.core.plan.AnnualPlan;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * The latest annual plan in force on the date asked about, for a programme that follows it.
 *
 * @param programme the programme
 * @param plan the plan
 */
public record PlanInForce(ProgrammeCode programme, AnnualPlan plan) {}
