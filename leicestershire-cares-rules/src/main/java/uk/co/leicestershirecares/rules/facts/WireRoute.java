package uk.co.leicestershirecares.rules.facts;

/** WIRE is decided by its progression route (after completing UP). */
public final class WireRoute {
  private final String route;

  /** Creates the fact. */
  public WireRoute(String route) {
    this.route = route;
  }

  /** Returns the route's name. */
  public String getRoute() {
    return route;
  }
}
