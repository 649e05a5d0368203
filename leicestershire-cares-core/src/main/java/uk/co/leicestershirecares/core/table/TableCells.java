package uk.co.leicestershirecares.core.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.eligibility.Requirement;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.plan.AgeBand;
import uk.co.leicestershirecares.core.plan.AnnualPlan;
import uk.co.leicestershirecares.core.plan.PlanYear;
import uk.co.leicestershirecares.core.plan.PriorityGroup;
import uk.co.leicestershirecares.core.plan.PriorityGroupRule;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Source;
import uk.co.leicestershirecares.core.reason.Sources;
import uk.co.leicestershirecares.core.stage.Stage;

/**
 * How a checked table cell reads, said once for both engines: the reference policy reads its
 * rows through these, and the Drools conclusions a table's rules build read the same cells
 * through these. A cell reaches them only after its {@link Column} check passed.
 */
public final class TableCells {
  static final Pattern PROGRAMME = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
  static final String PLAN_AGES = "annual plan";
  static final String PLAN_GROUPS = "annual plan priority groups";
  static final String THE_PLAN = "the plan";
  private static final Pattern BEFORE_BIRTHDAY = Pattern.compile("([A-Z_]+) before ([0-9]{1,3})");
  private static final Pattern BAND = Pattern.compile("([0-9]{1,3}) to ([0-9]{1,3})");
  private static final Pattern OR_OVER = Pattern.compile("([0-9]{1,3}) or over");
  private static final Pattern FROM = Pattern.compile("from ([0-9-]+)");
  private static final Pattern UNTIL = Pattern.compile("until ([0-9-]+)");
  private static final Pattern FROM_TO = Pattern.compile("([0-9-]+) to ([0-9-]+)");
  private static final Pattern WINDOW = Pattern.compile("([0-9]{1,3}) (weeks?|days?)");
  private static final Pattern GROUP_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9 '-]*");

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

  /**
   * One row of the eligibility table, from its cells (each already checked by its column).
   *
   * @throws IllegalArgumentException if a cell does not read
   */
  public static Requirement requirement(int row, String ruleId, String document,
      String programme, String inForce, String ageBand, String anyOf, String livesIn,
      String sentence) {
    return (Requirement) remember(List.of("requirement", Integer.toString(row), ruleId,
        document, programme, inForce, ageBand, anyOf, livesIn, sentence), () -> readRequirement(
        row, ruleId, document, programme, inForce, ageBand, anyOf, livesIn, sentence));
  }

  /**
   * Rows read so far, by their cells: a Drools table's rule reads its row's cells again for every
   * record assessed, and a row reads the same every time (the values are immutable). Cleared when
   * it grows past a bound, so a service that reloads edited tables for months stays small.
   */
  private static final Map<List<String>, Object> READ = new ConcurrentHashMap<>();
  private static final int READ_BOUND = 10_000;

  private static Object remember(List<String> cells, Supplier<Object> read) {
    if (READ.size() > READ_BOUND) {
      READ.clear();
    }
    return READ.computeIfAbsent(cells, k -> read.get());
  }

  private static Requirement readRequirement(int row, String ruleId, String document,
      String programme, String inForce, String ageBand, String anyOf, String livesIn,
      String sentence) {
    Requirement.Builder r = Requirement.builder()
        .row(row, ruleId, Source.of(document, sentence), ProgrammeCode.of(programme));
    InForce days = inForce(inForce);
    LocalDate to = days.to();
    r = to == null ? r.inForce(days.from()) : r.inForce(days.from(), to);
    if (ageBand.equals(PLAN_AGES)) {
      r = r.planAgeBand();
    } else if (!ageBand.equals("none")) {
      r = r.ageBand(ageBand(ageBand));
    }
    if (anyOf.equals(PLAN_GROUPS)) {
      r = r.planPriorityGroup();
    } else if (!anyOf.equals("none")) {
      r = r.anyOf(enumList(anyOf, CircumstanceType.class));
    }
    if (!livesIn.equals("none")) {
      r = r.livesIn(enumList(livesIn, HomeArea.class));
    }
    return r.build();
  }

  /**
   * One row of the annual plans table, from its cells (each already checked by its column).
   *
   * @throws IllegalArgumentException if a cell does not read
   */
  public static AnnualPlan annualPlan(String document, String planYear, String inForceFrom,
      String ageBand, String ageBandSource, String priorityGroups, String groupsAre,
      String sentence) {
    return (AnnualPlan) remember(List.of("plan", document, planYear, inForceFrom, ageBand,
        ageBandSource, priorityGroups, groupsAre, sentence), () -> readAnnualPlan(document,
        planYear, inForceFrom, ageBand, ageBandSource, priorityGroups, groupsAre, sentence));
  }

