package uk.co.leicestershirecares.core.stage;

/**
 * The three stages of the Power to Change approach (Annual Plan 2024-25), in order. A participant
 * can move forward and back between them.
 *
 * @see "002_c056f95b4ed86a00.txt: Our Power to Change approach to working with young people and
 *     communities is we believe well suited to dealing with the complex web of issues, these
 *     challenges present."
 */
public enum Stage {
  /**
   * Power within: dealing with the chaos (secure housing, leaving abusive relationships,
   * practical and emotional support, finances, IT and living skills), or starting out by
   * identifying the issues.
   */
  WITHIN,
  /** Power with: coming together with peers who share the experience; group work, networks. */
  WITH,
  /**
   * Power to: acting on the world — educating decision makers, peer research, placements,
   * mentoring by business volunteers, jobs, education, training.
   */
  TO
}
