package uk.co.leicestershirecares.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.rules.RuleLimitExceededException.Limit;

/**
 * Issue 21, item 5: every evaluation runs under a firing cap and a time budget; each runaway
 * family fails with a {@link RuleLimitExceededException} naming its rule, within the budget, and
 * the policy keeps answering every other record.
 */
final class RuleLimitsTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
  private static final Duration BUDGET = Duration.ofSeconds(2);
  // A loaded two-core machine may start the worker or notice the deadline late.
  private static final Duration SLACK = Duration.ofMillis(1500);
  private static final ParticipantRecord ORDINARY = TestRecords.bornIn2000("P-ORDINARY");

  @TempDir
  static Path folder;

  static DroolsPolicy runaways;

  @BeforeAll
  static void load() {
    // Every family in one folder, each started only by its own record: one compilation.
    Path rules = Runaways.folder(folder.resolve("rules"), false, Runaways.Family.values());
    RuleFolder.Result loaded = CaresRules.newBuilder()
        .limits(EvaluationLimits.of(1_000, BUDGET)).allowRuleCode().load(rules);
    assertThat(loaded.diagnostics()).isEmpty();
    runaways = loaded.policy().orElseThrow();
  }

  @ParameterizedTest
  @EnumSource(Runaways.Family.class)
  void eachRunawayFamilyFailsWithTheTypedExceptionWithinTheBudget(Runaways.Family family) {
    long start = System.nanoTime();
    assertThatThrownBy(() -> runaways.assess(family.record(), AS_OF))
        .isInstanceOfSatisfying(RuleLimitExceededException.class, e -> {
          assertThat(e.limit()).isEqualTo(family.limit());
          assertThat(e.rule()).contains(family.rule());
          assertThat(e.getMessage()).contains("\"" + family.rule() + "\"")
              .doesNotContain("RUNAWAY-").doesNotContain("2000-01-01");
        });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BUDGET.plus(SLACK));
    // The policy keeps answering.
    assertThat(runaways.assess(ORDINARY, AS_OF).decision(ProgrammeCode.UP)).isNotNull();
  }

  @Test
  void explainAndBatchesAreLimitedToo() {
    assertThatThrownBy(() -> runaways.explain(Runaways.Family.INSERT_FOREVER.record(), AS_OF))
        .isInstanceOfSatisfying(RuleLimitExceededException.class,
            e -> assertThat(e.limit()).isEqualTo(Limit.FIRINGS));
    assertThatThrownBy(() -> runaways.assessAll(
        List.of(ORDINARY, Runaways.Family.MODIFY_OWN_FACT.record(), ORDINARY), AS_OF))
        .isInstanceOfSatisfying(RuleLimitExceededException.class,
            e -> assertThat(e.rule()).contains("Runaway.modify"));
    long start = System.nanoTime();
    assertThatThrownBy(() -> runaways.assessAll(
        List.of(ORDINARY, Runaways.Family.WHILE_TRUE_IN_FUNCTION.record()), AS_OF))
        .isInstanceOfSatisfying(RuleLimitExceededException.class,
            e -> assertThat(e.limit()).isEqualTo(Limit.TIME));
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isLessThan(BUDGET.multipliedBy(2).plus(SLACK));
    assertThat(runaways.assessAll(List.of(ORDINARY, ORDINARY), AS_OF)).hasSize(2);
  }

  @Test
  void theFolderPolicyKeepsItsLimitsWhenItsSettingsChange() {
    DroolsPolicy other = runaways.with(PolicyParameters.defaults(), ProgrammeCatalogue.standard());
    assertThat(other.limits()).isEqualTo(EvaluationLimits.of(1_000, BUDGET));
    assertThatThrownBy(() -> other.assess(Runaways.Family.DEEP_RECURSION.record(), AS_OF))
        .isInstanceOf(RuleLimitExceededException.class);
  }

  @Test
  void theShippedRulesStopAtTheirFiringCapOnTheCallersThread() {
    DroolsPolicy capped = CaresRules.newBuilder().limits(EvaluationLimits.of(5, BUDGET)).build();
    assertThatThrownBy(() -> capped.assess(ORDINARY, AS_OF))
        .isInstanceOfSatisfying(RuleLimitExceededException.class, e -> {
          assertThat(e.limit()).isEqualTo(Limit.FIRINGS);
          assertThat(e.rule()).isPresent();
          assertThat(CaresRules.newBuilder().build().ruleNames()).contains(e.rule().get());
          assertThat(e.getMessage()).startsWith("the rules fired more than 5 times");
        });
    assertThatThrownBy(() -> capped.assessAll(List.of(ORDINARY), AS_OF))
        .isInstanceOf(RuleLimitExceededException.class);
    assertThat(CaresRules.newBuilder().build().limits()).isEqualTo(EvaluationLimits.defaults());
    assertThat(CaresRules.newBuilder().build().assess(ORDINARY, AS_OF).decision(ProgrammeCode.UP))
        .isNotNull();
  }

  @Test
  void limitsAreAValue() {
    assertThat(EvaluationLimits.of(10, BUDGET)).isEqualTo(EvaluationLimits.of(10, BUDGET))
        .hasSameHashCodeAs(EvaluationLimits.of(10, BUDGET))
        .isNotEqualTo(EvaluationLimits.of(11, BUDGET))
        .hasToString("EvaluationLimits[maxFirings=10, timeBudget=PT2S]");
    assertThat(EvaluationLimits.defaults().maxFirings())
        .isEqualTo(EvaluationLimits.DEFAULT_MAX_FIRINGS);
    assertThatThrownBy(() -> EvaluationLimits.of(0, BUDGET))
        .isInstanceOf(InvalidRecordException.class);
    assertThatThrownBy(() -> EvaluationLimits.of(1, Duration.ZERO))
        .isInstanceOf(InvalidRecordException.class);
    assertThatThrownBy(() -> EvaluationLimits.of(1, null))
        .isInstanceOf(InvalidRecordException.class);
    assertThatThrownBy(() -> CaresRules.newBuilder().build().withLimits(null))
        .isInstanceOf(InvalidRecordException.class);
  }
}
