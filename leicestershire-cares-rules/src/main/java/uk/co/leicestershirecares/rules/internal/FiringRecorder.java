package uk.co.leicestershirecares.rules.internal;

import java.util.List;
import java.util.Optional;
import uk.co.leicestershirecares.core.eligibility.Requirement;
import uk.co.leicestershirecares.core.programme.Programme;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.rules.facts.AgeCheck;
import uk.co.leicestershirecares.rules.facts.UpCompletion;

import com.google.common.collect.ImmutableList;
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
    fired.add(FiredRule.of(rule.getName(), RuleMetadata.ruleId(rule), RuleMetadata.source(rule),
        programme(event.getMatch().getObjects())));
  }

  // The programme a match concerns: a table row's, the row an age check is for, or the
  // programme matched itself. Only the first is taken: a rule joins at most one of them.
  private static Optional<ProgrammeCode> programme(List<Object> objects) {
    for (Object o : objects) {
      if (o instanceof Requirement requirement) {
        return Optional.of(requirement.programme());
      }
      if (o instanceof AgeCheck ageCheck) {
        return Optional.of(ageCheck.requirement().programme());
      }
      if (o instanceof Programme programme) {
        return Optional.of(programme.code());
      }
      if (o instanceof UpCompletion) {
        return Optional.of(ProgrammeCode.WIRE);
      }
    }
    return Optional.empty();
  }

  /** Returns the rules fired so far. */
  public ImmutableList<FiredRule> fired() {
    return fired.build();
  }
}
