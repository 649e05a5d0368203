package uk.co.leicestershirecares.rules.analyst;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantId;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.table.RecentActivityTable;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.Diagnostic;
import uk.co.leicestershirecares.rules.DroolsPolicy;
import uk.co.leicestershirecares.rules.EvaluationLimits;
import uk.co.leicestershirecares.rules.RuleFiles;
import uk.co.leicestershirecares.rules.RuleLimitExceededException;

/**
 * A policy over an analyst's rule folder that picks up edits while it serves. Each reload
 * compiles and lints the folder ({@link RuleChecker}) away from the callers of {@link #assess}:
 * on the thread that calls {@link #reload()} or {@link #reloadIfChanged()}, or on this policy's
 * one background thread ({@link #reloadInBackground()}, {@link #watch(Duration)}). Only rules
 * that are finished and proven replace the rules in use, in one atomic step, and increment the
 * {@linkplain #version() version}; otherwise the previous rules keep serving, the problems are in
 * {@link #lastDiagnostics()} and the reason in {@link #lastRejection()} (both in {@link
 * #status()}). A mistake in a rule file never reaches a caller as a Drools exception.
 *
 * <pre>{@code
 * try (ReloadingPolicy policy = CaresRules.newBuilder().buildReloading(Path.of("my-rules"))) {
 *   policy.watch(Duration.ofSeconds(2));     // or call policy.reloadIfChanged() when you like
 *   Assessment a = policy.assess(record, asOf);
 *   policy.version();                        // 1, then 2 after the first good edit, ...
 *   policy.lastRejection();                  // why the last edit was not taken up
 * }
 * }</pre>
 *
 * <p><b>How a reload decides.</b> Every load (the first, in {@link
 * CaresRules#buildReloading(Path)}, and each reload):
 * <ol>
 *   <li>waits until the folder is <em>quiet</em>: its files are read into memory ({@link
 *       RuleFiles}), and read again after the {@linkplain CaresRules#quietInterval(Duration)
 *       quiet interval} (default 500 ms), until two reads in a row are identical; a file an
 *       editor is still writing changes between the reads, so it is never taken. A folder that keeps changing for 40 intervals
 *       (and at least 20 seconds) is not loaded this time;
 *   <li>checks, compiles and loads exactly the bytes read, never the files as they are by then,
 *       as {@link CaresRules#check(RuleFiles)} does: a folder holds policy tables and scenarios,
 *       and {@code .drl} files only with {@link CaresRules#allowRuleCode()}; the compiled
 *       classes are checked before any is loaded;
 *   <li>evaluates a few built-in probe records under the {@linkplain
 *       CaresRules#limits(EvaluationLimits) limits}
 *       ({@link EvaluationLimits}): rules that fire forever, never return, recurse without end or
 *       allocate without bound fail here, with a {@link RuleLimitExceededException}, before any
 *       caller sees them;
 *   <li>runs the folder's scenarios, the {@code *.json} files in its {@code scenarios}
 *       sub-folder ({@link ScenarioReader}), when it has one: every scenario must pass, within
 *       the limits;
 *   <li>and only then swaps the rules in use.
 * </ol>
 * A rule that misbehaves only on records the probes and scenarios do not have is stopped by the
 * limits on the evaluation that meets it: that caller gets a {@link RuleLimitExceededException},
 * every other caller its answer.
 *
 * <p><b>Saving safely.</b> Save a file under a temporary name outside the folder but on the same
 * disk (say {@code my-rules-drafts/eligibility.drl.csv}) and move it into the folder: a move on
 * one disk is atomic, so a reload sees the old file or the new one, never half of one. (A
 * temporary file inside the folder is a file the folder may not hold: the reload that sees it is
 * refused, and the next one, after the move, is taken.) An editor that writes in place
 * is covered by the quiet interval unless it pauses longer than the interval in the middle of a
 * file; a change that spans several files is taken as one only if they are all saved within the
 * interval of each other. Add scenarios to {@code scenarios/}: rules that compile but answer
 * wrongly (a file cut short after a whole rule or row compiles) are refused only by a failing
 * scenario.
 *
 * <p><b>Detecting a change.</b> {@link #reloadIfChanged()} hashes (SHA-256) the names and
 * contents of every file under the folder and reloads only when the hash
 * differs from the last one tried, so an unchanged or still-broken folder is not compiled again.
 * {@link #watch(Duration)} polls it at a fixed interval; there is no {@code WatchService}, which
 * misses events on some file systems.
 *
 * <p>Thread-safe. Every answer comes from one rule set: a reload swaps the whole rule set, never
 * part of it, and an evaluation already running finishes on the rules it started with. {@link
 * #close()} stops the background thread; the policy still answers with its last rules, and
 * reloads on the caller's thread still work.
 */
