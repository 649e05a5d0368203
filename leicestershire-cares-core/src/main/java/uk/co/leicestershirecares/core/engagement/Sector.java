package uk.co.leicestershirecares.core.engagement;

/**
 * The sectors in which business partners offer WIRE work placements.
 *
 * @see "seed 000_8df8b8bd680ae635.txt: Leicestershire Cares partner with many local businesses to
 *     offer work placements in a wide range of sectors, including: IT &amp; Admin, Customer
 *     Service, Food Production, Construction and Environmental Services."
 */
public enum Sector {
  /** IT and administration. */
  IT_AND_ADMIN,
  /** Customer service. */
  CUSTOMER_SERVICE,
  /** Food production. */
  FOOD_PRODUCTION,
  /** Construction. */
  CONSTRUCTION,
  /** Environmental services, including grounds maintenance. */
  ENVIRONMENTAL_SERVICES
}
