package uk.co.leicestershirecares.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.FactHandle;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.programme.Programme;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.table.RecentActivityTable;
import uk.co.leicestershirecares.rules.facts.AsOf;
import uk.co.leicestershirecares.rules.internal.Assembler;
import uk.co.leicestershirecares.rules.internal.BatchRelay;
import uk.co.leicestershirecares.rules.internal.Findings;
import uk.co.leicestershirecares.rules.internal.FiringRecorder;
import uk.co.leicestershirecares.rules.internal.LimitGuard;
import uk.co.leicestershirecares.rules.internal.PrimedSessions;
import uk.co.leicestershirecares.rules.internal.RuleWorkers;

/**
 * The charity's policy as Drools rules: the same answers, reasons and missing conditions as the
 * plain-Java {@code ReferencePolicy}, from the DRL files under {@code
 * uk/co/leicestershirecares/rules/} (stage, UP, WIRE, care experienced programmes, targeted youth
 * work, outcomes). The shipped rules are compiled into Drools' executable model when this jar is
 * built and loaded from the class path: no DRL is parsed at start-up.
 *
 * <pre>{@code
 * DroolsPolicy policy = CaresRules.newBuilder().build();
 * Assessment assessment = policy.assess(record, LocalDate.of(2026, 11, 25));
 * Explanation why = policy.explain(record, LocalDate.of(2026, 11, 25));
 * why.firedRules();   // [STAGE.crisis] A crisis circumstance active on ..., ...
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: they share a thread-safe {@code KieBase}, and no two
 * calls use a session at the same time.
 *
 * <p><b>Sessions.</b> The shipped rules are evaluated in stateful sessions kept by the policy and
 * reused call after call: a session already holds the policy's parameters and programmes and the
 * eligibility and annual-plan tables' rows the rules read from them, so each record brings only
 * the date asked about and its own facts. One listener per session remembers every fact inserted
 * for the record (by this class or by a rule) and exactly those are deleted after it, so every
 * record starts from the same working memory; a session whose evaluation failed is disposed. A
 * batch ({@link #assessAll}) runs in one such session, one record at a time. {@link #explain},
 * {@link #classify} and a folder's rules ({@link RuleFolder}) use a new session per call, always
 * disposed. A new stateful or stateless session per record gives the same answers ({@code
 * BatchSessionEquivalenceTest}) and is slower.
 *
 * <p><b>Throughput.</b> Measured with JMH on JDK 17, 2 shared cores, one thread, over a mixed
 * population of 1,000 records ({@code AssessmentBenchmark} in the benchmarks module; {@code
 * benchmarks/README.md} has every run). The rules reason about one participant per session, so
 * inserting the whole batch into one session at once would need every rule joined on the
 * participant; it was not pursued.
 *
 * <p>The shipped rules are built straight from the generated model classes, without a {@code
 * KieContainer}: they need {@code drools-engine} at run time, and neither the DRL parser, ANTLR,
 * JavaParser, the MVEL-dialect compiler nor the Eclipse compiler; {@link RuleFolder} (analysts'
 * folders, compiled at run time) also needs {@code drools-model-codegen} and what it brings.
 * Drools logs through SLF4J; this library ships no SLF4J provider.
 *
 * <p><b>Limits.</b> Every evaluation (an assessment, classification or explanation; each record
 * of a batch) runs under {@link EvaluationLimits}: {@linkplain EvaluationLimits#defaults() by
 * default} at most {@value EvaluationLimits#DEFAULT_MAX_FIRINGS} rule firings and {@value
 * EvaluationLimits#DEFAULT_TIME_BUDGET_SECONDS} seconds, set with {@link
 * #withLimits(EvaluationLimits)}. Past either, or on a {@code StackOverflowError} or {@code
 * OutOfMemoryError} in rule code, the evaluation fails with a {@link RuleLimitExceededException}
 * naming the rule that was firing. The shipped rules are evaluated on the caller's thread, capped
 * by Drools itself ({@code fireAllRules(max)}, no listener, so their throughput is unchanged; they
 * need at most about 60 firings and are not timed); the rules of a folder ({@link RuleFolder}) on
 * a worker thread, with a listener counting firings and the time budget, so that the caller gets
 * its answer or its exception within the budget even when rule code never returns (see {@link
 * EvaluationLimits} for why such a thread can only be abandoned).
 */
