package uk.co.leicestershirecares.core.engagement;

/** Where an enrolment on a programme stands. */
public enum EnrolmentStatus {
  /** Referred, not yet enrolled. */
  REFERRED,
  /** Enrolled, not yet started. */
  ENROLLED,
  /** Taking part. */
  ACTIVE,
  /** Paused, for example while a crisis is dealt with. */
  ON_HOLD,
  /** Finished the programme successfully. */
  COMPLETED,
  /** Left before finishing. */
  WITHDRAWN,
  /** Finished and moved on to another programme, for example from UP to WIRE. */
  PROGRESSED;

  /**
   * Returns whether this status means the programme was successfully finished: {@link
   * #COMPLETED} or {@link #PROGRESSED}.
   */
  public boolean isSuccessfulCompletion() {
    return this == COMPLETED || this == PROGRESSED;
  }
}
