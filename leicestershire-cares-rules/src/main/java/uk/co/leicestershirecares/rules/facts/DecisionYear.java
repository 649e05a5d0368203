package uk.co.leicestershirecares.rules.facts;

import uk.co.leicestershirecares.core.plan.PlanYear;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * The plan year whose rules decided a programme, when it is not the plan year of the date asked
 * about (targeted youth work follows the annual plan in force).
 */
public final class DecisionYear {
  private final ProgrammeCode programme;
  private final PlanYear planYear;

  /** Creates the fact. */
  public DecisionYear(ProgrammeCode programme, PlanYear planYear) {
    this.programme = programme;
    this.planYear = planYear;
  }

  /** Returns the programme. */
  public ProgrammeCode getProgramme() {
    return programme;
  }

  /** Returns the plan year whose rules applied. */
  public PlanYear getPlanYear() {
    return planYear;
  }
}
