package uk.co.leicestershirecares.core.stage;

/**
 * Whether work towards a job can go ahead.
 *
 * @see "000_8df8b8bd680ae635.txt: Employment was therefore placed on hold and Toiyan was supported
 *     to seek accommodation."
 */
public enum EmploymentPathway {
  /** Work towards employment can go ahead. */
  OPEN,
  /** A crisis comes first: employment work is on hold until it is dealt with. */
  ON_HOLD
}
