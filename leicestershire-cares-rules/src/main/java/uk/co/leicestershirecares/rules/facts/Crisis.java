package uk.co.leicestershirecares.rules.facts;

import uk.co.leicestershirecares.core.participant.Circumstance;

/** A crisis circumstance active on the date asked about. */
public final class Crisis {
  private final Circumstance circumstance;

  /** Creates the fact. */
  public Crisis(Circumstance circumstance) {
    this.circumstance = circumstance;
  }

  /** Returns the circumstance. */
  public Circumstance getCircumstance() {
    return circumstance;
  }
}
