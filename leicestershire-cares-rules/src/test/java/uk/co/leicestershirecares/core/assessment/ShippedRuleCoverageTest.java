package uk.co.leicestershirecares.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static uk.co.leicestershirecares.testing.quicktheories.QuickTheoriesGenerators.cases;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.plan.AnnualPlan;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.programme.Programme;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.core.reason.Source;
import uk.co.leicestershirecares.core.reason.Sources;
import uk.co.leicestershirecares.core.table.AnnualPlanTable;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.DroolsPolicy;
import uk.co.leicestershirecares.rules.Explanation;
import uk.co.leicestershirecares.rules.FiredRule;

/**
 * Rule coverage: runs the seed-sentence examples (inherited) and the property inputs through the
 * shipped rules, records every fired rule, and fails after the class listing each shipped rule
 * that never fired. Also checks that every reason's rule id is the {@code @ruleId} of a fired rule
 * and that every fired rule carries {@code @ruleId} and {@code @source}.
 */
final class ShippedRuleCoverageTest extends PolicyContractTest {
  private static final Set<String> FIRED = ConcurrentHashMap.newKeySet();
  private static final Set<Source> AGE_BAND_DECISIONS = AnnualPlanTable.shipped()
      .plans(ProgrammeCode.TARGETED_YOUTH_WORK).plans().stream()
      .map(AnnualPlan::ageBandSource)
      .filter(source -> source.document().equals(Sources.POLICY_DECISIONS))
      .collect(Collectors.toSet());

  @TempDir
  Path folder;

  /** Assesses through {@link DroolsPolicy#explain} and records the rules fired. */
  private static final class Recording implements Policy {
    private final DroolsPolicy rules;

    Recording(DroolsPolicy rules) {
      this.rules = rules;
    }

    @Override
    public Assessment assess(ParticipantRecord record, LocalDate asOf) {
      Explanation explanation = rules.explain(record, asOf);
      Set<String> ids = new TreeSet<>();
      for (FiredRule rule : explanation.firedRules()) {
        FIRED.add(rule.name());
        ids.add(rule.ruleId());
        assertThat(rule.ruleId()).as("@ruleId of %s", rule.name()).isNotBlank()
            .doesNotContain("\"");
        assertThat(rule.source()).as("@source of %s", rule.name()).isNotBlank()
            .doesNotContain("\"");
      }
      Assessment assessment = explanation.assessment();
      Set<String> planDocuments = new TreeSet<>();
      for (FiredRule rule : explanation.firedRules()) {
        if (rule.row().map(r -> r.startsWith("annual-plans.drl.csv:")).orElse(false)) {
          planDocuments.add(rule.source());
        }
      }
      for (Reason reason : reasons(assessment)) {
        // Provenance said once: a reason cites the document its rule or row cites (a row that
        // takes the annual plan's data cites the plan table, and its reason a fired plan's).
        for (FiredRule rule : explanation.firedRules()) {
          if (rule.ruleId().equals(reason.ruleId())) {
            if (rule.source().equals("annual-plans.drl.csv")) {
              // A plan's age band may rest on a written decision: its reason cites that.
              if (!AGE_BAND_DECISIONS.contains(reason.source())) {
                assertThat(planDocuments).as("source of %s", reason.ruleId())
                    .contains(reason.source().document());
              }
            } else {
              assertThat(reason.source().document()).as("source of %s", reason.ruleId())
                  .isEqualTo(rule.source());
            }
          }
        }
        // A condition's reason carries its table row's id (the row's rule fired); the "no rules",
        // "plan in force" and "runs" rules name the programme.
        String id = reason.ruleId();
        assertThat(ids.contains(id)
            || id.endsWith(".no-rules") && ids.contains("PROGRAMME.no-rules")
            || id.endsWith(".plan-in-force") && ids.contains("PLAN.in-force")
            || id.endsWith(".runs") && ids.contains("PROGRAMME.runs"))
            .as("reason %s comes from a fired rule", id).isTrue();
      }
      return assessment;
    }

    @Override
    public OutcomeClassification classify(OutcomeEvent event, LocalDate asOf) {
      return rules.classify(event, asOf);
    }

    @Override
    public PolicyParameters parameters() {
      return rules.parameters();
    }

    @Override
    public ProgrammeCatalogue catalogue() {
      return rules.catalogue();
    }
  }

  private static Iterable<Reason> reasons(Assessment a) {
    java.util.List<Reason> all = new java.util.ArrayList<>(a.stageReasons());
    all.addAll(a.employmentPathwayReasons());
    a.eligibility().forEach(d -> all.addAll(d.reasons()));
    a.outcomes().forEach(c -> all.addAll(c.reasons()));
    return all;
  }

  @Override
  protected Policy policy() {
    return new Recording(CaresRules.newBuilder().build());
  }

  @Override
  protected Policy policy(PolicyParameters parameters, ProgrammeCatalogue catalogue) {
    return new Recording(
        CaresRules.newBuilder().parameters(parameters).catalogue(catalogue).build());
  }

  /**
   * An edited crises table, not recorded: its rules share the shipped rules' names, and firing
   * them must not count as covering the shipped ones.
   */
  @Override
  protected Policy policyWithCrises(String crisesTable) {
    return EditedRuleFolders.withCrises(folder, crisesTable);
  }

  @Test
  void propertyInputsUnderEveryParameterSettingFireTheRules() {
    Policy standard = policy();
    Policy strict = policy(PolicyParameters.builder().upCompletersNeedConviction(true).build(),
        ProgrammeCatalogue.standard().with(Programme.builder()
            .code(ProgrammeCode.of("FOOTBALL_PROJECT"))
            .name("Football project")
            .description("Football with a local club.")
            .build()));
    qt().withExamples(600).forAll(cases()).checkAssert(c -> {
      standard.assess(c.record(), c.asOf());
      strict.assess(c.record(), c.asOf());
    });
  }

  @AfterAll
  static void everyShippedRuleFired() {
    assertThat(CaresRules.newBuilder().build().ruleNames()).hasSizeGreaterThan(50);
    Set<String> never = new TreeSet<>(CaresRules.newBuilder().build().ruleNames());
    never.removeAll(FIRED);
    assertThat(never).as("shipped rules that never fired on the examples and property inputs")
        .isEmpty();
  }
}
