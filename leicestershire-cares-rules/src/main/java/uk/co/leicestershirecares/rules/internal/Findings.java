package uk.co.leicestershirecares.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Collects every fact inserted while rules fire, for one evaluation: works for stateful and
 * stateless sessions alike. Not thread-safe; one per evaluation.
 */
public final class Findings implements RuleRuntimeEventListener {
  private final List<Object> inserted = new ArrayList<>();

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    if (event.getRule() != null) {
      inserted.add(event.getObject());
    }
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {}

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {}

  /** Returns the facts of {@code type} the rules inserted, in insertion order. */
  public <T> List<T> of(Class<T> type) {
    List<T> found = new ArrayList<>();
    for (Object o : inserted) {
      if (type.isInstance(o)) {
        found.add(type.cast(o));
      }
    }
    return found;
  }
}
