package uk.co.leicestershirecares.core.outcome;

/**
 * How the policy classifies an outcome event for funders, following the lines of the quarterly
 * report.
 */
public enum OutcomeCategory {
  /** Paid employment. */
  EMPLOYMENT,
  /** Volunteering (counted inside ETE). */
  VOLUNTEERING,
  /** Entered or retained a place in education. */
  EDUCATION,
  /** Completed a training. */
  TRAINING,
  /** Supported with job searching. */
  JOB_SEARCH_SUPPORT,
  /** Secured housing. */
  HOUSING_SECURED,
  /** Made a housing application. */
  HOUSING_APPLICATION,
  /** Wellbeing. */
  WELLBEING,
  /** Progressed to another programme. */
  PROGRESSION,
  /** Peer research or campaigning. */
  CAMPAIGNING,
  /** An additional outcome. */
  ADDITIONAL
}
