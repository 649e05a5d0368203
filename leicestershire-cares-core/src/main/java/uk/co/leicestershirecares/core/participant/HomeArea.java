package uk.co.leicestershirecares.core.participant;

/**
 * Where a participant lives. The charity works across Leicester, Leicestershire and Rutland
 * (LLR); programmes such as UP and WIRE serve people living there.
 *
 * @see "seed 000_8df8b8bd680ae635.txt: The WIRE project ... has supported 800 participants across Leicester, Leicestershire and Rutland."
 */
public enum HomeArea {
  /** Leicester city (the unitary authority). */
  LEICESTER_CITY,
  /** Leicestershire county. */
  LEICESTERSHIRE,
  /** Rutland. */
  RUTLAND,
  /** Anywhere outside Leicester, Leicestershire and Rutland. */
  OUTSIDE_LLR;

  /**
   * Returns whether this area is in Leicester, Leicestershire or Rutland.
   *
   * @return {@code true} for every area but {@link #OUTSIDE_LLR}
   */
  public boolean isInLlr() {
    return this != OUTSIDE_LLR;
  }
}
