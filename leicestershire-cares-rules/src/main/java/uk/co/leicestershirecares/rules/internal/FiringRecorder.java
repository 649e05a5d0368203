package uk.co.leicestershirecares.rules.internal;

import java.util.List;
import uk.co.leicestershirecares.core.eligibility.Requirement;
import uk.co.leicestershirecares.core.programme.Programme;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.rules.facts.AgeCheck;
import uk.co.leicestershirecares.rules.facts.UpCompletion;

import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import uk.co.leicestershirecares.rules.FiredRule;

/** Records each fired rule's name and metadata, in firing order. One per evaluation. */
public final class FiringRecorder extends DefaultAgendaEventListener {
  private final ImmutableList.Builder<FiredRule> fired = ImmutableList.builder();

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    Rule rule = event.getMatch().getRule();
    String ruleId = RuleMetadata.ruleId(rule);
    String source = RuleMetadata.source(rule);
    ProgrammeCode concerned = programme(event.getMatch().getObjects());
    fired.add(concerned == null ? FiredRule.of(rule.getName(), ruleId, source)
        : FiredRule.of(rule.getName(), ruleId, source, concerned));
  }

  // The programme a match concerns: a table row's, the row an age check is for, or the
  // programme matched itself. Only the first is taken: a rule joins at most one of them.
  private static @Nullable ProgrammeCode programme(List<Object> objects) {
    for (Object o : objects) {
      if (o instanceof Requirement requirement) {
        return requirement.programme();
      }
      if (o instanceof AgeCheck ageCheck) {
        return ageCheck.requirement().programme();
      }
      if (o instanceof Programme programme) {
        return programme.code();
      }
      if (o instanceof UpCompletion) {
        return ProgrammeCode.WIRE;
      }
    }
    return null;
  }

  /** Returns the rules fired so far. */
  public ImmutableList<FiredRule> fired() {
    return fired.build();
  }
}
