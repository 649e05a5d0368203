package uk.co.leicestershirecares.core.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.co.leicestershirecares.core.outcome.OutcomeCategory;
import uk.co.leicestershirecares.core.outcome.OutcomeType;
import uk.co.leicestershirecares.core.reason.Source;
import uk.co.leicestershirecares.core.reason.Sources;
import uk.co.leicestershirecares.core.stage.Stage;

/**
 * How each outcome counts for funders, from the analysts' table {@code outcomes.drl.csv}: one row
 * per outcome type with its category, whether it counts as education, training or employment
 * (ETE), whether it is hard or soft data, the Power to Change stage it evidences, the weeks at
 * which it is measured as sustained, and the source sentence.
 *
 * <p>The same file is a Drools decision table: the rules module compiles it into one rule per row,
 * and the reference policy reads its rows here, so both engines take the policy's data from one
 * place. Start from {@link #shipped()}; {@link #read(String, String)} checks an analyst's copy.
 */
public final class OutcomeTable extends PolicyTable {
  /** The shipped table's file name, in the rules module's folder of rules. */
  public static final String FILE = "outcomes.drl.csv";

  private static final Layout LAYOUT = new Layout(FILE, true,
      Column.ruleId("Rule id"),
      Column.document("Source document", Sources.DOCUMENTS),
      Column.listOf("Outcome type", OutcomeType.class),
      Column.oneOf("Category", OutcomeCategory.class),
      Column.yesNo("Counts as ETE"),
      Column.yesNo("Hard data"),
      Column.oneOfOrNone("Stage evidenced", Stage.class),
      Column.weeks("Sustained weeks"),
      Column.sentence("Source sentence"));

  private static final OutcomeTable SHIPPED = read(FILE, LAYOUT.shippedText());

  /** One row: how outcomes of its types are classified. */
  public static final class Row {
    private final int number;
    private final String ruleId;
    private final ImmutableSet<OutcomeType> types;
    private final OutcomeCategory category;
    private final boolean ete;
    private final boolean hard;
    private final Optional<Stage> stage;
    private final ImmutableSortedSet<Integer> sustainedWeeks;
    private final Source source;

    private Row(DecisionTable.Row row) {
      this.number = row.number();
      this.ruleId = row.cell(1);
      ImmutableSet.Builder<OutcomeType> types = ImmutableSet.builder();
      for (String type : row.cell(3).split(",")) {
        types.add(OutcomeType.valueOf(type.strip()));
      }
      this.types = types.build();
      this.category = OutcomeCategory.valueOf(row.cell(4));
      this.ete = TableCells.yes(row.cell(5));
      this.hard = TableCells.yes(row.cell(6));
      this.stage = TableCells.stage(row.cell(7));
      this.sustainedWeeks = TableCells.weeks(row.cell(8));
      this.source = Source.of(row.cell(2), row.cell(9));
    }

    /** The row's number in the file, from 1. */
    public int number() {
      return number;
    }

    /** The rule id its reasons carry, such as {@code OUTCOME.employment}. */
    public String ruleId() {
      return ruleId;
    }

    /** The outcome types the row classifies. */
    public ImmutableSet<OutcomeType> types() {
      return types;
    }

    /** The category the outcomes fall into. */
    public OutcomeCategory category() {
      return category;
    }

    /** Whether they count as education, training or employment. */
    public boolean ete() {
      return ete;
    }

    /** Whether they are hard data (otherwise soft). */
    public boolean hard() {
      return hard;
    }

    /** The stage they evidence, if any. */
    public Optional<Stage> stage() {
      return stage;
    }

    /** The weeks after it began at which an outcome is measured as sustained; empty for none. */
    public ImmutableSortedSet<Integer> sustainedWeeks() {
      return sustainedWeeks;
    }

    /** The sentence the row implements. */
    public Source source() {
      return source;
    }

    @Override
    public String toString() {
      return "OutcomeTable.Row[" + number + ", " + ruleId + "]";
    }
  }

  private final ImmutableList<Row> rows;
  private final ImmutableMap<OutcomeType, Row> byType;

  private OutcomeTable(
      DecisionTable table, ImmutableList<Row> rows, ImmutableMap<OutcomeType, Row> byType) {
    super(table);
    this.rows = rows;
    this.byType = byType;
  }

  /** The table shipped with the library. */
  public static OutcomeTable shipped() {
    return SHIPPED;
  }

  /** The shipped table's text, as analysts copy it. */
  public static String shippedText() {
    return LAYOUT.shippedText();
  }

  /**
   * Reads and checks an outcome table: the shipped header, every cell's type and vocabulary,
   * unique rule ids, and exactly one row for each outcome type.
   *
   * @param file the file name problems are reported against
   * @param text the file's content
   * @throws PolicyTableException with every problem, each at its row and column
   */
  public static OutcomeTable read(String file, String text) {
    Reading reading = LAYOUT.read(file, text);
    boolean everyRowRead = reading.clean();
    Map<OutcomeType, Row> byType = new EnumMap<>(OutcomeType.class);
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (DecisionTable.Row cells : reading.rows()) {
      Row row = new Row(cells);
      rows.add(row);
      for (OutcomeType type : row.types()) {
        Row first = byType.putIfAbsent(type, row);
        if (first != null) {
          reading.problem(row.number(), 3, "outcome type " + type
              + " is already classified on row " + first.number());
        }
      }
    }
    for (OutcomeType type : OutcomeType.values()) {
      // A row with a cell problem was not read: its types are not missing, only unreadable.
      if (everyRowRead && !byType.containsKey(type)) {
        reading.problem(0, 0, "no row classifies outcome type " + type
            + ": add one, or add it to a row's Outcome type cell");
      }
    }
    return new OutcomeTable(reading.checked(), rows.build(), Maps.immutableEnumMap(byType));
  }

  /** Every row, in file order. */
  public ImmutableList<Row> rows() {
    return rows;
  }

  /** The row that classifies {@code type}; every type has exactly one. */
  public Row row(OutcomeType type) {
    Row row = byType.get(Objects.requireNonNull(type, "type"));
    return Objects.requireNonNull(row, "every outcome type has a row");
  }

  @Override
  String summary() {
    return rows.size() + " rows";
  }
}
