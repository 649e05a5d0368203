package uk.co.leicestershirecares.rules.facts;

import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.core.stage.EmploymentPathway;

/** One reason for the employment pathway. */
public final class PathwayFinding {
  private final EmploymentPathway pathway;
  private final Reason reason;
  private final int order;

  /** Creates the finding; {@code order} sorts it among the pathway's reasons. */
  public PathwayFinding(EmploymentPathway pathway, Reason reason, int order) {
    this.pathway = pathway;
    this.reason = reason;
    this.order = order;
  }

  /** Returns the pathway. */
  public EmploymentPathway getPathway() {
    return pathway;
  }

  /** Returns the reason. */
  public Reason getReason() {
    return reason;
  }

  /** Returns the sort order. */
  public int getOrder() {
    return order;
  }
}
