package uk.co.leicestershirecares.core.engagement;

/** Who referred a young person to a programme. */
public enum ReferralSource {
  /** The young person referred themselves. */
  SELF,
  /** A local authority, for example a leaving-care personal assistant or social worker. */
  LOCAL_AUTHORITY,
  /** Probation or the prison service. */
  PROBATION,
  /** A youth offending or youth justice service. */
  YOUTH_JUSTICE_SERVICE,
  /** A school, college or university. */
  EDUCATION,
  /** A health or mental-health service. */
  HEALTH,
  /** A housing provider or housing authority. */
  HOUSING,
  /** A community or voluntary organisation. */
  COMMUNITY_ORGANISATION,
  /** Another Leicestershire Cares programme, for example UP into WIRE. */
  INTERNAL,
  /** Anyone else. */
  OTHER
}
