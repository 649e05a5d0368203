package uk.co.leicestershirecares.core.stage;

/**
 * The three stages of the Power to Change approach, as the Annual Plan 2024-25 describes them:
 * power within, power with, power to. The constants are declared in that order, and the order is
 * a written decision: a change towards {@link #TO} is a move forward, a change towards {@link
 * #WITHIN} a move back ({@link StageChange#isForward()}, {@link StageChange#isBack()}). The stage
 * is derived from a participant's situation and activity on a date, so it can move back as well
 * as forward, and can skip a stage.
 *
 * @see uk.co.leicestershirecares.core.reason.Sources#STAGE_ORDER
 * @see "docs/policy-decisions.md: The stages are ordered power within, power with, power to
 *     (WITHIN, WITH, TO): a change towards power to is a move forward and a change towards power
 *     within is a move back."
 */
public enum Stage {
  /**
   * Power within: dealing with the "chaos" first (obtaining secure, safe accommodation, getting
   * out of abusive relationships, practical and emotional support, finances, IT and living
   * skills), or starting out by identifying the issues.
   */
  WITHIN,
  /**
   * Power with: bringing people with similar experiences together; group work, relationships,
   * networks and connections.
   */
  WITH,
  /**
   * Power to: acting on the situation — educating decision makers, community projects, work
   * placements, mentoring by business volunteers, and the skills to secure a job or enter
   * education or training.
   */
  TO
}