  private static AnnualPlan readAnnualPlan(String document, String planYear, String inForceFrom,
      String ageBand, String ageBandSource, String priorityGroups, String groupsAre,
      String sentence) {
    Source source = Source.of(document, sentence);
    AnnualPlan.Builder plan = AnnualPlan.builder()
        .planYear(PlanYear.parse(planYear))
        .effectiveFrom(date(inForceFrom).orElseThrow(
            () -> new IllegalArgumentException("not a date: " + inForceFrom)))
        .ageBand(ageBand(ageBand))
        .ageBandSource(ageBandSource.equals(THE_PLAN) ? source
            : Source.of(Sources.POLICY_DECISIONS, ageBandSource))
        .priorityGroupRule(groupsAre(groupsAre).orElseThrow(
            () -> new IllegalArgumentException("not required or prioritised: " + groupsAre)))
        .source(source);
    for (String group : priorityGroups.split(";")) {
      int colon = group.indexOf(':');
      List<CircumstanceType> always = new ArrayList<>();
      Map<CircumstanceType, Integer> beganBefore = new LinkedHashMap<>();
      for (String member : group.substring(colon + 1).split(",")) {
        Matcher before = BEFORE_BIRTHDAY.matcher(member.strip());
        if (before.matches()) {
          beganBefore.put(CircumstanceType.valueOf(before.group(1)),
              Integer.parseInt(before.group(2)));
        } else {
          always.add(CircumstanceType.valueOf(member.strip()));
        }
      }
      plan.addPriorityGroup(PriorityGroup.ofMembers(group.substring(0, colon).strip(), always,
          beganBefore));
    }
    return plan.build();
  }

  /** {@code required} or {@code prioritised}; empty for anything else. */
  static Optional<PriorityGroupRule> groupsAre(String cell) {
    return switch (cell) {
      case "required" -> Optional.of(PriorityGroupRule.REQUIRED);
      case "prioritised" -> Optional.of(PriorityGroupRule.PRIORITISED);
      default -> Optional.empty();
    };
  }

  /**
   * Whether an In force cell ({@code always}, {@code from 2027-04-01}, {@code until 2027-03-31}
   * or {@code 2024-04-01 to 2027-03-31}, both days included) covers {@code date}.
   *
   * @throws IllegalArgumentException if the cell does not read
   */
  public static boolean inForceOn(String cell, LocalDate date) {
    return ((InForce) remember(List.of("in force", cell), () -> inForce(cell))).covers(date);
  }

  /**
   * A recent-activity window: {@code 13 weeks}, {@code 1 week}, {@code 30 days} or {@code 1 day}.
   *
   * @throws IllegalArgumentException if the cell does not read
   */
  public static Period window(String cell) {
    return (Period) remember(List.of("window", cell), () -> readWindow(cell));
  }

