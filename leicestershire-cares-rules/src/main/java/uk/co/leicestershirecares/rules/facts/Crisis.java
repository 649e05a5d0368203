package uk.co.leicestershirecares.rules.facts;

import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.CircumstanceType;

/** A crisis circumstance active on the date asked about; {@code order} sorts its reasons. */
public final class Crisis {
  private final Circumstance circumstance;
  private final int order;

  /** Creates the fact. */
  public Crisis(Circumstance circumstance, int order) {
    this.circumstance = circumstance;
    this.order = order;
  }

  /** Returns the circumstance. */
  public Circumstance getCircumstance() {
    return circumstance;
  }

  /** Returns the circumstance's type. */
  public CircumstanceType getType() {
    return circumstance.type();
  }

  /** Returns where the crisis's reasons go among the others. */
  public int getOrder() {
    return order;
  }
}
