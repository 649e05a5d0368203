package uk.co.leicestershirecares.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The one listener of a session reused for a batch of records: it passes the facts the rules
 * insert to the current record's {@link Findings} and remembers the handle of every fact inserted
 * (by the caller or by a rule), so the record's facts can be deleted afterwards without listing
 * the whole session. Registered once per batch rather than once per record. Not thread-safe.
 */
public final class BatchRelay implements RuleRuntimeEventListener {
  private final List<FactHandle> handles = new ArrayList<>(64);
  private Findings findings = new Findings();

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    handles.add(event.getFactHandle());
    if (event.getRule() != null) {
      findings.add(event.getObject());
    }
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {}

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {}

  /** Starts a record: returns the empty findings the rules' facts will go to. */
  public Findings startRecord() {
    findings = new Findings();
    return findings;
  }

  /**
   * Returns the handles of every fact inserted since the last call, and forgets them: the caller
   * deletes them so the next record starts from an empty session.
   */
  public List<FactHandle> takeHandles() {
    List<FactHandle> taken = new ArrayList<>(handles);
    handles.clear();
    return taken;
  }

  /** Forgets the handles remembered so far: those facts stay in the session. */
  void forgetHandles() {
    handles.clear();
  }

  /**
   * Deletes from {@code session} every fact inserted since the last call (deleting a fact a rule
   * already deleted is a no-op in Drools), and forgets them.
   */
  void deleteInserted(KieSession session) {
    // By index: the session's own listener calls do not add handles while deleting.
    for (int i = 0; i < handles.size(); i++) {
      session.delete(handles.get(i));
    }
    handles.clear();
  }
}
