package uk.co.leicestershirecares.core.table;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import uk.co.leicestershirecares.core.stage.Stage;

/**
 * How a checked table cell reads, said once for both engines: the reference policy reads its
 * rows through these, and the Drools conclusions a table's rules build read the same cells
 * through these. A cell reaches them only after its {@link Column} check passed.
 */
public final class TableCells {
  private TableCells() {}

  /**
   * {@code yes} or {@code no}.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static boolean yes(String cell) {
    if (cell.equals("yes") || cell.equals("no")) {
      return cell.equals("yes");
    }
    throw new IllegalArgumentException("not yes or no: " + cell);
  }

  /**
   * A stage's name, or {@code none}.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static Optional<Stage> stage(String cell) {
    return cell.equals("none") ? Optional.empty() : Optional.of(Stage.valueOf(cell));
  }

  /**
   * Whole numbers of weeks separated by spaces, or {@code none} (the empty set).
   *
   * @throws NumberFormatException for anything else
   */
  public static ImmutableSortedSet<Integer> weeks(String cell) {
    if (cell.equals("none")) {
      return ImmutableSortedSet.of();
    }
    ImmutableSortedSet.Builder<Integer> weeks = ImmutableSortedSet.naturalOrder();
    for (String item : cell.strip().split(" +")) {
      weeks.add(Integer.parseInt(item));
    }
    return weeks.build();
  }
}
