package uk.co.leicestershirecares.core.engagement;

/**
 * The sectors of work placements and of the work young people are interested in: the five in
 * which business partners offer WIRE placements, the sectors the participants' stories name, and
 * {@link #OTHER} for any sector the charity's documents do not name.
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
  /**
   * Construction.
   *
   * @see "seed 000_8df8b8bd680ae635.txt: She expressed her interest in working in construction
   *     and ground maintenance."
   */
  CONSTRUCTION,
  /**
   * Environmental services, including grounds maintenance.
   *
   * @see "seed 000_8df8b8bd680ae635.txt: She expressed her interest in working in construction
   *     and ground maintenance."
   */
  ENVIRONMENTAL_SERVICES,
  /**
   * Manufacturing and engineering, such as Paul's placement with a manufacturer of lifting and
   * material processing products.
   *
   * @see "seed 000_8df8b8bd680ae635.txt: After an interview, he successfully moved onto a
   *     two-week unpaid work placement with Terex Corporation, a global manufacturer of lifting
   *     and material processing products."
   */
  MANUFACTURING,
  /**
   * Rail and transport, including railway maintenance.
   *
   * @see "seed 000_8df8b8bd680ae635.txt: Toiyan's interest were in railway maintenance having
   *     previously had his SIA badge revoked due to his offences."
   */
  RAIL_AND_TRANSPORT,
  /** A sector the charity's documents do not name. */
  OTHER
}
