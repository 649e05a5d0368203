package uk.co.leicestershirecares.core.outcome;

/**
 * The kinds of outcome event the charity records, from the quarterly report and the project
 * stories.
 *
 * @see "seed 001_cc2b091141c814b2.txt: Participants achieved education, training &amp; employment
 *     outcomes including volunteering 14"
 */
public enum OutcomeType {
  /** Started paid employment. */
  EMPLOYMENT,
  /** Started volunteering. */
  VOLUNTEERING,
  /** Entered a place in education. */
  EDUCATION_ENTERED,
  /** Retained a place in education. */
  EDUCATION_RETAINED,
  /** Completed a training; the event names the {@link TrainingType}. */
  TRAINING_COMPLETED,
  /** Supported with job searching. */
  JOB_SEARCH_SUPPORT,
  /** Secured housing ("successfully housed"). */
  HOUSING_SECURED,
  /** Submitted a housing application. */
  HOUSING_APPLICATION,
  /** A wellbeing outcome, for example engaging with mental-health support. */
  WELLBEING,
  /** Progressed to another programme, for example from UP to WIRE. */
  PROGRESSION,
  /** Peer research or campaigning: educating decision makers about lived experience. */
  CAMPAIGNING,
  /** An additional outcome outside the categories above. */
  ADDITIONAL
}