public final class ReloadingPolicy implements Policy, AutoCloseable {
  /** The sub-folder of a rule folder whose {@code *.json} files are its scenarios. */
  public static final String SCENARIOS = "scenarios";

  private static final LocalDate PROBE_DAY = LocalDate.of(2026, 11, 25);
  private static final int MAX_QUIET_TRIES = 40;
  private static final Duration MIN_QUIET_PATIENCE = Duration.ofSeconds(20);

  private final Path folder;
  private final PolicyParameters parameters;
  private final ProgrammeCatalogue catalogue;
  private final Duration quietInterval;
  // CaresRules.check with the options the policy was built with: one quiet snapshot at a time.
  private final Function<RuleFiles, RuleChecker.Report> checker;
  // Written by the reload check alone (under reloading), read by every caller.
  private volatile Loaded loaded;
  private final ScheduledExecutorService background;
  private final Object reloading = new Object();
  private volatile ImmutableList<Diagnostic> lastDiagnostics = ImmutableList.of();
  private volatile @Nullable String lastRejection;
  private volatile String lastTried;

  /** The rule set in use and its version. */
  private record Loaded(DroolsPolicy policy, long version) {}

  /**
   * What a {@link ReloadingPolicy} is serving, and what became of its last reload. Immutable.
   */
  public static final class Status {
    private final long version;
    private final Optional<String> lastRejection;
    private final ImmutableList<Diagnostic> lastDiagnostics;

    private Status(long version, @Nullable String lastRejection,
        ImmutableList<Diagnostic> lastDiagnostics) {
      this.version = version;
      this.lastRejection = Optional.ofNullable(lastRejection);
      this.lastDiagnostics = lastDiagnostics;
    }

    /** Returns the version of the rules in use. */
    public long version() {
      return version;
    }

    /** Returns why the last reload kept the previous rules; empty when it swapped, or none ran. */
    public Optional<String> lastRejection() {
      return lastRejection;
    }

    /** Returns the problems the last reload found. */
    public ImmutableList<Diagnostic> lastDiagnostics() {
      return lastDiagnostics;
    }

    /** Returns {@code version n} and, after a refused reload, {@code ; last reload refused: ...}. */
    @Override
    public String toString() {
      return "version " + version + lastRejection.map(r -> "; last reload refused: " + r)
          .orElse("");
    }
  }

  /** What one load found: the rules to swap in, or why not. */
  private static final class Attempt {
    final Optional<DroolsPolicy> policy;
    final ImmutableList<Diagnostic> diagnostics;
    final Optional<String> rejection;
    final Optional<String> fingerprint;

    // A loaded attempt has a policy and no rejection, a refused one the reverse; a folder that
    // never kept still has no fingerprint.
    private Attempt(@Nullable DroolsPolicy policy, ImmutableList<Diagnostic> diagnostics,
        @Nullable String rejection, @Nullable String fingerprint) {
      this.policy = Optional.ofNullable(policy);
      this.diagnostics = diagnostics;
      this.rejection = Optional.ofNullable(rejection);
      this.fingerprint = Optional.ofNullable(fingerprint);
    }

    static Attempt loaded(DroolsPolicy policy, String fingerprint) {
      return new Attempt(policy, ImmutableList.of(), null, fingerprint);
    }

    static Attempt refused(String reason, ImmutableList<Diagnostic> diagnostics,
        @Nullable String fingerprint) {
      return new Attempt(null, diagnostics, reason, fingerprint);
    }
  }

