package uk.co.leicestershirecares.core.table;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Drools CSV decision table ({@code *.drl.csv}) checked cell by cell before Drools or the
 * reference policy reads it.
 *
 * <p>Drools alone lets many of an analyst's mistakes through silently (measured on Drools 10.2.0):
 * a header keyword is matched on its first letter, a blank row ends the table and drops every row
 * after it, a stray quote shifts cells, a UTF-8 byte-order mark loses the package, and its
 * messages point at generated DRL rather than at a cell. So the header rows (everything down to
 * the column names) must equal the shipped table's, which belong to the developers; every row has
 * as many cells as the shipped header; no blank row sits inside the table; and each data cell
 * passes its {@link Column}'s check. Every problem is reported at its row and column.
 */
public final class DecisionTable {
  private static final char BOM = '\uFEFF';

  private final String file;
  private final String text;
  private final ImmutableList<Row> rows;

  private DecisionTable(String file, String text, ImmutableList<Row> rows) {
    this.file = file;
    this.text = text;
    this.rows = rows;
  }

  /**
   * One data row: its number in the file and its cells, in column order.
   *
   * @param number the row's number in the file, from 1, as a spreadsheet shows it
   * @param cells the cells, in column order
   */
  public record Row(int number, ImmutableList<String> cells) {
    /**
     * Creates a row.
     *
     * @throws NullPointerException if {@code cells} is null
     * @throws IllegalArgumentException if {@code number} is not positive
     */
    public Row {
      Objects.requireNonNull(cells, "cells");
      if (number < 1) {
        throw new IllegalArgumentException("rows are numbered from 1, not " + number);
      }
    }

    /** The number of cells: the table's number of columns. */
    public int size() {
      return cells.size();
    }

    /** The cell in {@code column}, counted from 1 (A is 1). */
    public String cell(int column) {
      return cells.get(column - 1);
    }

    @Override
    public String toString() {
      return "Row[" + number + "]";
    }
  }

  /**
   * Checks {@code text}, the content of the table file {@code file}, against the shipped table's
   * header rows and the columns' checks.
   *
   * @param shippedText the shipped table: its rows down to the column names are the header
   * @param columns what each column accepts, in order; as many as the header has cells
   * @throws PolicyTableException with every problem found, each at its row and column
   */
  public static DecisionTable check(
      String file, String text, String shippedText, List<Column> columns) {
    return check(file, text, shippedText, columns, true);
  }

  /**
   * Checks {@code text} as {@link #check(String, String, String, List)} does; a rule id may
   * appear on several rows unless {@code uniqueRuleIds} (a table whose rows are in force on
   * different days checks its own ids).
   *
   * @throws PolicyTableException with every problem found, each at its row and column
   */
  public static DecisionTable check(String file, String text, String shippedText,
      List<Column> columns, boolean uniqueRuleIds) {
    return new PolicyTable.Reading(file, text, shippedText, columns, uniqueRuleIds).checked();
  }

  /**
   * Checks {@code text} as {@link #check(String, String, String, List, boolean)} does, but adds
   * each problem to {@code problems} and returns the table of the rows whose cells are clean, so
   * that a table's own row checks can report their problems in the same round.
   */
  static DecisionTable read(String file, String text, String shippedText, List<Column> columns,
      boolean uniqueRuleIds, List<TableProblem> problems) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    String content = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    List<List<String>> grid = Csv.parse(file, content, problems);
    List<List<String>> shipped = Csv.parse(file, shippedText, new ArrayList<>());
    int headerRows = headerRows(shipped, columns);
    int width = columns.size();

    for (int r = 0; r < Math.min(headerRows, grid.size()); r++) {
      List<String> expected = shipped.get(r);
      List<String> actual = grid.get(r);
      for (int c = 0; c < expected.size(); c++) {
        String cell = c < actual.size() ? actual.get(c) : "";
        if (!cell.equals(expected.get(c))) {
          problems.add(TableProblem.at(file, r + 1, c + 1,
              "this header cell belongs to the developers and must read \"" + expected.get(c)
                  + "\", not \"" + cell + "\""));
        }
      }
    }
    if (grid.size() < headerRows) {
      problems.add(TableProblem.at(file, grid.size() + 1, 0,
          "the table ends inside its header: the shipped header has " + headerRows + " rows"));
    }

    int lastNonBlank = grid.size() - 1;
    while (lastNonBlank >= headerRows && isBlank(grid.get(lastNonBlank))) {
      lastNonBlank--;
    }
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    Map<String, Integer> ruleIds = new HashMap<>();
    for (int r = 0; r < grid.size(); r++) {
      List<String> cells = grid.get(r);
      int number = r + 1;
      if (r >= headerRows && r <= lastNonBlank && isBlank(cells)) {
        problems.add(TableProblem.at(file, number, 0, "a blank row inside the table: Drools"
            + " would end the table here and silently drop every row after it"));
        continue;
      }
      if (cells.size() != width && !(r > lastNonBlank)) {
        problems.add(TableProblem.at(file, number, 0, "the row has " + cells.size()
            + " cells, the table " + width + ": a stray quote or comma may have shifted cells"));
        continue;
      }
      if (r < headerRows || r > lastNonBlank) {
        continue;
      }
      boolean rowIsClean = true;
      for (int c = 0; c < width; c++) {
        Optional<String> problem = columns.get(c).problem(cells.get(c));
        if (problem.isPresent()) {
          problems.add(TableProblem.at(file, number, c + 1, problem.get()));
          rowIsClean = false;
        }
      }
      if (rowIsClean && uniqueRuleIds) {
        Integer first = ruleIds.putIfAbsent(cells.get(0), number);
        if (first != null) {
          problems.add(TableProblem.at(file, number, 1, "rule id " + cells.get(0)
              + " is already used on row " + first + ": each row needs its own"));
        }
      }
      if (rowIsClean) {
        rows.add(new Row(number, ImmutableList.copyOf(cells)));
      }
    }
    if (problems.isEmpty() && rows.build().isEmpty()) {
      problems.add(TableProblem.at(file, headerRows + 1, 0, "the table has no rows"));
    }
    return new DecisionTable(file, content, rows.build());
  }

  /** Throws every problem, by row and column, those of the whole file last, if there is any. */
  static void throwIfAny(List<TableProblem> problems) {
    if (!problems.isEmpty()) {
      List<TableProblem> sorted = new ArrayList<>(problems);
      sorted.sort(Comparator.comparingInt((TableProblem p) -> p.row() == 0 ? Integer.MAX_VALUE
          : p.row()).thenComparingInt(TableProblem::column));
      throw new PolicyTableException(sorted);
    }
  }

  // The header runs down to the row of column names: the shipped row whose first cell is the
  // first column's label.
  private static int headerRows(List<List<String>> shipped, List<Column> columns) {
    for (int r = 0; r < shipped.size(); r++) {
      if (!shipped.get(r).isEmpty() && shipped.get(r).get(0).equals(columns.get(0).label())) {
        return r + 1;
      }
    }
    throw new IllegalStateException("the shipped table has no column named "
        + columns.get(0).label());
  }

  private static boolean isBlank(List<String> cells) {
    for (String cell : cells) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The file name the table was read from. */
  public String file() {
    return file;
  }

  /** The table's text as Drools should compile it: a leading byte-order mark removed. */
  public String text() {
    return text;
  }

  /** The data rows, in file order. */
  public ImmutableList<Row> rows() {
    return rows;
  }

  @Override
  public String toString() {
    return "DecisionTable[" + file + ", " + rows.size() + " rows]";
  }
}
