package uk.co.leicestershirecares.rules.internal;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.KeepReferenceOption;

/**
 * Stateful sessions of one rule base that already hold a policy's own facts (its parameters and
 * programmes) and what the rules derive from those alone (the eligibility and annual-plan tables'
 * rows), reused evaluation after evaluation: each record then brings only its own facts (the date
 * asked about, the record, its participant, circumstances and outcomes), and exactly those and
 * what the rules derived from them are deleted afterwards.
 *
 * <p>This is only sound for rules that never delete or modify a fact and where every rule that
 * concludes something about a record matches a fact of the record or the date asked about (the
 * shipped rules; a folder's rules are evaluated in sessions of their own). A rule matching the
 * policy's facts alone fires once per session, and its conclusions are handed to every record's
 * {@link Findings}, as if it had fired for the record. Measured with {@code AssessmentBenchmark}
 * ({@code droolsSingle}, {@code droolsBatch}): a fresh session per record spent much of its time
 * creating the session's node memories and re-reading the table rows.
 *
 * <p>Sessions are created without a reference from the rule base ({@link KeepReferenceOption#NO}),
 * so an idle session of a policy no longer used is simply collected. Thread-safe: a lease is used
 * by one thread at a time.
 */
public final class PrimedSessions {
  // Enough for every core to evaluate at once; past it a returned session is disposed.
  private static final int MAX_IDLE = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

  private final KieBase kieBase;
  private final List<Object> policyFacts;
  private final ConcurrentLinkedQueue<Lease> idle = new ConcurrentLinkedQueue<>();
  private final AtomicInteger idleCount = new AtomicInteger();

  /** Sessions of {@code kieBase} holding {@code policyFacts}, inserted in that order. */
  public PrimedSessions(KieBase kieBase, List<Object> policyFacts) {
    this.kieBase = kieBase;
    this.policyFacts = List.copyOf(policyFacts);
  }

  /**
   * Returns an idle primed session, or primes a new one: inserts the policy's facts and lets
   * {@code fire} fire the rules (it throws past the evaluation's limits, and the new session is
   * then disposed).
   */
  public Lease take(Consumer<KieSession> fire) {
    Lease lease = idle.poll();
    if (lease != null) {
      idleCount.decrementAndGet();
      return lease;
    }
    KieSession session = kieBase.newKieSession(Unreferenced.CONFIGURATION, null);
    try {
      BatchRelay relay = new BatchRelay();
      session.addEventListener(relay);
      Findings derived = relay.startRecord();
      for (Object fact : policyFacts) {
        session.insert(fact);
      }
      fire.accept(session);
      // The policy's facts and what the rules derived from them stay for every record.
      relay.forgetHandles();
      return new Lease(session, relay, derived.all());
    } catch (RuntimeException | Error e) {
      session.dispose();
      throw e;
    }
  }

  /**
   * Takes back {@code lease}, whose last record has ended ({@link Lease#endRecord()}): kept for
   * the next evaluation, or disposed when enough sessions are idle already.
   */
  public void give(Lease lease) {
    if (idleCount.incrementAndGet() <= MAX_IDLE) {
      idle.offer(lease);
    } else {
      idleCount.decrementAndGet();
      lease.dispose();
    }
  }

  /**
   * A session configuration the rule base keeps no reference to, made on first use. Sessions
   * stay thread-safe ({@code ThreadSafeOption.NO} allocated less, but the executable model's
   * consequences then share state between sessions of one rule base, and two threads each with
   * its own session failed: {@code PrimedSessionReuseTest}).
   */
  private static final class Unreferenced {
    static final KieSessionConfiguration CONFIGURATION = configuration();

    private static KieSessionConfiguration configuration() {
      KieSessionConfiguration configuration = KieServices.get().newKieSessionConfiguration();
      configuration.setOption(KeepReferenceOption.NO);
      return configuration;
    }
  }

  /**
   * One primed session, used by one thread at a time: {@link #startRecord()}, insert the record's
   * facts, fire, {@link #endRecord()}; then the next record or {@link PrimedSessions#give}. After
   * a failure it is {@linkplain #dispose() disposed} instead, since its working memory is then
   * unknown.
   */
  public static final class Lease {
    private final KieSession session;
    private final BatchRelay relay;
    private final List<Object> derived;

    private Lease(KieSession session, BatchRelay relay, List<Object> derived) {
      this.session = session;
      this.relay = relay;
      this.derived = List.copyOf(derived);
    }

    /** The session. */
    public KieSession session() {
      return session;
    }

    /**
     * Starts a record: returns its findings, which already hold what the rules derived from the
     * policy's facts alone.
     */
    public Findings startRecord() {
      Findings findings = relay.startRecord();
      for (Object fact : derived) {
        findings.add(fact);
      }
      return findings;
    }

    /** Deletes every fact inserted since {@link #startRecord()}, by the caller or by a rule. */
    public void endRecord() {
      relay.deleteInserted(session);
    }

    /** Disposes the session. */
    public void dispose() {
      session.dispose();
    }
  }
}
