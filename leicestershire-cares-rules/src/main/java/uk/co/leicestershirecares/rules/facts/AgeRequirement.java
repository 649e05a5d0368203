package uk.co.leicestershirecares.rules.facts;

import uk.co.leicestershirecares.core.policy.AgeBand;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Source;

/**
 * A programme's age band, stated by the programme's own rule (with its rule id and source) and
 * checked by the shared age rules in {@code age.drl}.
 */
public final class AgeRequirement {
  private final ProgrammeCode programme;
  private final int position;
  private final String ruleId;
  private final String whose;
  private final AgeBand band;
  private final String bandNote;
  private final Source source;

  /**
   * Creates the requirement.
   *
   * @param programme the programme decided
   * @param position the condition's place in the decision
   * @param ruleId the rule id of the condition, for example {@code UP.age}
   * @param whose whose band it is, in words ("UP", "the 2024/25 annual plan")
   * @param band the band; a maximum of 150 means "or over"
   * @param bandNote words after the band (" or over", "")
   * @param source the sentence the band comes from
   */
  public AgeRequirement(ProgrammeCode programme, int position, String ruleId, String whose,
      AgeBand band, String bandNote, Source source) {
    this.programme = programme;
    this.position = position;
    this.ruleId = ruleId;
    this.whose = whose;
    this.band = band;
    this.bandNote = bandNote;
    this.source = source;
  }

  /** Returns the programme. */
  public ProgrammeCode getProgramme() {
    return programme;
  }

  /** Returns the condition's place in the decision. */
  public int getPosition() {
    return position;
  }

  /** Returns the condition's rule id. */
  public String getRuleId() {
    return ruleId;
  }

  /** Returns whose band it is, in words. */
  public String getWhose() {
    return whose;
  }

  /** Returns the band. */
  public AgeBand getBand() {
    return band;
  }

  /** Returns whether the band has no upper age. */
  public boolean isOpenEnded() {
    return band.maxAge() >= 150;
  }

  /** Returns the band in words, with its note. */
  public String getBandText() {
    return uk.co.leicestershirecares.core.internal.PolicyTexts.bandText(band, bandNote);
  }

  /** Returns the sentence the band comes from. */
  public Source getSource() {
    return source;
  }
}
