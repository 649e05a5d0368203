package uk.co.leicestershirecares.core.table;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.co.leicestershirecares.core.plan.AnnualPlan;
import uk.co.leicestershirecares.core.plan.AnnualPlans;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Sources;

/**
 * The annual plans that set targeted youth work's age band and priority groups, from the
 * analysts' table {@code annual-plans.drl.csv}: one row per plan, with its programme, its plan
 * year, the day it comes into force, its age band and the sentence that states it, its priority
 * groups, whether they are required or prioritised, and its source sentence. The latest plan in
 * force on a date applies. A new plan year is a new row.
 *
 * <p>The same file is a Drools decision table (one rule per row inserts the plan); the reference
 * policy reads its rows here.
 */
public final class AnnualPlanTable extends PolicyTable {
  /** The shipped table's file name, in the rules module's folder of rules. */
  public static final String FILE = "annual-plans.drl.csv";

  private static final Layout LAYOUT = new Layout(FILE, true,
      Column.ruleId("Rule id"),
      Column.document("Source document", Sources.DOCUMENTS),
      Column.programme("Programme"),
      Column.planYear("Plan year"),
      Column.date("In force from"),
      Column.ageBand("Age band", false),
      Column.ageBandSource("Age band source"),
      Column.priorityGroups("Priority groups"),
      Column.groupsAre("Groups are"),
      Column.sentence("Source sentence"));

  private static final AnnualPlanTable SHIPPED = read(FILE, LAYOUT.shippedText());

  private final ImmutableMap<ProgrammeCode, AnnualPlans> plans;

  private AnnualPlanTable(DecisionTable table, ImmutableMap<ProgrammeCode, AnnualPlans> plans) {
    super(table);
    this.plans = plans;
  }

  /** The table shipped with the library: the 2021-22 and 2024-25 plans. */
  public static AnnualPlanTable shipped() {
    return SHIPPED;
  }

  /** The shipped table's text, as analysts copy it. */
  public static String shippedText() {
    return LAYOUT.shippedText();
  }

  /**
   * Reads and checks an annual plans table: the shipped header, every cell, a day in force inside
   * the plan's year, and no two plans of a programme for the same year or coming into force on
   * the same day.
   *
   * @throws PolicyTableException with every problem, each at its row and column
   */
  public static AnnualPlanTable read(String file, String text) {
    Reading reading = LAYOUT.read(file, text);
    Map<String, Integer> years = new HashMap<>();
    Map<String, Integer> days = new HashMap<>();
    Map<ProgrammeCode, List<AnnualPlan>> plans = new LinkedHashMap<>();
    for (DecisionTable.Row row : reading.rows()) {
      ProgrammeCode programme = ProgrammeCode.of(row.cell(3));
      AnnualPlan plan = TableCells.annualPlan(row.cell(2), row.cell(4), row.cell(5), row.cell(6),
          row.cell(7), row.cell(8), row.cell(9), row.cell(10));
      if (!plan.planYear().contains(plan.effectiveFrom())) {
        reading.problem(row.number(), 5, "the " + plan.planYear() + " plan cannot come into force"
            + " on " + plan.effectiveFrom() + ", outside its year (" + plan.planYear().start()
            + " to " + plan.planYear().end() + ")");
      }
      Integer sameYear = years.putIfAbsent(programme + " " + plan.planYear(), row.number());
      if (sameYear != null) {
        reading.problem(row.number(), 4, "the " + plan.planYear() + " plan of " + programme
            + " is already on row " + sameYear);
      }
      Integer sameDay = days.putIfAbsent(programme + " " + plan.effectiveFrom(), row.number());
      if (sameDay != null) {
        reading.problem(row.number(), 5, "the plan of " + programme + " on row " + sameDay
            + " also comes into force on " + plan.effectiveFrom());
      }
      plans.computeIfAbsent(programme, p -> new ArrayList<>()).add(plan);
    }
    DecisionTable table = reading.checked();
    ImmutableMap.Builder<ProgrammeCode, AnnualPlans> byProgramme = ImmutableMap.builder();
    plans.forEach((programme, list) ->
        byProgramme.put(programme, AnnualPlans.of(list.toArray(new AnnualPlan[0]))));
    return new AnnualPlanTable(table, byProgramme.build());
  }

  /** The plans of {@code programme}, in the order they come into force; none if it has none. */
  public AnnualPlans plans(ProgrammeCode programme) {
    AnnualPlans mine = plans.get(programme);
    return mine != null ? mine : AnnualPlans.of();
  }

  @Override
  String summary() {
    return plans.size() + " programmes";
  }
}
