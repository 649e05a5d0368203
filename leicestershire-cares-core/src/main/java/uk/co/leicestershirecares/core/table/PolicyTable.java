package uk.co.leicestershirecares.core.table;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * What the typed tables share: the checked decision table each was read from, and how its rows
 * are read. Package-private so that each table stays one public final class; its public methods
 * are part of every table's API.
 */
abstract class PolicyTable {
  private final DecisionTable table;

  PolicyTable(DecisionTable table) {
    this.table = table;
  }

  /** The file the table was read from. */
  public final String file() {
    return table.file();
  }

  /** The checked table, as Drools compiles it. */
  public final DecisionTable decisionTable() {
    return table;
  }

  /** How much the table holds, for {@link #toString()}, such as {@code 3 crises}. */
  abstract String summary();

  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[" + table.file() + ", " + summary() + "]";
  }

  /**
   * A table's columns and shipped text: what every copy of it is checked against. A rule id may
   * appear on several rows unless {@code uniqueRuleIds} (a table whose rows are in force on
   * different days checks its own).
   */
  record Layout(String shippedText, ImmutableList<Column> columns, boolean uniqueRuleIds) {
    /** The layout of the shipped table {@code file}, whose text is on core's class path. */
    Layout(String file, boolean uniqueRuleIds, Column... columns) {
      this(PolicyTables.resource(file), ImmutableList.copyOf(columns), uniqueRuleIds);
    }

    /** Checks the header and every cell of {@code text}; the table checks its rows next. */
    Reading read(String file, String text) {
      return new Reading(file, text, shippedText, columns, uniqueRuleIds);
    }
  }

  /**
   * One reading of a table file: the rows whose cells are clean, and every problem found so far,
   * so that a table's own row checks report their problems in the same round as the cells'.
   */
  static final class Reading {
    private final String file;
    private final List<TableProblem> problems = new ArrayList<>();
    private final DecisionTable table;

    Reading(String file, String text, String shippedText, List<Column> columns,
        boolean uniqueRuleIds) {
      this.file = file;
      this.table = DecisionTable.read(file, text, shippedText, columns, uniqueRuleIds, problems);
    }

    /** The rows whose cells passed their columns' checks, in file order. */
    ImmutableList<DecisionTable.Row> rows() {
      return table.rows();
    }

    /** Whether no problem has been found yet. */
    boolean clean() {
      return problems.isEmpty();
    }

    /** Adds a problem at {@code row} and {@code column} (0 for the whole row or file). */
    void problem(int row, int column, String message) {
      problems.add(TableProblem.at(file, row, column, message));
    }

    /**
     * The checked table.
     *
     * @throws PolicyTableException with every problem found, if there is any
     */
    DecisionTable checked() {
      DecisionTable.throwIfAny(problems);
      return table;
    }
  }
}