public final class DroolsPolicy implements Policy {
  /** The name of the kbase in {@code META-INF/kmodule.xml}. */
  static final String KBASE = "leicestershire-cares-policy";

  private final KieBase kieBase;
  private final PolicyParameters parameters;
  private final ProgrammeCatalogue catalogue;
  private final RecentActivityTable recentActivity;
  private final EvaluationLimits limits;
  // Rules compiled from a folder run on a worker thread the caller can abandon (EvaluationLimits).
  private final boolean isolated;
  // The shipped rules only (null for a folder's): sessions holding this policy's own facts,
  // reused by assess and assessAll (AssessmentBenchmark droolsSingle and droolsBatch).
  private final @Nullable PrimedSessions sessions;

  private DroolsPolicy(KieBase kieBase, PolicyParameters parameters, ProgrammeCatalogue catalogue,
      RecentActivityTable recentActivity, EvaluationLimits limits, boolean isolated) {
    this.kieBase = kieBase;
    this.parameters = parameters;
    this.catalogue = catalogue;
    this.recentActivity = recentActivity;
    this.limits = limits;
    this.isolated = isolated;
    this.sessions =
        isolated ? null : new PrimedSessions(kieBase, policyFacts(parameters, catalogue));
  }

  /** The facts every evaluation shares: the parameters, then each programme of the catalogue. */
  private static List<Object> policyFacts(PolicyParameters parameters,
      ProgrammeCatalogue catalogue) {
    List<Object> facts = new ArrayList<>();
    facts.add(parameters);
    facts.addAll(catalogue.programmes());
    return facts;
  }

  /**
   * The shipped rule base, loaded once, on first use: built directly from the precompiled
   * executable model (see {@link ExecutableModel} for why not through a class-path container).
   */
  private static final class Shipped {
    static final KieBase KIE_BASE = ExecutableModel.load(DroolsPolicy.class.getClassLoader());
  }

  /**
   * The shipped rules with {@code parameters}, {@code catalogue} and {@code limits}, which {@link
   * CaresRules#build()} has checked. A programme no rule decides is answered {@code
   * NEEDS_INFORMATION}.
   */
  static DroolsPolicy shipped(PolicyParameters parameters, ProgrammeCatalogue catalogue,
      EvaluationLimits limits) {
    return new DroolsPolicy(Shipped.KIE_BASE, parameters, catalogue,
        RecentActivityTable.shipped(), limits, false);
  }

  /**
   * Returns the same rules with {@code parameters} and {@code catalogue}: the rule base is
   * shared, nothing is compiled again.
   *
   * @throws InvalidRecordException if an argument is null
   */
  public DroolsPolicy with(PolicyParameters parameters, ProgrammeCatalogue catalogue) {
    checkNotNull(parameters, catalogue);
    return new DroolsPolicy(kieBase, parameters, catalogue, recentActivity, limits, isolated);
  }

  /**
   * Returns the same rules, evaluated under {@code limits}: the rule base is shared, nothing is
   * compiled again.
   *
   * @throws InvalidRecordException if {@code limits} is null
   */
  public DroolsPolicy withLimits(EvaluationLimits limits) {
    if (limits == null) {
      throw new InvalidRecordException("limits", "limits must not be null");
    }
    return new DroolsPolicy(kieBase, parameters, catalogue, recentActivity, limits, isolated);
  }

  /** Returns the limits every evaluation of this policy runs under. */
  public EvaluationLimits limits() {
    return limits;
  }

