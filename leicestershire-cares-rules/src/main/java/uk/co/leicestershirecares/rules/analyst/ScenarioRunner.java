package uk.co.leicestershirecares.rules.analyst;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.eligibility.MissingCondition;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.outcome.OutcomeId;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.table.PolicyTables;
import uk.co.leicestershirecares.rules.DroolsPolicy;
import uk.co.leicestershirecares.rules.FiredRule;

/**
 * Runs {@link Scenario}s against a policy and compares each answer with the expectation.
 *
 * <pre>{@code
 * ScenarioRunner.Report report = ScenarioRunner.run(policy, ScenarioReader.read(folder));
 * System.out.println(report);            // one block per scenario, then "3 passed, 1 failed"
 * ScenarioRunner.Coverage coverage = ScenarioRunner.coverage(droolsPolicy, scenarios);
 * coverage.neverFired();                 // the rules no scenario fired
 * }</pre>
 *
 * <p>A difference reads, for example, {@code UP: expected ELIGIBLE, got NOT_ELIGIBLE (missing:
 * UP.age)}, followed by the text of each missing condition on its own indented line. A scenario the policy cannot assess (rules that leave a question undecided, a
 * programme the policy does not know) fails with the reason; it never stops the run.
 */
public final class ScenarioRunner {
  private ScenarioRunner() {}

  /**
   * The result of one scenario: passed, or the differences found.
   *
   * @param scenario the scenario
   * @param differences each difference between expected and actual, one sentence each
   */
  public record Result(Scenario scenario, ImmutableList<String> differences) {
    /**
     * Checks that neither part is null.
     *
     * @throws NullPointerException if an argument is null
     */
    public Result {
      Objects.requireNonNull(scenario, "scenario");
      Objects.requireNonNull(differences, "differences");
    }

    /** Returns whether every expectation was met. */
    public boolean passed() {
      return differences.isEmpty();
    }

    /**
     * Returns {@code PASS name} or {@code FAIL name (origin)} followed by the differences, one
     * per indented line.
     */
    @Override
    public String toString() {
      if (passed()) {
        return "PASS " + scenario.name();
      }
      return "FAIL " + scenario.name() + " (" + scenario.origin() + ")"
          + differences.stream().map(d -> "\n  " + d).collect(Collectors.joining());
    }
  }

  /**
   * The results of a run.
   *
   * @param results the result of each scenario, in the order run
   */
  public record Report(ImmutableList<Result> results) {
    /**
     * Checks that the results are not null.
     *
     * @throws NullPointerException if {@code results} is null
     */
    public Report {
      Objects.requireNonNull(results, "results");
    }

    /** Returns the number of scenarios that passed. */
    public int passed() {
      return (int) results.stream().filter(Result::passed).count();
    }

    /** Returns the number of scenarios that failed. */
    public int failed() {
      return results.size() - passed();
    }

    /** Returns the failed results. */
    public ImmutableList<Result> failures() {
      return results.stream().filter(r -> !r.passed())
          .collect(ImmutableList.toImmutableList());
    }

    /** Returns exactly {@code N passed, N failed}. */
    public String summary() {
      return passed() + " passed, " + failed() + " failed";
    }