  private ReloadingPolicy(Path folder, PolicyParameters parameters, ProgrammeCatalogue catalogue,
      Duration quietInterval, Function<RuleFiles, RuleChecker.Report> checker, DroolsPolicy first,
      String fingerprint) {
    this.folder = folder;
    this.parameters = parameters;
    this.catalogue = catalogue;
    this.quietInterval = quietInterval;
    this.checker = checker;
    this.loaded = new Loaded(first, 1);
    this.lastTried = fingerprint;
    this.background = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "leicestershire-cares-rule-reloader");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Waits for {@code folder} to be quiet, compiles, lints and proves it as a reload does (see the
   * class description) and returns a policy serving its rules, at version 1. Callers come through
   * {@link CaresRules#buildReloading(Path)}, which has checked every argument.
   *
   * @throws RulesNotLoadedException if the folder does not compile or lint cleanly, a probe
   *     record or scenario fails, or the folder did not stay unchanged long enough
   */
  static ReloadingPolicy open(Path folder, PolicyParameters parameters,
      ProgrammeCatalogue catalogue, Duration quietInterval,
      Function<RuleFiles, RuleChecker.Report> checker) {
    Attempt attempt = attempt(folder, quietInterval, checker);
    if (attempt.policy.isEmpty()) {
      ImmutableList<Diagnostic> diagnostics = attempt.diagnostics.isEmpty()
          ? ImmutableList.of(Diagnostic.of("", 0, 0,
              attempt.rejection.orElse("not loaded")))
          : attempt.diagnostics;
      throw new RulesNotLoadedException("the rules in " + folder + " did not load",
          diagnostics);
    }
    return new ReloadingPolicy(folder, parameters, catalogue, quietInterval, checker,
        attempt.policy.get(), attempt.fingerprint.orElseThrow());
  }

  /**
   * Waits for the folder to be quiet, then compiles, lints and proves it on the calling thread
   * (see the class description) and swaps the rules in use when all of that passed.
   *
   * @return whether the rules were swapped (the version went up)
   */
  public boolean reload() {
    synchronized (reloading) {
      Attempt attempt;
      try {
        attempt = attempt(folder, quietInterval, checker);
      } catch (RuntimeException e) {
        // Not expected (every step reports problems as diagnostics), but never let it escape.
        attempt = Attempt.refused(e.getClass().getSimpleName() + ": " + e.getMessage(),
            ImmutableList.of(Diagnostic.of("", 0, 0,
                e.getClass().getSimpleName() + ": " + e.getMessage())),
            null);
      }
      // A folder that never kept still is looked at again on the next check.
      attempt.fingerprint.ifPresent(f -> lastTried = f);
      lastDiagnostics = attempt.diagnostics;
      lastRejection = attempt.rejection.orElse(null);
      if (attempt.policy.isEmpty()) {
        return false;
      }
      loaded = new Loaded(attempt.policy.get(), loaded.version() + 1);
      return true;
    }
  }

  /**
   * Reloads when the folder's rule files or scenario files differ from the last ones tried (a
   * file added, removed or changed); otherwise does nothing.
   *
   * @return whether the rules were swapped
   */
  public boolean reloadIfChanged() {
    synchronized (reloading) {
      if (RuleFiles.read(folder).fingerprint().equals(lastTried)) {
        return false;
      }
      return reload();
    }
  }

  /**
   * Runs {@link #reloadIfChanged()} on this policy's background thread.
   *
   * @return its result, when it is done
   * @throws IllegalStateException if this policy is closed
   */
  public Future<Boolean> reloadInBackground() {
    try {
      return background.submit(this::reloadIfChanged);
    } catch (RejectedExecutionException e) {
      throw new IllegalStateException("this ReloadingPolicy is closed", e);
    }
  }

  /**
   * Checks the folder for changes every {@code interval} on the background thread, reloading
   * when it changed (once it is quiet), until {@link #close()}.
   *
   * @throws IllegalStateException if this policy is closed
   * @throws InvalidRecordException if {@code interval} is null or not positive
   */
  public void watch(Duration interval) {
    if (interval == null || interval.isNegative() || interval.isZero()) {
      throw new InvalidRecordException("interval", "interval must be positive");
    }
    try {
      background.scheduleWithFixedDelay(this::reloadIfChanged, interval.toMillis(),
          interval.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      throw new IllegalStateException("this ReloadingPolicy is closed", e);
    }
  }

  /** Returns the version of the rules in use: 1 when opened, plus one per successful swap. */
  public long version() {
    return loaded.version();
  }

  /** Returns the rules in use. */
  public DroolsPolicy current() {
    return loaded.policy();
  }

  /**
   * Returns the problems found by the last reload: empty when it was clean (or there has been
   * none).
   */
  public ImmutableList<Diagnostic> lastDiagnostics() {
    return lastDiagnostics;
  }

  /**
   * Returns why the last reload kept the previous rules (problems in the files, a probe record
   * or scenario that failed or passed a limit, a folder that did not keep still): empty when it
   * swapped the rules, or there has been none. Never participant data: rule, file and scenario
   * names, limits and expected outcomes only.
   */
  public Optional<String> lastRejection() {
    return Optional.ofNullable(lastRejection);
  }

  /** Returns the version in use, and what became of the last reload, read together. */
  public Status status() {
    synchronized (reloading) {
      return new Status(version(), lastRejection, lastDiagnostics);
    }
  }

  /** Returns how long the folder must stay unchanged before it is loaded. */
  public Duration quietInterval() {
    return quietInterval;
  }

  /** Returns the folder the rules come from. */
  public Path folder() {
    return folder;
  }

  @Override
  public Assessment assess(ParticipantRecord record, LocalDate asOf) {
    return current().assess(record, asOf);
  }

  @Override
  public ImmutableList<Assessment> assessAll(Iterable<ParticipantRecord> records, LocalDate asOf) {
    return current().assessAll(records, asOf);
  }

  /** One version of the rules answers the whole batch, even if a reload swaps meanwhile. */
  @Override
  public ImmutableList<Assessment> assessAll(List<ParticipantRecord> records, LocalDate asOf,
      int parallelism) {
    return current().assessAll(records, asOf, parallelism);
  }

  /** One version of the rules answers the whole stream, even if a reload swaps meanwhile. */
  @Override
  public Stream<Assessment> assessAll(Stream<ParticipantRecord> records, LocalDate asOf,
      int parallelism) {
    return current().assessAll(records, asOf, parallelism);
  }

  @Override
  public OutcomeClassification classify(OutcomeEvent event, LocalDate asOf) {
    return current().classify(event, asOf);
  }

  @Override
  public PolicyParameters parameters() {
    return parameters;
  }

  @Override
  public ProgrammeCatalogue catalogue() {
    return catalogue;
  }

  /** The recent-activity table of the rules in use. */
  @Override
  public RecentActivityTable recentActivity() {
    return current().recentActivity();
  }

  /** Stops the background thread, waiting up to a few seconds for a reload under way. */
  @Override
  public void close() {
    background.shutdownNow();
    try {
      background.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Returns {@code ReloadingPolicy[folder, version n]}, with {@code ; last reload refused: reason}
   * before the bracket after a refused reload.
   */
  @Override
  public String toString() {
    return "ReloadingPolicy[" + folder + ", " + status() + "]";
  }

  /** One load: quiet, one snapshot in memory, compile and check, probes, scenarios. */
  private static Attempt attempt(Path folder, Duration quietInterval,
      Function<RuleFiles, RuleChecker.Report> checker) {
    Optional<RuleFiles> quiet;
    try {
      quiet = quietSnapshot(folder, quietInterval);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Attempt.refused("interrupted while waiting for the folder to be quiet",
          ImmutableList.of(), null);
    }
    if (quiet.isEmpty()) {
      return Attempt.refused("the folder did not stay unchanged for "
          + quietInterval.toMillis() + " ms; it is looked at again on the next check",
          ImmutableList.of(), null);
    }
    return check(quiet.get(), checker);
  }

  /** Compiles, checks and proves {@code files}, the one snapshot of the folder. */
  private static Attempt check(RuleFiles files, Function<RuleFiles, RuleChecker.Report> checker) {
    String tried = files.fingerprint();
    RuleChecker.Report report = checker.apply(files);
    if (!report.isClean()) {
      int problems = report.diagnostics().size();
      return Attempt.refused(problems + " problem" + (problems == 1 ? "" : "s")
          + " in the rule files, first " + report.diagnostics().get(0),
          report.diagnostics(), tried);
    }
    DroolsPolicy policy = report.policy().orElseThrow();
    for (ParticipantRecord probe : PROBES) {
      try {
        policy.assess(probe, PROBE_DAY);
      } catch (RuleLimitExceededException e) {
        return Attempt.refused("probe record " + probe.participant().id() + ": "
            + e.getMessage(), ImmutableList.of(Diagnostic.of("", 0, 0, e.rule().orElse(null),
                Objects.requireNonNullElse(e.getMessage(), ""))), tried);
      } catch (RuntimeException e) {
        String problem = e.getClass().getSimpleName() + ": " + e.getMessage();
        return Attempt.refused("probe record " + probe.participant().id() + ": " + problem,
            ImmutableList.of(Diagnostic.of("", 0, 0, problem)), tried);
      }
    }
    List<Scenario> scenarios = new ArrayList<>();
    for (String name : files.names()) {
      if (name.startsWith(SCENARIOS + "/") && name.endsWith(".json")) {
        try {
          scenarios.addAll(ScenarioReader.read(name.substring(SCENARIOS.length() + 1),
              new String(files.bytes(name).orElseThrow(), StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
          String problem = e.getClass().getSimpleName() + ": " + e.getMessage();
          return Attempt.refused("the scenarios could not be read: " + problem,
              ImmutableList.of(Diagnostic.of(name, 0, 0, problem)), tried);
        }
      }
    }
    if (!scenarios.isEmpty()) {
      ScenarioRunner.Report run = ScenarioRunner.run(policy, scenarios);
      if (run.failed() > 0) {
        ImmutableList<Diagnostic> failures = run.failures().stream()
            .map(r -> Diagnostic.of(SCENARIOS + "/" + r.scenario().origin(), 0, 0,
                r.scenario().name() + ": " + String.join("; ", r.differences())))
            .collect(ImmutableList.toImmutableList());
        return Attempt.refused("scenarios: " + run.summary() + ", first " + failures.get(0),
            failures, tried);
      }
    }
    return Attempt.loaded(policy, tried);
  }

  /**
   * Reads the folder's files until two reads a quiet interval apart are identical; empty when it
   * kept changing for {@link #MAX_QUIET_TRIES} intervals (and at least {@link
   * #MIN_QUIET_PATIENCE}).
   */
  private static Optional<RuleFiles> quietSnapshot(Path folder, Duration quiet)
      throws InterruptedException {
    long giveUp = System.nanoTime()
        + Math.max(quiet.toNanos() * MAX_QUIET_TRIES, MIN_QUIET_PATIENCE.toNanos());
    RuleFiles before = RuleFiles.read(folder);
    if (quiet.isZero()) {
      return Optional.of(before);
    }
    while (true) {
      Thread.sleep(quiet.toMillis(), quiet.toNanosPart() % 1_000_000);
      RuleFiles after = RuleFiles.read(folder);
      if (before.equals(after)) {
        return Optional.of(after);
      }
      if (System.nanoTime() - giveUp > 0) {
        return Optional.empty();
      }
      before = after;
    }
  }

  /**
   * Returns a hash (SHA-256) of the names and contents of every file under {@code folder} (as
   * {@link RuleFiles#fingerprint()}): it changes exactly when a file is added, removed or
   * changed.
   *
   * @throws InvalidRecordException if {@code folder} is null
   */
  public static String fingerprintOf(Path folder) {
    if (folder == null) {
      throw new InvalidRecordException("folder", "folder must not be null");
    }
    return RuleFiles.read(folder).fingerprint();
  }

  /**
   * Returns the {@linkplain #fingerprintOf(Path) fingerprint} of the files the last load read:
   * {@link #reloadIfChanged()} does nothing while the folder still has it.
   */
  public String lastTriedFingerprint() {
    return lastTried;
  }

  /**
   * Made-up records (no one's data) that every load is evaluated on before it may serve: young
   * and older, with and without a conviction, care experience and a crisis, so that most rules'
   * conditions are tried. They prove only that the rules finish within the limits, not that
   * their answers are right; that is what the folder's scenarios are for.
   */
  private static final ImmutableList<ParticipantRecord> PROBES = ImmutableList.of(
      probe("PROBE-1", 2005, CircumstanceType.CONVICTION, HomeArea.LEICESTER_CITY),
      probe("PROBE-2", 2009, CircumstanceType.CARE_EXPERIENCED, HomeArea.LEICESTERSHIRE),
      probe("PROBE-3", 1990, CircumstanceType.ROUGH_SLEEPING, HomeArea.RUTLAND),
      ParticipantRecord.of(Participant.builder().id(ParticipantId.of("PROBE-4"))
          .dateOfBirth(LocalDate.of(2003, 2, 1)).homeArea(HomeArea.LEICESTER_CITY).build()));

  private static ParticipantRecord probe(String id, int born, CircumstanceType circumstance,
      HomeArea area) {
    return ParticipantRecord.of(Participant.builder()
        .id(ParticipantId.of(id))
        .dateOfBirth(LocalDate.of(born, 6, 15))
        .homeArea(area)
        .addCircumstance(Circumstance.of(circumstance, LocalDate.of(2024, 1, 1)))
        .build());
  }
}