  private static Period readWindow(String cell) {
    Matcher m = WINDOW.matcher(cell);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a number of weeks or days: " + cell);
    }
    int n = Integer.parseInt(m.group(1));
    return m.group(2).startsWith("week") ? Period.ofWeeks(n) : Period.ofDays(n);
  }

  static Optional<String> windowProblem(String cell) {
    Matcher m = WINDOW.matcher(cell);
    if (!m.matches() || Integer.parseInt(m.group(1)) == 0
        || (m.group(1).equals("1") != m.group(2).matches("week|day"))) {
      return Optional.of("\"" + cell + "\" is not a whole number of weeks or days, such as 13 weeks,"
          + " 1 week or 30 days");
    }
    return Optional.empty();
  }

  /** {@code 18 to 25} or {@code 18 or over} (an open band, up to 150). */
  static AgeBand ageBand(String cell) {
    Matcher band = BAND.matcher(cell);
    if (band.matches()) {
      return AgeBand.of(Integer.parseInt(band.group(1)), Integer.parseInt(band.group(2)));
    }
    Matcher over = OR_OVER.matcher(cell);
    if (over.matches()) {
      return AgeBand.of(Integer.parseInt(over.group(1)), 150);
    }
    throw new IllegalArgumentException("not an age band: " + cell);
  }

  /**
   * The days an In force cell covers, both included.
   *
   * @param from the first day ({@link LocalDate#MIN} for always or until a date)
   * @param to the last day; null when open
   */
  record InForce(LocalDate from, @Nullable LocalDate to) {
    /** Whether {@code date} is one of the days. */
    boolean covers(LocalDate date) {
      return Checks.covers(from, to, date);
    }
  }

  /** The days of an In force cell. */
  static InForce inForce(String cell) {
    if (cell.equals("always")) {
      return new InForce(LocalDate.MIN, null);
    }
    Matcher from = FROM.matcher(cell);
    if (from.matches()) {
      return new InForce(date(from.group(1)).orElseThrow(), null);
    }
    Matcher until = UNTIL.matcher(cell);
    if (until.matches()) {
      return new InForce(LocalDate.MIN, date(until.group(1)).orElseThrow());
    }
    Matcher fromTo = FROM_TO.matcher(cell);
    if (fromTo.matches()) {
      return new InForce(date(fromTo.group(1)).orElseThrow(), date(fromTo.group(2)).orElseThrow());
    }
    throw new IllegalArgumentException(
        "not always, from a date, until a date, or a date to a date: " + cell);
  }

  static Optional<String> inForceProblem(String cell) {
    String expected = "\"" + cell + "\" is not always, from 2027-04-01, until 2027-03-31, or"
        + " 2024-04-01 to 2027-03-31";
    try {
      InForce days = inForce(cell);
      LocalDate to = days.to();
      if (to != null && to.isBefore(days.from())) {
        return Optional.of("\"" + cell + "\" ends before it starts");
      }
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(expected);
    }
  }

  static Optional<String> ageBandProblem(String cell, boolean optional) {
    if (optional && (cell.equals("none") || cell.equals(PLAN_AGES))) {
      return Optional.empty();
    }
    String expected = "\"" + cell + "\" is not an age band such as 18 to 25 or 18 or over"
        + (optional ? ", annual plan or none" : "");
    if (!BAND.matcher(cell).matches() && !OR_OVER.matcher(cell).matches()) {
      return Optional.of(expected);
    }
    try {
      var unused = ageBand(cell); // read for its checks alone
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of("\"" + cell + "\" must have whole ages from 0 to 150, the youngest"
          + " first");
    }
  }

  static Optional<String> priorityGroupsProblem(String cell) {
    Set<String> names = new HashSet<>();
    for (String group : cell.split(";", -1)) {
      int colon = group.indexOf(':');
      if (colon < 0) {
        return Optional.of("\"" + group.strip() + "\" is not a group such as"
            + " homeless: HOMELESS, ROUGH_SLEEPING (a name, a colon, circumstance names)");
      }
      String name = group.substring(0, colon).strip();
      if (!GROUP_NAME.matcher(name).matches()) {
        return Optional.of("group name \"" + name + "\" may hold only letters, digits, spaces,"
            + " hyphens and apostrophes");
      }
      if (!names.add(name)) {
        return Optional.of("names the group " + name + " twice");
      }
      Optional<String> problem = groupMembersProblem(name, group.substring(colon + 1).strip());
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  // Circumstance names, each alone or followed by "before" and a birthday from 1 to 150.
  private static Optional<String> groupMembersProblem(String name, String members) {
    StringBuilder plain = new StringBuilder();
    Set<String> seen = new HashSet<>();
    for (String member : members.split(",", -1)) {
      String m = member.strip();
      Matcher before = BEFORE_BIRTHDAY.matcher(m);
      String type = before.matches() ? before.group(1) : m;
      if (before.matches()) {
        int age = Integer.parseInt(before.group(2));
        if (age < 1 || age > 150) {
          return Optional.of("group " + name + " counts " + type + " before a birthday from 1 to"
              + " 150, not " + age);
        }
      }
      if (!seen.add(type)) {
        return Optional.of("group " + name + " names " + type + " twice");
      }
      plain.append(plain.length() == 0 ? "" : ", ").append(type);
    }
    return Column.listOf("group " + name, CircumstanceType.class).problem(plain.toString());
  }

  static Optional<LocalDate> date(String cell) {
    if (!cell.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(cell));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static <E extends Enum<E>> ImmutableList<E> enumList(String cell, Class<E> type) {
    List<E> values = new ArrayList<>();
    for (String item : cell.split(",")) {
      values.add(Enum.valueOf(type, item.strip()));
    }
    return ImmutableList.copyOf(values);
  }
}
