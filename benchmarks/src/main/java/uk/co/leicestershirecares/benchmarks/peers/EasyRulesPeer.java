package uk.co.leicestershirecares.benchmarks.peers;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * The decisions as Easy Rules rules ({@link RuleBuilder} with lambdas over {@link Facts}), fired
 * by a {@link DefaultRulesEngine} once per record. Each rule notes one condition that fails, or
 * that cannot be decided (an unknown date of birth), for one programme; a programme none of whose
 * rules fired is eligible. WIRE's conviction route is checked only for someone who has not
 * completed UP: completing UP is WIRE's other route.
 */
public final class EasyRulesPeer implements DecisionPeer {
  private static final String INPUTS = "inputs";
  private static final String VERDICTS = "verdicts";

  /** What the rules found for one record: per programme, whether a condition failed or is unknown. */
  static final class Verdicts {
    private final boolean[] failed = new boolean[PROGRAMMES.size()];
    private final boolean[] unknown = new boolean[PROGRAMMES.size()];

    void fail(int programme) {
      failed[programme] = true;
    }

    void unknown(int programme) {
      unknown[programme] = true;
    }

    List<EligibilityOutcome> outcomes() {
      ImmutableList.Builder<EligibilityOutcome> outcomes =
          ImmutableList.builderWithExpectedSize(PROGRAMMES.size());
      for (int i = 0; i < failed.length; i++) {
        outcomes.add(failed[i] ? EligibilityOutcome.NOT_ELIGIBLE
            : unknown[i] ? EligibilityOutcome.NEEDS_INFORMATION : EligibilityOutcome.ELIGIBLE);
      }
      return outcomes.build();
    }
  }

  private final RulesEngine engine = new DefaultRulesEngine();
  private final Rules rules;
  private final RunningProgrammes running;

  private EasyRulesPeer(Rules rules, ProgrammeCatalogue catalogue) {
    this.rules = rules;
    this.running = new RunningProgrammes(catalogue);
  }

  /**
   * Builds the rules.
   *
   * @param catalogue the programmes, for which of them run on the date asked about
   * @return the peer
   */
  public static EasyRulesPeer create(ProgrammeCatalogue catalogue) {
    Rules rules = new Rules();
    for (ProgrammeCode programme : PROGRAMMES) {
      String code = programme.value();
      fails(rules, programme, "not running", in -> !in.runningProgrammes().contains(code));
    }
    ProgrammeCode up = ProgrammeCode.UP;
    fails(rules, up, "outside the area", in -> !in.livesInArea());
    fails(rules, up, "neither a conviction nor at risk of offending",
        in -> !in.conviction() && !in.atRiskOfOffending());
    unknownAge(rules, up, in -> true);
    fails(rules, up, "under 18 or over 25",
        in -> in.age().isPresent() && !in.agedBetween(18, 25));

    ProgrammeCode wire = ProgrammeCode.WIRE;
    fails(rules, wire, "outside the area", in -> !in.completedUp() && !in.livesInArea());
    fails(rules, wire, "no conviction", in -> !in.completedUp() && !in.conviction());
    unknownAge(rules, wire, in -> !in.completedUp());
    fails(rules, wire, "under 18",
        in -> !in.completedUp() && in.age().isPresent() && in.age().getAsInt() < 18);

    for (ProgrammeCode care : List.of(ProgrammeCode.LEAVING_CARE,
        ProgrammeCode.CARE_LEAVER_MENTORING, ProgrammeCode.MIND_MATTERS)) {
      fails(rules, care, "not care experienced", in -> !in.careExperienced());
      unknownAge(rules, care, in -> true);
      fails(rules, care, "under 16 or over 25",
          in -> in.age().isPresent() && !in.agedBetween(16, 25));
    }
    return new EasyRulesPeer(rules, catalogue);
  }

  private static void fails(Rules rules, ProgrammeCode programme, String condition,
      Predicate<PeerInputs> when) {
    int index = PROGRAMMES.indexOf(programme);
    rules.register(rule(programme.value() + ": " + condition, when,
        facts -> facts.<Verdicts>get(VERDICTS).fail(index)));
  }

  private static void unknownAge(Rules rules, ProgrammeCode programme,
      Predicate<PeerInputs> when) {
    int index = PROGRAMMES.indexOf(programme);
    rules.register(rule(programme.value() + ": date of birth unknown",
        in -> when.test(in) && in.age().isEmpty(),
        facts -> facts.<Verdicts>get(VERDICTS).unknown(index)));
  }

  private static Rule rule(String name, Predicate<PeerInputs> when,
      org.jeasy.rules.api.Action then) {
    return new RuleBuilder()
        .name(name)
        .when(facts -> when.test(facts.get(INPUTS)))
        .then(then)
        .build();
  }

  @Override
  public List<EligibilityOutcome> decide(ParticipantRecord record, LocalDate asOf) {
    return decide(PeerInputs.of(record, asOf, running.on(asOf)));
  }

  /**
   * Fires the rules for one record's inputs.
   *
   * @param inputs the record's inputs
   * @return one outcome per programme of {@link #PROGRAMMES}, in that order
   */
  public List<EligibilityOutcome> decide(PeerInputs inputs) {
    Facts facts = new Facts();
    Verdicts verdicts = new Verdicts();
    facts.put(INPUTS, inputs);
    facts.put(VERDICTS, verdicts);
    engine.fire(rules, facts);
    return verdicts.outcomes();
  }

  @Override
  public String name() {
    return "easyRules";
  }

  @Override
  public String toString() {
    return "EasyRulesPeer[" + rules.size() + " rules]";
  }
}
