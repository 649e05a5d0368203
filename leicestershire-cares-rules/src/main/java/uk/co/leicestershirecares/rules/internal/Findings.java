package uk.co.leicestershirecares.rules.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Collects every fact inserted while rules fire, for one evaluation: works for stateful and
 * stateless sessions alike. Not thread-safe; one per evaluation.
 *
 * <p>Facts are also kept by class as they arrive, because the {@link Assembler} asks for one class
 * at a time, once per programme and once per outcome: scanning every finding on every question
 * showed up in profiles of batch assessment.
 */
public final class Findings implements RuleRuntimeEventListener {
  private final List<Object> inserted = new ArrayList<>();
  private final Map<Class<?>, List<Object>> byClass = new IdentityHashMap<>();

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    if (event.getRule() != null) {
      add(event.getObject());
    }
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {}

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {}

  /** Records {@code fact} as inserted by a rule. */
  void add(Object fact) {
    inserted.add(fact);
    byClass.computeIfAbsent(fact.getClass(), c -> new ArrayList<>(4)).add(fact);
  }

  /** Returns every fact recorded, in insertion order (read-only). */
  List<Object> all() {
    return Collections.unmodifiableList(inserted);
  }

  /** Returns the facts of {@code type} the rules inserted, in insertion order. */
  @SuppressWarnings("unchecked")
  public <T> List<T> of(Class<T> type) {
    List<Object> exact = byClass.get(type);
    int matchingClasses = 0;
    for (Class<?> c : byClass.keySet()) {
      if (type.isAssignableFrom(c)) {
        matchingClasses++;
      }
    }
    if (matchingClasses == 0) {
      return Collections.emptyList();
    }
    if (matchingClasses == 1 && exact != null) {
      // Only facts of exactly this class: already in insertion order. Read-only, as a copy was.
      return (List<T>) Collections.unmodifiableList(exact);
    }
    // Subclasses as well (never for the shipped facts, which are final): keep insertion order.
    List<T> found = new ArrayList<>();
    for (Object o : inserted) {
      if (type.isInstance(o)) {
        found.add(type.cast(o));
      }
    }
    return found;
  }
}
