package uk.co.leicestershirecares.core.table;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A policy table that cannot be used, with every problem found in it. Thrown by the readers in
 * this package; analyst tools print {@link #problems()} one per line.
 */
public final class PolicyTableException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<TableProblem> problems;

  /**
   * Creates the exception.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public PolicyTableException(List<TableProblem> problems) {
    super(summary(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String summary(List<TableProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a table exception needs at least one problem");
    }
    return problems.size() == 1
        ? problems.get(0).toString()
        : problems.get(0) + " (and " + (problems.size() - 1) + " more)";
  }

  /** Every problem, in file, row and column order. */
  public ImmutableList<TableProblem> problems() {
    return problems;
  }
}
