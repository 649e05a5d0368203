package uk.co.leicestershirecares.core.table;

import java.util.Objects;

/**
 * A mistake in a policy table, at the cell an analyst must fix: {@code file:row:column: message},
 * with rows and columns counted from 1 as a spreadsheet shows them (column 0 when the whole row
 * is wrong, row 0 when the whole file is).
 *
 * <p>Messages quote the table's own cells, which hold policy, never participant data.
 *
 * @param file the table's file name, as the folder names it
 * @param row the row, from 1; 0 when the problem is the whole file's
 * @param column the column, from 1 (A is 1); 0 when the problem is the whole row's
 * @param message what is wrong and, where it helps, what would be right
 */
public record TableProblem(String file, int row, int column, String message) {
  /**
   * Creates a problem at one cell.
   *
   * @throws NullPointerException if {@code file} or {@code message} is null
   * @throws IllegalArgumentException if {@code row} or {@code column} is negative
   */
  public TableProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (row < 0 || column < 0) {
      throw new IllegalArgumentException("row and column must not be negative");
    }
  }

  /**
   * Returns a problem at one cell.
   *
   * @throws NullPointerException if {@code file} or {@code message} is null
   * @throws IllegalArgumentException if {@code row} or {@code column} is negative
   */
  public static TableProblem at(String file, int row, int column, String message) {
    return new TableProblem(file, row, column, message);
  }

  /** {@code file:row:column: message}, the form every analyst tool prints. */
  @Override
  public String toString() {
    return file + ":" + row + ":" + column + ": " + message;
  }
}
