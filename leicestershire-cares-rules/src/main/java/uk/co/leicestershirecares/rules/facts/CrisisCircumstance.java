package uk.co.leicestershirecares.rules.facts;

import uk.co.leicestershirecares.core.participant.Circumstance;

/**
 * A circumstance of a kind the crises table names: a crisis while it is active. The table's row
 * inserts it; {@code stage.drl} concludes on it.
 */
public final class CrisisCircumstance {
  private final Circumstance circumstance;
  private final String sentence;

  /** Creates the fact; {@code sentence} is the row's source sentence (its last cell). */
  public CrisisCircumstance(Circumstance circumstance, String sentence) {
    this.circumstance = circumstance;
    this.sentence = sentence;
  }

  /** Returns the source sentence of the table row that made the circumstance a crisis. */
  public String getSentence() {
    return sentence;
  }

  /** Returns the circumstance. */
  public Circumstance getCircumstance() {
    return circumstance;
  }
}