  /**
   * The rules in {@code kieBase} with the shipped recent-activity table and default limits, on the
   * caller's thread like the shipped rules ({@code ContainerProbe} in the benchmarks module builds
   * the shipped rules through a container this way).
   */
  static DroolsPolicy of(KieBase kieBase, PolicyParameters parameters,
      ProgrammeCatalogue catalogue) {
    checkNotNull(parameters, catalogue);
    return new DroolsPolicy(kieBase, parameters, catalogue, RecentActivityTable.shipped(),
        EvaluationLimits.defaults(), false);
  }

  /**
   * The rules of a folder in {@code kieBase}, whose recent-activity table is {@code
   * recentActivity}: evaluated on a worker thread under {@code limits}.
   */
  static DroolsPolicy ofFolder(KieBase kieBase, PolicyParameters parameters,
      ProgrammeCatalogue catalogue, RecentActivityTable recentActivity, EvaluationLimits limits) {
    checkNotNull(parameters, catalogue);
    return new DroolsPolicy(kieBase, parameters, catalogue, recentActivity, limits, true);
  }

  private static void checkNotNull(PolicyParameters parameters, ProgrammeCatalogue catalogue) {
    if (parameters == null) {
      throw new InvalidRecordException("parameters", "parameters must not be null");
    }
    if (catalogue == null) {
      throw new InvalidRecordException("catalogue", "catalogue must not be null");
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws RuleLimitExceededException if the evaluation passed its {@linkplain #limits()
   *     limits}
   */
  @Override
  public Assessment assess(ParticipantRecord record, LocalDate asOf) {
    // Like explain, without recording the fired rules: the caller does not see them.
    checkArguments(record, asOf);
    PrimedSessions primed = sessions;
    if (primed != null) {
      return limited(guard -> assessPrimed(primed, List.of(record), asOf, guard)).get(0);
    }
    return limited(guard -> Assembler.assessment(record, asOf, catalogue,
        fireAlone(guard, null, session -> insertFacts(session, record, asOf))));
  }

  /**
   * Assesses each record in a primed session of the shipped rules ({@link PrimedSessions}): the
   * session holds the parameters, the programmes and the tables' rows already; each record
   * inserts the date asked about and its own facts, which are deleted after it. The session goes
   * back to the pool after the last record, or is disposed if anything failed.
   */
  private ImmutableList<Assessment> assessPrimed(PrimedSessions sessions,
      Iterable<ParticipantRecord> records, LocalDate asOf, LimitGuard guard) {
    PrimedSessions.Lease lease = sessions.take(primed -> {
      guard.start(primed);
      fire(primed, guard);
    });
    boolean reusable = false;
    try {
      KieSession session = lease.session();
      ImmutableList.Builder<Assessment> assessments = ImmutableList.builder();
      for (ParticipantRecord record : records) {
        checkArguments(record, asOf);
        Findings findings = lease.startRecord();
        guard.start(session);
        forEachRecordFact(record, asOf, session::insert);
        fire(session, guard);
        lease.endRecord();
        assessments.add(Assembler.assessment(record, asOf, catalogue, findings));
      }
      reusable = true;
      return assessments.build();
    } finally {
      if (reusable) {
        sessions.give(lease);
      } else {
        lease.dispose();
      }
    }
  }

  /**
   * Assesses {@code record} as of {@code asOf} and returns the assessment with the rules fired.
   *
   * @throws InvalidRecordException if an argument is null
   * @throws RulesIncompleteException if the rules left the stage, a programme or an outcome
   *     undecided (never for the shipped rules)
   * @throws RuleLimitExceededException if the evaluation passed its {@linkplain #limits()
   *     limits}
   */
  public Explanation explain(ParticipantRecord record, LocalDate asOf) {
    checkArguments(record, asOf);
    return limited(guard -> {
      FiringRecorder recorder = new FiringRecorder();
      Findings findings = fireAlone(guard, recorder, session -> insertFacts(session, record, asOf));
      return new Explanation(Assembler.assessment(record, asOf, catalogue, findings),
          recorder.fired());
    });
  }

  @Override
  public ImmutableList<Assessment> assessAll(Iterable<ParticipantRecord> records, LocalDate asOf) {
    return assessAll(records, asOf, SessionStyle.ONE_SESSION_PER_BATCH);
  }

  /** How {@link #assessAll(Iterable, LocalDate, SessionStyle)} uses sessions (for measuring). */
  enum SessionStyle {
    /** {@link #assess} per record: for the shipped rules, a primed session per call. */
    STATEFUL_PER_RECORD,
    /** A new stateless session per record, with every fact. */
    STATELESS_PER_RECORD,
    /** One session for the batch: for the shipped rules, one primed session. */
    ONE_SESSION_PER_BATCH
  }

  ImmutableList<Assessment> assessAll(
      Iterable<ParticipantRecord> records, LocalDate asOf, SessionStyle style) {
    if (records == null) {
      throw new InvalidRecordException("records", "records must not be null");
    }
    if (style == SessionStyle.STATEFUL_PER_RECORD) {
      ImmutableList.Builder<Assessment> assessments = ImmutableList.builder();
      for (ParticipantRecord record : records) {
        assessments.add(assess(record, asOf));
      }
      return assessments.build();
    }
    // One guard for the batch: each record starts a fresh count and deadline.
    return limited(guard -> assessAll(records, asOf, style, guard));
  }

  private ImmutableList<Assessment> assessAll(Iterable<ParticipantRecord> records, LocalDate asOf,
      SessionStyle style, LimitGuard guard) {
    ImmutableList.Builder<Assessment> assessments = ImmutableList.builder();
    switch (style) {
      case STATELESS_PER_RECORD -> {
        for (ParticipantRecord record : records) {
          checkArguments(record, asOf);
          Findings findings = new Findings();
          StatelessKieSession session = kieBase.newStatelessKieSession();
          session.addEventListener(findings);
          // A stateless session fires everything in execute: the guard counts for both kinds of
          // rules here (this style is only measured, never the default).
          session.addEventListener(guard);
          guard.start(null);
          session.execute(facts(record, asOf));
          throwIfStopped(guard);
          assessments.add(Assembler.assessment(record, asOf, catalogue, findings));
        }
      }
      case ONE_SESSION_PER_BATCH -> {
        if (sessions != null) {
          return assessPrimed(sessions, records, asOf, guard);
        }
        KieSession session = kieBase.newKieSession();
        try {
          if (isolated) {
            session.addEventListener(guard);
          }
          if (session.getEntryPoints().size() == 1) {
            assessInOneSession(session, records, asOf, assessments, guard);
          } else {
            // Rules that insert into other entry points: list and delete the default entry
            // point's facts, as before (the relay's handles could belong to another one).
            for (ParticipantRecord record : records) {
              checkArguments(record, asOf);
              Findings findings = new Findings();
              session.addEventListener(findings);
              guard.start(session);
              insertFacts(session, record, asOf);
              fire(session, guard);
              session.removeEventListener(findings);
              for (FactHandle handle : new ArrayList<FactHandle>(session.getFactHandles())) {
                session.delete(handle);
              }
              assessments.add(Assembler.assessment(record, asOf, catalogue, findings));
            }
          }
        } finally {
          session.dispose();
        }
      }
      default -> throw new AssertionError(style);
    }
    return assessments.build();
  }

  /**
   * Assesses each record in {@code session} (one entry point), one at a time: one listener for
   * the whole batch remembers every fact inserted, by this method or by a rule, and exactly those
   * are deleted after the record, so each record starts from an empty working memory (deleting a
   * fact a rule already deleted is a no-op in Drools).
   */
  private void assessInOneSession(KieSession session, Iterable<ParticipantRecord> records,
      LocalDate asOf, ImmutableList.Builder<Assessment> assessments, LimitGuard guard) {
    BatchRelay relay = new BatchRelay();
    session.addEventListener(relay);
    for (ParticipantRecord record : records) {
      checkArguments(record, asOf);
      Findings findings = relay.startRecord();
      guard.start(session);
      insertFacts(session, record, asOf);
      fire(session, guard);
      for (FactHandle handle : relay.takeHandles()) {
        session.delete(handle);
      }
      assessments.add(Assembler.assessment(record, asOf, catalogue, findings));
    }
    session.removeEventListener(relay);
  }

  @Override
  public OutcomeClassification classify(OutcomeEvent event, LocalDate asOf) {
    if (event == null) {
      throw new InvalidRecordException("event", "event must not be null");
    }
    if (asOf == null) {
      throw new InvalidRecordException("asOf", "asOf must not be null");
    }
    return limited(guard -> Assembler.classification(event, fireAlone(guard, null, session -> {
      session.insert(new AsOf(asOf));
      session.insert(parameters);
      session.insert(event);
    })));
  }

  /**
   * Fires the rules once in a session of their own, disposed after, holding the facts {@code
   * insert} puts in, and returns what they found; {@code recorder}, if any, records the firings.
   */
  private Findings fireAlone(LimitGuard guard, @Nullable FiringRecorder recorder,
      Consumer<KieSession> insert) {
    Findings findings = new Findings();
    KieSession session = kieBase.newKieSession();
    try {
      session.addEventListener(findings);
      if (recorder != null) {
        session.addEventListener(recorder);
      }
      watch(session, guard);
      insert.accept(session);
      fire(session, guard);
    } finally {
      session.dispose();
    }
    return findings;
  }

  /**
   * Runs {@code evaluation} under this policy's limits: on the caller's thread for the shipped
   * rules; on a worker thread for a folder's, waiting at most until the guard's deadline (which
   * moves on with each record of a batch) and then halting and abandoning it.
   */
  private <T> T limited(Function<LimitGuard, T> evaluation) {
    LimitGuard guard = new LimitGuard(limits.maxFirings(), limits.timeBudget().toNanos());
    if (!isolated) {
      return contained(guard, evaluation);
    }
    Future<T> future = RuleWorkers.submit(() -> contained(guard, evaluation));
    while (true) {
      long wait = guard.deadline() - System.nanoTime();
      if (wait <= 0) {
        guard.halt();
        future.cancel(true);
        throw RuleLimitExceededException.time(limits.timeBudget(), guard.stoppedIn());
      }
      try {
        return future.get(wait, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        // The deadline may have moved on (the next record of a batch): look again.
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtimeException) {
          throw runtimeException;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException("the rules failed", cause);
      } catch (InterruptedException e) {
        guard.halt();
        future.cancel(true);
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the rules were evaluated", e);
      }
    }
  }

  /**
   * Runs {@code evaluation}, turning a stack overflow or an exhausted heap in rule code into a
   * {@link RuleLimitExceededException}: the session is disposed by then, so what it held is free.
   */
  private static <T> T contained(LimitGuard guard, Function<LimitGuard, T> evaluation) {
    try {
      return evaluation.apply(guard);
    } catch (StackOverflowError e) {
      throw RuleLimitExceededException.stack(e, guard.firingRule());
    } catch (OutOfMemoryError e) {
      throw RuleLimitExceededException.memory(e, guard.firingRule());
    } catch (RuntimeException e) {
      // Drools may wrap an error raised in a consequence.
      for (Throwable cause = e.getCause(); cause != null && cause != e; cause = cause.getCause()) {
        if (cause instanceof StackOverflowError overflow) {
          throw RuleLimitExceededException.stack(overflow, guard.firingRule());
        }
        if (cause instanceof OutOfMemoryError exhausted) {
          throw RuleLimitExceededException.memory(exhausted, guard.firingRule());
        }
        if (cause.getCause() == cause) {
          break;
        }
      }
      throw e;
    }
  }

  /**
   * Starts {@code guard} on {@code session}; for a folder's rules it also listens to every
   * firing (the shipped rules are capped by {@link #fire} alone, with no listener, so that their
   * throughput does not change).
   */
  private void watch(KieSession session, LimitGuard guard) {
    guard.start(session);
    if (isolated) {
      session.addEventListener(guard);
    }
  }

  /**
   * Fires the rules in {@code session} and throws if they passed a limit: for a folder's rules
   * the guard counts and halts; for the shipped rules Drools itself stops at the cap, and a match
   * still waiting after it means the rules wanted more (its rule is the one named).
   */
  private void fire(KieSession session, LimitGuard guard) {
    if (isolated) {
      session.fireAllRules();
      throwIfStopped(guard);
      return;
    }
    int max = limits.maxFirings();
    if (session.fireAllRules(max) < max) {
      return;
    }
    String[] next = new String[1];
    session.fireAllRules(match -> {
      if (next[0] == null) {
        next[0] = match.getRule().getName();
      }
      return false;
    }, 1);
    if (next[0] != null) {
      throw RuleLimitExceededException.firings(max, next[0]);
    }
  }

  private void throwIfStopped(LimitGuard guard) {
    switch (guard.stopped()) {
      case NONE -> { }
      case FIRINGS ->
          throw RuleLimitExceededException.firings(limits.maxFirings(), guard.stoppedIn());
      case TIME -> throw RuleLimitExceededException.time(limits.timeBudget(), guard.stoppedIn());
      default -> throw new AssertionError(guard.stopped());
    }
  }

  /** Returns the names of every rule in this policy's rule base, sorted. */
  public ImmutableSortedSet<String> ruleNames() {
    return kieBase.getKiePackages().stream()
        .flatMap(p -> p.getRules().stream())
        .map(Rule::getName)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  @Override
  public PolicyParameters parameters() {
    return parameters;
  }

  @Override
  public ProgrammeCatalogue catalogue() {
    return catalogue;
  }

  /** The recent-activity table the rules were built from (a folder's, or the shipped one). */
  @Override
  public RecentActivityTable recentActivity() {
    return recentActivity;
  }

  private static void checkArguments(ParticipantRecord record, LocalDate asOf) {
    if (record == null) {
      throw new InvalidRecordException("record", "record must not be null");
    }
    if (asOf == null) {
      throw new InvalidRecordException("asOf", "asOf must not be null");
    }
  }

  /** Inserts the facts of one evaluation ({@link #forEachFact}) into {@code session}. */
  private void insertFacts(KieSession session, ParticipantRecord record, LocalDate asOf) {
    forEachFact(record, asOf, session::insert);
  }

  /** The facts of one evaluation as a list, for a stateless session. */
  private List<Object> facts(ParticipantRecord record, LocalDate asOf) {
    List<Object> facts = new ArrayList<>();
    forEachFact(record, asOf, facts::add);
    return facts;
  }

  /** Gives each fact of one evaluation, in order: the question, the parameters, the
   * catalogue, the record and participant, and each outcome event. */
  private void forEachFact(ParticipantRecord record, LocalDate asOf, Consumer<Object> fact) {
    fact.accept(new AsOf(asOf));
    fact.accept(parameters);
    for (Programme programme : catalogue.programmes()) {
      fact.accept(programme);
    }
    forEachOwnFact(record, fact);
  }

  /**
   * Gives the facts of one record, in order: the question, the record and participant, each
   * circumstance and each outcome event (a primed session holds the policy's own facts).
   */
  private static void forEachRecordFact(ParticipantRecord record, LocalDate asOf,
      Consumer<Object> fact) {
    fact.accept(new AsOf(asOf));
    forEachOwnFact(record, fact);
  }

  /** Gives the record, its participant, each circumstance and each outcome event. */
  private static void forEachOwnFact(ParticipantRecord record, Consumer<Object> fact) {
    fact.accept(record);
    fact.accept(record.participant());
    // Each circumstance too: the crises table's rows match them by kind.
    for (Circumstance circumstance : record.participant().circumstances()) {
      fact.accept(circumstance);
    }
    for (OutcomeEvent event : record.outcomes()) {
      fact.accept(event);
    }
  }

  /** Returns {@code DroolsPolicy[catalogue codes]}. */
  @Override
  public String toString() {
    return "DroolsPolicy" + catalogue.programmes().stream().map(Programme::code).toList();
  }
}
