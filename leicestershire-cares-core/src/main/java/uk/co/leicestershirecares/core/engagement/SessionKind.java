package uk.co.leicestershirecares.core.engagement;

/** How a session is delivered. */
public enum SessionKind {
  /** One-to-one support with a worker. */
  ONE_TO_ONE,
  /** Group work: peer groups, empowerment groups, social action ("power with"). */
  GROUP,
  /** A workshop, for example an employability workshop. */
  WORKSHOP
}
