package uk.co.leicestershirecares.rules.facts;

import org.drools.model.Drools;
import uk.co.leicestershirecares.core.eligibility.Requirement;
import uk.co.leicestershirecares.core.programme.Programme;
import uk.co.leicestershirecares.core.table.TableCells;

/**
 * The cells of one row of the eligibility table, gathered by the rule Drools makes from the row
 * and read by {@link TableCells#requirement} exactly as the reference policy reads them. Only the
 * table's code templates use it.
 */
public final class RequirementCells {
  private final int row;
  private final String ruleId;
  private final String document;
  private final String programme;
  private String inForce = "always";
  private String ageBand = "none";
  private String anyOf = "none";
  private String livesIn = "none";

  private RequirementCells(int row, String ruleId, String document, String programme) {
    this.row = row;
    this.ruleId = ruleId;
    this.document = document;
    this.programme = programme;
  }

  /** Starts the row of the rule whose consequence is running, for {@code programme}. */
  public static RequirementCells of(Drools drools, Programme programme) {
    return new RequirementCells(RuleFunctions.row(drools), RuleFunctions.ruleId(drools),
        RuleFunctions.source(drools), programme.code().value());
  }

  /** The In force cell. */
  public void inForce(String cell) {
    this.inForce = cell;
  }

  /** The Age band cell. */
  public void ageBand(String cell) {
    this.ageBand = cell;
  }

  /** The Any of circumstances cell. */
  public void anyOf(String cell) {
    this.anyOf = cell;
  }

  /** The Lives in cell. */
  public void livesIn(String cell) {
    this.livesIn = cell;
  }

  /** The Source sentence cell, the last: returns the row's requirement. */
  public Requirement sentence(String cell) {
    return TableCells.requirement(row, ruleId, document, programme, inForce, ageBand, anyOf,
        livesIn, cell);
  }
}
