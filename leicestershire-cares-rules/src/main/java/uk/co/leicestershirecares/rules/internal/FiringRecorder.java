package uk.co.leicestershirecares.rules.internal;

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
    fired.add(FiredRule.of(rule.getName(), RuleMetadata.ruleId(rule), RuleMetadata.source(rule)));
  }

  /** Returns the rules fired so far. */
  public ImmutableList<FiredRule> fired() {
    return fired.build();
  }
}
