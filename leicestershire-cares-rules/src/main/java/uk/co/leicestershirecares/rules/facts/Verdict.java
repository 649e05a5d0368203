package uk.co.leicestershirecares.rules.facts;

/** The verdict on one eligibility condition. */
public enum Verdict {
  /** The condition holds. */
  MET,
  /** The condition does not hold: the decision is NOT_ELIGIBLE. */
  FAILED,
  /** A fact is missing: unless another condition failed, the decision is NEEDS_INFORMATION. */
  UNKNOWN,
  /**
   * An alternative route that was not taken: its reason and what is missing are shown, but it
   * does not change the verdict of the route that was taken.
   */
  ALTERNATIVE_FAILED
}
