package uk.co.leicestershirecares.rules.facts;

import uk.co.leicestershirecares.core.engagement.Enrolment;

/** The latest UP enrolment completed by the date asked about. */
public final class UpCompletion {
  private final Enrolment enrolment;

  /** Creates the fact. */
  public UpCompletion(Enrolment enrolment) {
    this.enrolment = enrolment;
  }

  /** Returns the completed enrolment. */
  public Enrolment getEnrolment() {
    return enrolment;
  }
}
