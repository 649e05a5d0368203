package uk.co.leicestershirecares.rules.facts;

import uk.co.leicestershirecares.core.eligibility.Requirement;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * A programme decided by a route of its own rules (WIRE after completing UP): the table's
 * conditions for it are not checked, but for those the route keeps.
 *
 * @param programme the programme
 * @param keepsConviction whether the table's conviction condition still applies on this route
 */
public record RouteTaken(ProgrammeCode programme, boolean keepsConviction) {
  /** The route alone decides {@code programme}. */
  public static RouteTaken alone(ProgrammeCode programme) {
    return new RouteTaken(programme, false);
  }

  /** The route and the table's conviction condition decide {@code programme}. */
  public static RouteTaken withConviction(ProgrammeCode programme) {
    return new RouteTaken(programme, true);
  }

  /** Whether the table's {@code requirement} is still checked under this route. */
  public boolean keeps(Requirement requirement) {
    return keepsConviction && requirement.kind() == Requirement.Kind.ANY_OF_CIRCUMSTANCES
        && requirement.qualifies(CircumstanceType.CONVICTION);
  }
}
