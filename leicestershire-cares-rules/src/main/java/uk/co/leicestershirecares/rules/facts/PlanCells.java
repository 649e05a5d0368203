package uk.co.leicestershirecares.rules.facts;

import org.drools.model.Drools;
import uk.co.leicestershirecares.core.programme.Programme;
import uk.co.leicestershirecares.core.table.TableCells;

/**
 * The cells of one row of the annual plans table, gathered by the rule Drools makes from the row
 * and read by {@link TableCells#annualPlan} exactly as the reference policy reads them. Only the
 * table's code templates use it.
 */
public final class PlanCells {
  private final String document;
  private final Programme programme;
  // Each set by its cell before sentence(), the last; empty until then.
  private String planYear = "";
  private String inForceFrom = "";
  private String ageBand = "";
  private String ageBandSource = "";
  private String priorityGroups = "";
  private String groupsAre = "";

  private PlanCells(String document, Programme programme) {
    this.document = document;
    this.programme = programme;
  }

  /** Starts the row of the rule whose consequence is running, a plan of {@code programme}. */
  public static PlanCells of(Drools drools, Programme programme) {
    return new PlanCells(RuleFunctions.source(drools), programme);
  }

  /** The Plan year cell. */
  public void planYear(String cell) {
    this.planYear = cell;
  }

  /** The In force from cell. */
  public void inForceFrom(String cell) {
    this.inForceFrom = cell;
  }

  /** The Age band cell. */
  public void ageBand(String cell) {
    this.ageBand = cell;
  }

  /** The Age band source cell. */
  public void ageBandSource(String cell) {
    this.ageBandSource = cell;
  }

  /** The Groups are cell. */
  public void groupsAre(String cell) {
    this.groupsAre = cell;
  }

  /** The Priority groups cell. */
  public void priorityGroups(String cell) {
    this.priorityGroups = cell;
  }

  /** The Source sentence cell, the last: returns the row's plan. */
  public PlanRow sentence(String cell) {
    return new PlanRow(programme.code(), TableCells.annualPlan(document, planYear, inForceFrom,
        ageBand, ageBandSource, priorityGroups, groupsAre, cell));
  }
}
