package uk.co.leicestershirecares.core.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.co.leicestershirecares.core.eligibility.Requirement;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Sources;

/**
 * Who each programme is for, from the analysts' table {@code eligibility.drl.csv}: one row per
 * condition (an age band, any one of a list of circumstances, one of a list of home areas, or the
 * age band or priority groups of the annual plan in force), each with its programme, the days it
 * is in force, its rule id and its source sentence.
 *
 * <p>The same file is a Drools decision table: the rules module compiles it into one rule per
 * row, and the reference policy reads its rows here. Start from {@link #shipped()}; {@link
 * #read(String, String)} checks an analyst's copy.
 */
public final class EligibilityTable extends PolicyTable {
  /** The shipped table's file name, in the rules module's folder of rules. */
  public static final String FILE = "eligibility.drl.csv";

  private static final ImmutableSet<String> DOCUMENTS = ImmutableSet.<String>builder()
      .addAll(Sources.DOCUMENTS).add(AnnualPlanTable.FILE).build();

  private static final Layout LAYOUT = new Layout(FILE, false,
      Column.ruleId("Rule id"),
      Column.document("Source document", DOCUMENTS),
      Column.programme("Programme"),
      Column.inForce("In force"),
      Column.ageBand("Age band", true),
      Column.circumstancesOrPlan("Any of circumstances"),
      Column.areasOrNone("Lives in"),
      Column.sentence("Source sentence"));

  private static final EligibilityTable SHIPPED = read(FILE, LAYOUT.shippedText());

  private final ImmutableList<Requirement> requirements;

  private EligibilityTable(DecisionTable table, ImmutableList<Requirement> requirements) {
    super(table);
    this.requirements = requirements;
  }

  /** The table shipped with the library. */
  public static EligibilityTable shipped() {
    return SHIPPED;
  }

  /** The shipped table's text, as analysts copy it. */
  public static String shippedText() {
    return LAYOUT.shippedText();
  }

  /**
   * Reads and checks an eligibility table: the shipped header, every cell's type and vocabulary,
   * one condition per row, a rule id that starts with its programme's code, and no two rows with
   * the same rule id in force on the same day.
   *
   * @param file the file name problems are reported against
   * @param text the file's content
   * @throws PolicyTableException with every problem, each at its row and column
   */
  public static EligibilityTable read(String file, String text) {
    Reading reading = LAYOUT.read(file, text);
    Map<String, List<Requirement>> byRuleId = new HashMap<>();
    ImmutableList.Builder<Requirement> requirements = ImmutableList.builder();
    for (DecisionTable.Row row : reading.rows()) {
      String ruleId = row.cell(1);
      String programme = row.cell(3);
      if (!ruleId.startsWith(programme + ".")) {
        reading.problem(row.number(), 1, "rule id " + ruleId + " must start with its programme, "
            + programme + ".");
      }
      int conditions = 0;
      for (int c = 5; c <= 7; c++) {
        conditions += row.cell(c).equals("none") ? 0 : 1;
      }
      if (conditions != 1) {
        reading.problem(row.number(), 5, "a row asks for one thing: exactly one of Age band, Any"
            + " of circumstances and Lives in must be other than none, not " + conditions);
        continue;
      }
      Requirement requirement = TableCells.requirement(row.number(), ruleId, row.cell(2),
          programme, row.cell(4), row.cell(5), row.cell(6), row.cell(7), row.cell(8));
      boolean takesPlan = requirement.kind() == Requirement.Kind.PLAN_AGE_BAND
          || requirement.kind() == Requirement.Kind.PLAN_PRIORITY_GROUP;
      if (takesPlan != row.cell(2).equals(AnnualPlanTable.FILE)) {
        // Said once: a row that takes the plan's data cites the plan, whose row cites the source.
        reading.problem(row.number(), 2, takesPlan
            ? "a row that takes the annual plan's band or groups cites " + AnnualPlanTable.FILE
            : AnnualPlanTable.FILE + " is the source only of a row that takes the annual plan's"
                + " band or groups");
      }
      for (Requirement other : byRuleId.computeIfAbsent(ruleId, k -> new ArrayList<>())) {
        if (overlap(other, requirement)) {
          reading.problem(row.number(), 4, "rule id " + ruleId
              + " is already in force on some of these days on row " + other.row()
              + ": a rule id may repeat only for days that do not overlap");
        }
      }
      byRuleId.get(ruleId).add(requirement);
      requirements.add(requirement);
    }
    return new EligibilityTable(reading.checked(), requirements.build());
  }

  private static boolean overlap(Requirement a, Requirement b) {
    LocalDate aTo = a.inForceTo().orElse(LocalDate.MAX);
    LocalDate bTo = b.inForceTo().orElse(LocalDate.MAX);
    return !a.inForceFrom().isAfter(bTo) && !b.inForceFrom().isAfter(aTo);
  }

  /** Every row's requirement, in file order. */
  public ImmutableList<Requirement> requirements() {
    return requirements;
  }

  /** The requirements of {@code programme} in force on {@code date}, in file order. */
  public ImmutableList<Requirement> requirements(ProgrammeCode programme, LocalDate date) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(date, "date");
    ImmutableList.Builder<Requirement> mine = ImmutableList.builder();
    for (Requirement requirement : requirements) {
      if (requirement.programme().equals(programme) && requirement.inForceOn(date)) {
        mine.add(requirement);
      }
    }
    return mine.build();
  }

  @Override
  String summary() {
    return requirements.size() + " rows";
  }
}
