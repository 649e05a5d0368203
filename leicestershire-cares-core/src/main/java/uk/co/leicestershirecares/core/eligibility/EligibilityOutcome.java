package uk.co.leicestershirecares.core.eligibility;

/** The outcome of an eligibility question. */
public enum EligibilityOutcome {
  /** Every condition holds. */
  ELIGIBLE,
  /** At least one condition fails. */
  NOT_ELIGIBLE,
  /** No condition fails, but at least one cannot be decided: a fact is missing. */
  NEEDS_INFORMATION
}