    /** Returns every result, one block each, and the {@linkplain #summary() summary} last. */
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      results.forEach(r -> text.append(r).append('\n'));
      return text.append(summary()).toString();
    }
  }

  /**
   * Which rules of a policy a set of scenarios fired.
   *
   * @param rules the names of every rule in the policy
   * @param fired the names of the rules some scenario fired
   * @param errors {@code name: reason} for each scenario the policy could not assess
   */
  public record Coverage(ImmutableSortedSet<String> rules, ImmutableSortedSet<String> fired,
      ImmutableList<String> errors) {
    /**
     * Checks that no part is null.
     *
     * @throws NullPointerException if an argument is null
     */
    public Coverage {
      Objects.requireNonNull(rules, "rules");
      Objects.requireNonNull(fired, "fired");
      Objects.requireNonNull(errors, "errors");
    }

    /** Returns the names of the rules no scenario fired, sorted. */
    public ImmutableSortedSet<String> neverFired() {
      return ImmutableSortedSet.copyOf(rules.stream().filter(r -> !fired.contains(r))
          .collect(Collectors.toList()));
    }

    /**
     * Returns where an analyst finds the rule named {@code ruleName}: {@code file:row} for a
     * rule a decision table made from one of its rows, otherwise the rule's name.
     */
    public String where(String ruleName) {
      return PolicyTables.rowOf(ruleName).orElse(ruleName);
    }

    /** Returns {@code fired/total rules fired}, then each rule never fired on its own line. */
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder(fired.size() + "/" + rules.size() + " rules fired");
      neverFired().forEach(r -> text.append("\nnever fired: ").append(where(r)));
      errors.forEach(e -> text.append("\ncould not assess: ").append(e));
      return text.toString();
    }
  }

  /**
   * The policy a scenario is asked under: {@code policy} itself, or, for a scenario with
   * settings, the same rules with the scenario's parameters and catalogue.
   *
   * @throws IllegalArgumentException if the scenario has settings and {@code policy} is neither a
   *     {@link DroolsPolicy} nor a {@link ReferencePolicy}, whose settings can be changed
   */
  static Policy under(Policy policy, Scenario scenario) {
    Scenario.Settings settings = scenario.settings();
    if (settings.isNone()) {
      return policy;
    }
    PolicyParameters parameters = settings.applyTo(policy.parameters());
    ProgrammeCatalogue catalogue = settings.applyTo(policy.catalogue());
    if (policy instanceof DroolsPolicy droolsPolicy) {
      return droolsPolicy.with(parameters, catalogue);
    }
    if (policy instanceof ReferencePolicy) {
      return ReferencePolicy.of(parameters, catalogue);
    }
    throw new IllegalArgumentException("the scenario sets " + settings
        + ", which a " + policy.getClass().getSimpleName() + " cannot take");
  }

  /**
   * Runs every scenario against {@code policy}.
   *
   * @throws InvalidRecordException if an argument is null
   */
  public static Report run(Policy policy, List<Scenario> scenarios) {
    check(policy, scenarios);
    ImmutableList.Builder<Result> results = ImmutableList.builder();
    for (Scenario scenario : scenarios) {
      results.add(run(policy, scenario));
    }
    return new Report(results.build());
  }

  /**
   * Runs the scenarios through {@link DroolsPolicy#explain} and reports which of the policy's
   * {@linkplain DroolsPolicy#ruleNames() rules} they fired. Scenarios are not compared with their
   * expectations here.
   *
   * @throws InvalidRecordException if an argument is null
   */
  public static Coverage coverage(DroolsPolicy policy, List<Scenario> scenarios) {
    check(policy, scenarios);
    Set<String> fired = new TreeSet<>();
    ImmutableList.Builder<String> errors = ImmutableList.builder();
    for (Scenario scenario : scenarios) {
      try {
        ((DroolsPolicy) under(policy, scenario)).explain(scenario.record(), scenario.asOf())
            .firedRules().stream()
            .map(FiredRule::name).forEach(fired::add);
      } catch (RuntimeException e) {
        errors.add(scenario.name() + ": " + problem(e));
      }
    }
    return new Coverage(policy.ruleNames(), ImmutableSortedSet.copyOf(fired), errors.build());
  }

  private static void check(Policy policy, List<Scenario> scenarios) {
    if (policy == null) {
      throw new InvalidRecordException("policy", "policy must not be null");
    }
    if (scenarios == null || scenarios.contains(null)) {
      throw new InvalidRecordException("scenarios", "scenarios must not be null");
    }
  }

  private static Result run(Policy policy, Scenario scenario) {
    Assessment actual;
    try {
      actual = under(policy, scenario).assess(scenario.record(), scenario.asOf());
    } catch (RuntimeException e) {
      return new Result(scenario, ImmutableList.of("could not assess: " + problem(e)));
    }
    Scenario.Expectation expect = scenario.expect();
    List<String> differences = new ArrayList<>();
    expect.stage().filter(s -> s != actual.stage()).ifPresent(s -> differences.add(
        "stage: expected " + s + ", got " + actual.stage()));
    expect.employmentPathway().filter(p -> p != actual.employmentPathway())
        .ifPresent(p -> differences.add("employment pathway: expected " + p + ", got "
            + actual.employmentPathway()));
    for (Map.Entry<ProgrammeCode, EligibilityOutcome> entry : expect.eligibility().entrySet()) {
      Optional<EligibilityDecision> decision = decision(actual, entry.getKey());
      if (decision.isEmpty()) {
        differences.add(entry.getKey() + ": expected " + entry.getValue()
            + ", got no decision (not a programme of this policy)");
      } else if (decision.get().outcome() != entry.getValue()) {
        differences.add(entry.getKey() + ": expected " + entry.getValue() + ", got "
            + decision.get().outcome() + missingText(decision.get()));
      }
    }
    for (Map.Entry<ProgrammeCode, ImmutableSet<String>> entry : expect.missing().entrySet()) {
      Optional<EligibilityDecision> decision = decision(actual, entry.getKey());
      Set<String> got = decision.map(d -> d.missing().stream().map(MissingCondition::ruleId)
          .collect(Collectors.toCollection(TreeSet::new))).orElse(new TreeSet<>());
      if (!got.equals(new TreeSet<>(entry.getValue()))) {
        differences.add(entry.getKey() + " missing: expected " + list(entry.getValue())
            + ", got " + list(got) + decision.map(d -> " (" + d.outcome() + ")").orElse(""));
      }
    }
    for (Map.Entry<OutcomeId, Scenario.OutcomeExpectation> entry : expect.outcomes().entrySet()) {
      Optional<OutcomeClassification> got = actual.classification(entry.getKey());
      if (got.isEmpty()) {
        differences.add("outcome " + entry.getKey() + ": expected, but the record has no such"
            + " outcome");
        continue;
      }
      Scenario.OutcomeExpectation want = entry.getValue();
      OutcomeClassification c = got.get();
      String prefix = "outcome " + entry.getKey() + " ";
      compare(differences, prefix + "category", want.category().orElse(null), c.category());
      compare(differences, prefix + "ete", want.ete().orElse(null), c.ete());
      compare(differences, prefix + "hard", want.hard().orElse(null), c.hard());
      compare(differences, prefix + "sustained13Weeks", want.sustained13Weeks().orElse(null),
          c.sustained13Weeks());
      compare(differences, prefix + "sustained26Weeks", want.sustained26Weeks().orElse(null),
          c.sustained26Weeks());
    }
    return new Result(scenario, ImmutableList.copyOf(differences));
  }

  // A null want is not compared.
  private static <T> void compare(List<String> differences, String what, @Nullable T want,
      T got) {
    if (want != null && !want.equals(got)) {
      differences.add(what + ": expected " + want + ", got " + got);
    }
  }

  private static Optional<EligibilityDecision> decision(Assessment assessment,
      ProgrammeCode programme) {
    return assessment.eligibility().stream().filter(d -> d.programme().equals(programme))
        .findFirst();
  }

  private static String missingText(EligibilityDecision decision) {
    if (decision.missing().isEmpty()) {
      return "";
    }
    return " (missing: " + decision.missing().stream().map(MissingCondition::ruleId)
        .collect(Collectors.joining(", ")) + ")" + decision.missing().stream()
            .map(m -> "\n    " + m.ruleId() + ": " + m.text()).collect(Collectors.joining());
  }

  private static String list(Set<String> ids) {
    return ids.isEmpty() ? "none" : ids.stream().sorted(Comparator.naturalOrder())
        .collect(Collectors.joining(", "));
  }

  private static String problem(RuntimeException e) {
    return Optional.ofNullable(e.getMessage()).map(Function.<String>identity())
        .orElse(e.getClass().getSimpleName());
  }
}
