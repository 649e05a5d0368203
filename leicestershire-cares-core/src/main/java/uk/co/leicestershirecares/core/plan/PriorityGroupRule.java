package uk.co.leicestershirecares.core.plan;

/**
 * What an annual plan's priority groups mean for who may take part: a plan that targets its groups
 * works only with them; a plan that prioritises them turns no one in its age band away.
 *
 * <p>The 2021-22 plan targets ("Develop and deliver targeted work with care experienced, NEET,
 * homeless and ex offending young people aged 15 to 24."); the 2024-25 plan prioritises ("We will
 * prioritise working with care experienced, NEET, homeless, SEND and young people involved in or
 * at risk of being involved in the youth justice system."). Either way every {@link
 * uk.co.leicestershirecares.core.eligibility.EligibilityDecision#priority() decision} says
 * whether the young person is in a priority group.
 */
public enum PriorityGroupRule {
  /** Only young people in a priority group are eligible (the analysts' table writes required). */
  REQUIRED,
  /**
   * Young people in a priority group come first; being outside the groups is not a reason to
   * refuse (the analysts' table writes prioritised).
   */
  PRIORITISED
}
