package uk.co.leicestershirecares.core.table;

import com.google.common.collect.Sets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.reason.Sources;

/**
 * Which circumstances are crises, from the analysts' table {@code crises.drl.csv}: one row per
 * circumstance. While a crisis is active the stage is power within and the employment pathway is
 * on hold.
 *
 * <p>The same file is a Drools decision table (one rule per row marks a circumstance of its kind
 * as a crisis); the reference policy reads its rows here.
 */
public final class CrisisTable extends PolicyTable {
  /** The shipped table's file name, in the rules module's folder of rules. */
  public static final String FILE = "crises.drl.csv";

  private static final Layout LAYOUT = new Layout(FILE, true,
      Column.ruleId("Rule id"),
      Column.document("Source document", Sources.DOCUMENTS),
      Column.oneOf("Crisis circumstance", CircumstanceType.class),
      Column.sentence("Source sentence"));
  private static final CrisisTable SHIPPED = read(FILE, LAYOUT.shippedText());

  private final Set<CircumstanceType> crises;

  private CrisisTable(DecisionTable table, Set<CircumstanceType> crises) {
    super(table);
    this.crises = crises;
  }

  /** The table shipped with the library: rough sleeping, homelessness, an abusive relationship. */
  public static CrisisTable shipped() {
    return SHIPPED;
  }

  /** The shipped table's text, as analysts copy it. */
  public static String shippedText() {
    return LAYOUT.shippedText();
  }

  /**
   * Reads and checks a crises table: the shipped header, every cell, and each circumstance on one
   * row only.
   *
   * @throws PolicyTableException with every problem, each at its row and column
   */
  public static CrisisTable read(String file, String text) {
    Reading reading = LAYOUT.read(file, text);
    Map<CircumstanceType, Integer> rows = new EnumMap<>(CircumstanceType.class);
    for (DecisionTable.Row row : reading.rows()) {
      CircumstanceType type = CircumstanceType.valueOf(row.cell(3));
      Integer first = rows.putIfAbsent(type, row.number());
      if (first != null) {
        reading.problem(row.number(), 3, type + " is already a crisis on row " + first);
      }
    }
    return new CrisisTable(reading.checked(), Sets.immutableEnumSet(rows.keySet()));
  }

  /** Whether a circumstance of {@code type} is a crisis while it is active. */
  public boolean isCrisis(CircumstanceType type) {
    return crises.contains(type);
  }

  /** The crisis circumstances. */
  public Set<CircumstanceType> crises() {
    return crises;
  }

  @Override
  String summary() {
    return crises.size() + " crises";
  }
}
