package uk.co.leicestershirecares.core.partner;

/**
 * The ways a business or community partner gets involved, as listed in the quarterly reports.
 *
 * @see "seed 001_cc2b091141c814b2.txt: Business and community sector involvement"
 */
public enum InvolvementType {
  /** Mock interviews ("Leicester City Council – Mock Interview"). */
  MOCK_INTERVIEW,
  /** Employability sessions or workshops. */
  EMPLOYABILITY,
  /** Running or supporting a group, such as the empowerment group for young women. */
  GROUP_WORK,
  /** Work experience. */
  WORK_EXPERIENCE,
  /** Paid employment of a participant. */
  PAID_EMPLOYMENT,
  /** Employment opportunities offered. */
  EMPLOYMENT_OPPORTUNITIES,
  /** Volunteering opportunities offered. */
  VOLUNTEERING_OPPORTUNITIES,
  /** Use of the partner's facility. */
  USE_OF_FACILITY,
  /** Connecting the charity with community partners. */
  COMMUNITY_CONNECTIONS,
  /** A renovation project ("Wates – Renovation Project"). */
  RENOVATION,
  /** Mentoring by the partner's staff. */
  MENTORING,
  /** Funding, with an amount. */
  FUNDING,
  /** Working in partnership without one of the involvements above. */
  PARTNERSHIP
}
