package uk.co.leicestershirecares.core.table;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What one column of a policy table accepts: its label (the column-name row's cell) and the check
 * each of its data cells must pass before Drools or the reference policy sees it.
 */
public final class Column {
  private static final Pattern RULE_ID =
      Pattern.compile("[A-Z][A-Z_]*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");
  private static final Pattern WEEKS = Pattern.compile("[1-9][0-9]{0,2}");
  // A sentence becomes a Java string literal in the generated rule: no quote, backslash or $.
  private static final Pattern SENTENCE = Pattern.compile("[^\"\\\\$\\p{Cntrl}]+");

  private interface Check {
    Optional<String> problem(String cell);
  }

  private final String label;
  private final Check check;

  private Column(String label, Check check) {
    this.label = label;
    this.check = check;
  }

  /** The column-name row's cell. */
  public String label() {
    return label;
  }

  /** What is wrong with {@code cell} in this column, or empty when it is acceptable. */
  public Optional<String> problem(String cell) {
    if (cell.isEmpty()) {
      return Optional.of(label + " is empty: every cell of a row needs a value");
    }
    if (!cell.equals(cell.strip())) {
      return Optional.of(label + " \"" + cell + "\" has spaces at its start or end");
    }
    return check.problem(cell);
  }

  /** A rule id such as {@code UP.age}: a code, a dot, lower-case words joined by hyphens. */
  static Column ruleId(String label) {
    return accepting(label, cell -> RULE_ID.matcher(cell).matches(),
        "a rule id such as UP.age or OUTCOME.job-search-support");
  }

  /** One of an enum's names, exactly as the record format writes it. */
  static <E extends Enum<E>> Column oneOf(String label, Class<E> type) {
    Set<String> names = names(type);
    return accepting(label, names::contains, "one of " + String.join(", ", names));
  }

  /** One of an enum's names, or {@code none}. */
  static <E extends Enum<E>> Column oneOfOrNone(String label, Class<E> type) {
    Set<String> names = names(type);
    return accepting(label, cell -> cell.equals("none") || names.contains(cell),
        "none or one of " + String.join(", ", names));
  }

  /** A comma-separated list of an enum's names, each once. */
  static <E extends Enum<E>> Column listOf(String label, Class<E> type) {
    Set<String> names = names(type);
    return new Column(label, cell -> {
      Set<String> seen = new HashSet<>();
      for (String item : cell.split(",", -1)) {
        String name = item.strip();
        if (!names.contains(name)) {
          return Optional.of(label + " \"" + name + "\" is not one of "
              + String.join(", ", names) + " (separate several with commas)");
        }
        if (!seen.add(name)) {
          return Optional.of(label + " names " + name + " twice");
        }
      }
      return Optional.empty();
    });
  }

  /** {@code yes} or {@code no}. */
  static Column yesNo(String label) {
    return accepting(label, cell -> cell.equals("yes") || cell.equals("no"), "yes or no");
  }

  /** Whole numbers of weeks separated by spaces, in increasing order, or {@code none}. */
  static Column weeks(String label) {
    return new Column(label, cell -> {
      if (cell.equals("none")) {
        return Optional.empty();
      }
      int previous = 0;
      for (String item : cell.split(" +", -1)) {
        if (!WEEKS.matcher(item).matches()) {
          return Optional.of(label + " \"" + cell + "\" is not none or whole numbers of weeks"
              + " separated by spaces, such as 13 26");
        }
        int weeks = Integer.parseInt(item);
        if (weeks <= previous) {
          return Optional.of(label + " \"" + cell + "\" must list each number of weeks once,"
              + " smallest first");
        }
        previous = weeks;
      }
      return Optional.empty();
    });
  }

  /** One of the documents a rule may cite. */
  static Column document(String label, Set<String> documents) {
    return accepting(label, documents::contains,
        "one of " + documents.stream().sorted().collect(Collectors.joining(", ")));
  }

  /** A sentence quoted from a document: any text but quotes, backslashes and dollar signs. */
  static Column sentence(String label) {
    return new Column(label, cell -> SENTENCE.matcher(cell).matches()
        ? Optional.empty()
        : Optional.of(label + " may not hold a double quote, a backslash, a dollar sign or a"
            + " line break"));
  }

  /** A programme code such as {@code UP}. */
  static Column programme(String label) {
    return accepting(label, cell -> TableCells.PROGRAMME.matcher(cell).matches(),
        "a programme code such as UP or LEAVING_CARE (capital letters, digits and underscores)");
  }

  /** {@code always}, {@code from 2027-04-01} or {@code 2024-04-01 to 2027-03-31}. */
  static Column inForce(String label) {
    return labelled(label, TableCells::inForceProblem);
  }

  /**
   * {@code 18 to 25} or {@code 18 or over}; if {@code optional}, also {@code none} and {@code
   * annual plan}.
   */
  static Column ageBand(String label, boolean optional) {
    return labelled(label, cell -> TableCells.ageBandProblem(cell, optional));
  }

  /** Circumstance names separated by commas, {@code none} or {@code annual plan priority
   * groups}. */
  static Column circumstancesOrPlan(String label) {
    Column list = listOf(label, uk.co.leicestershirecares.core.participant.CircumstanceType.class);
    return new Column(label, cell -> cell.equals("none") || cell.equals(TableCells.PLAN_GROUPS)
        ? Optional.empty() : list.check.problem(cell));
  }

  /** Home areas separated by commas, or {@code none}. */
  static Column areasOrNone(String label) {
    Column list = listOf(label, uk.co.leicestershirecares.core.participant.HomeArea.class);
    return new Column(label, cell -> cell.equals("none") ? Optional.empty()
        : list.check.problem(cell));
  }

  /** A recent-activity window: {@code 13 weeks}, {@code 1 week}, {@code 30 days}. */
  static Column window(String label) {
    return labelled(label, TableCells::windowProblem);
  }

  /** A plan year such as {@code 2024/25}. */
  static Column planYear(String label) {
    return accepting(label, cell -> {
      try {
        // Parsed for its checks alone: it throws unless the two years are consecutive.
        var unused = uk.co.leicestershirecares.core.plan.PlanYear.parse(cell);
        return cell.matches("[0-9]{4}/[0-9]{2}");
      } catch (RuntimeException e) {
        return false;
      }
    }, "a plan year such as 2024/25");
  }

  /** A date such as {@code 2024-04-01}. */
  static Column date(String label) {
    return accepting(label, cell -> TableCells.date(cell).isPresent(), "a date such as 2024-04-01");
  }

  /** {@code the plan}, or a sentence of {@code policy-decisions.md} that decides an age band. */
  static Column ageBandSource(String label) {
    Column sentence = sentence(label);
    return new Column(label, cell -> cell.equals(TableCells.THE_PLAN) ? Optional.empty()
        : sentence.check.problem(cell));
  }

  /** {@code required} or {@code prioritised}. */
  static Column groupsAre(String label) {
    return accepting(label, cell -> TableCells.groupsAre(cell).isPresent(),
        "required or prioritised");
  }

  /**
   * Priority groups: {@code name: CIRCUMSTANCE, CIRCUMSTANCE; name: CIRCUMSTANCE}; a member may
   * be written {@code CONVICTION before 18}.
   */
  static Column priorityGroups(String label) {
    return labelled(label, TableCells::priorityGroupsProblem);
  }

  // Most columns take a cell that passes one test, and otherwise quote it and say what they take.
  private static Column accepting(String label, Predicate<String> test, String expected) {
    return new Column(label, cell -> test.test(cell) ? Optional.empty()
        : Optional.of(label + " \"" + cell + "\" is not " + expected));
  }

  // The rest ask TableCells, which knows how their cells read, and name themselves first.
  private static Column labelled(String label, Check check) {
    return new Column(label, cell -> check.problem(cell).map(problem -> label + " " + problem));
  }

  private static <E extends Enum<E>> Set<String> names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(ImmutableSet.toImmutableSet());
  }

  @Override
  public String toString() {
    return "Column[" + label.toLowerCase(Locale.ROOT) + "]";
  }
}
