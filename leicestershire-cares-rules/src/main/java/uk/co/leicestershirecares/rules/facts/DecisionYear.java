package uk.co.leicestershirecares.rules.facts;

import uk.co.leicestershirecares.core.plan.PlanYear;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * The plan year whose rules decided a programme, when it is not the plan year of the date asked
 * about (targeted youth work follows the annual plan in force).
 *
 * @param programme the programme
 * @param planYear the plan year whose rules applied
 */
public record DecisionYear(ProgrammeCode programme, PlanYear planYear) {}
