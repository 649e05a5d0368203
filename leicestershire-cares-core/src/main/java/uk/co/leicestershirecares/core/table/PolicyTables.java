package uk.co.leicestershirecares.core.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The policy tables a folder of rules may hold, by file name, and the one check every reader of
 * a table goes through. Analyst tools check a table here before Drools compiles it; the reference
 * policy reads the shipped tables through the typed readers ({@link OutcomeTable}).
 */
public final class PolicyTables {
  private static final ImmutableMap<String, String> RULE_TABLE_NAMES = ImmutableMap.of(
      EligibilityTable.FILE, "Eligibility",
      AnnualPlanTable.FILE, "AnnualPlans",
      CrisisTable.FILE, "Crises",
      RecentActivityTable.FILE, "RecentActivity",
      OutcomeTable.FILE, "Outcomes");
  private static final String RESOURCES = "/uk/co/leicestershirecares/core/table/";

  private PolicyTables() {}

  /** The file names of the shipped tables, as a folder of rules holds them. */
  public static ImmutableList<String> shippedFiles() {
    return RULE_TABLE_NAMES.keySet().asList();
  }

  /**
   * Checks the table {@code file} (a path inside a folder of rules; its file name says which
   * table it is) with content {@code text}.
   *
   * @return the checked table, whose {@link DecisionTable#text()} is what Drools should compile
   * @throws PolicyTableException with every problem found, each at its row and column; a file name
   *     that is not one of {@link #shippedFiles()} is one
   */
  public static DecisionTable check(String file, String text) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    String name = fileName(file);
    return switch (name) {
      case EligibilityTable.FILE -> EligibilityTable.read(file, text).decisionTable();
      case AnnualPlanTable.FILE -> AnnualPlanTable.read(file, text).decisionTable();
      case CrisisTable.FILE -> CrisisTable.read(file, text).decisionTable();
      case RecentActivityTable.FILE -> RecentActivityTable.read(file, text).decisionTable();
      case OutcomeTable.FILE -> OutcomeTable.read(file, text).decisionTable();
      default -> throw new PolicyTableException(List.of(TableProblem.at(file, 0, 0,
          "not a policy table this library knows: the tables are "
              + String.join(", ", shippedFiles()))));
    };
  }

  /**
   * The name of the {@code RuleTable} in the table {@code file}: Drools names the rule made from
   * row {@code n} {@code <name>_<n>}.
   *
   * @throws IllegalArgumentException if {@code file} is not one of {@link #shippedFiles()}
   */
  public static String ruleTableName(String file) {
    String name = RULE_TABLE_NAMES.get(fileName(Objects.requireNonNull(file, "file")));
    if (name == null) {
      throw new IllegalArgumentException("not a policy table: " + file);
    }
    return name;
  }

  /**
   * Where a rule Drools made from a table comes from, as {@code file:row} (for example {@code
   * outcomes.drl.csv:12} for the rule {@code Outcomes_12}); empty for any other rule.
   */
  public static Optional<String> rowOf(String ruleName) {
    int underscore = Objects.requireNonNull(ruleName, "ruleName").lastIndexOf('_');
    if (underscore < 0 || underscore == ruleName.length() - 1) {
      return Optional.empty();
    }
    String row = ruleName.substring(underscore + 1);
    for (int i = 0; i < row.length(); i++) {
      if (!Character.isDigit(row.charAt(i))) {
        return Optional.empty();
      }
    }
    String table = ruleName.substring(0, underscore);
    return RULE_TABLE_NAMES.entrySet().stream()
        .filter(e -> e.getValue().equals(table))
        .map(e -> e.getKey() + ":" + Integer.parseInt(row))
        .findFirst();
  }

  /** The shipped table {@code file}'s text, from core's class path. */
  static String resource(String file) {
    try (InputStream in = PolicyTables.class.getResourceAsStream(RESOURCES + file)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCES + file + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
