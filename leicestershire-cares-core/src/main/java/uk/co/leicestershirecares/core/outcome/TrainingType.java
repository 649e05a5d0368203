package uk.co.leicestershirecares.core.outcome;

/** The trainings participants complete, as counted in the quarterly reports. */
public enum TrainingType {
  /** CSCS card training for construction. */
  CSCS,
  /** Peer researcher training. */
  PEER_RESEARCHER,
  /** Safeguarding training. */
  SAFEGUARDING,
  /** Trauma-informed practice, tier 1. */
  TRAUMA_INFORMED_TIER_1,
  /** Interview preparation. */
  INTERVIEW_PREPARATION,
  /** Disclosing convictions to employers. */
  DISCLOSURE_OF_CONVICTIONS,
  /** Another employability training. */
  EMPLOYABILITY,
  /** Any other training. */
  OTHER
}
