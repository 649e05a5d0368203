package uk.co.leicestershirecares.rules.analyst;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.assessment.Policy;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.table.RecentActivityTable;
import uk.co.leicestershirecares.rules.Diagnostic;
import uk.co.leicestershirecares.rules.DroolsPolicy;
import uk.co.leicestershirecares.rules.RuleFolder;

/**
 * A policy over an analyst's rule folder that picks up edits while it serves. Each reload
 * compiles and lints the folder ({@link RuleChecker}) away from the callers of {@link #assess}:
 * on the thread that calls {@link #reload()} or {@link #reloadIfChanged()}, or on this policy's
 * one background thread ({@link #reloadInBackground()}, {@link #watch(Duration)}). Only a clean
 * result replaces the rules in use, in one atomic step, and increments the {@linkplain #version()
 * version}; a folder with a problem leaves the previous rules serving and its problems in {@link
 * #lastDiagnostics()}. A mistake in a rule file never reaches a caller as a Drools exception.
 *
 * <pre>{@code
 * try (ReloadingPolicy policy = ReloadingPolicy.open(Path.of("my-rules"))) {
 *   policy.watch(Duration.ofSeconds(2));     // or call policy.reloadIfChanged() when you like
 *   Assessment a = policy.assess(record, asOf);
 *   policy.version();                        // 1, then 2 after the first good edit, ...
 *   policy.lastDiagnostics();                // why the last edit was not taken up
 * }
 * }</pre>
 *
 * <p><b>Detecting a change.</b> {@link #reloadIfChanged()} hashes (SHA-256) the names and
 * contents of every {@code .drl} file under the folder and reloads only when the hash differs
 * from the last one it tried, so an unchanged or still-broken folder is not compiled again.
 * {@link #watch(Duration)} polls it at a fixed interval; there is no {@code WatchService}, which
 * misses events on some file systems.
 *
 * <p>Thread-safe. Every answer comes from one rule set: a reload swaps the whole rule set, never
 * part of it, and an evaluation already running finishes on the rules it started with. {@link
 * #close()} stops the background thread; the policy still answers with its last rules, and
 * reloads on the caller's thread still work.
 */
public final class ReloadingPolicy implements Policy, AutoCloseable {
  private final Path folder;
  private final PolicyParameters parameters;
  private final ProgrammeCatalogue catalogue;
  private final AtomicReference<Loaded> current;
  private final ScheduledExecutorService background;
  private final Object reloading = new Object();
  private volatile ImmutableList<Diagnostic> lastDiagnostics = ImmutableList.of();
  private volatile String lastTried;

  /** The rule set in use and its version. */
  private static final class Loaded {
    final DroolsPolicy policy;
    final long version;

    Loaded(DroolsPolicy policy, long version) {
      this.policy = policy;
      this.version = version;
    }
  }

  private ReloadingPolicy(Path folder, PolicyParameters parameters, ProgrammeCatalogue catalogue,
      DroolsPolicy first, String fingerprint) {
    this.folder = folder;
    this.parameters = parameters;
    this.catalogue = catalogue;
    this.current = new AtomicReference<>(new Loaded(first, 1));
    this.lastTried = fingerprint;
    this.background = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "leicestershire-cares-rule-reloader");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Opens {@code folder} with default parameters and the standard catalogue. */
  public static ReloadingPolicy open(Path folder) {
    return open(folder, PolicyParameters.defaults(), ProgrammeCatalogue.standard());
  }

  /**
   * Compiles and lints {@code folder} and returns a policy serving its rules, at version 1.
   *
   * @throws RulesNotLoadedException if the folder does not compile or lint cleanly
   * @throws InvalidRecordException if an argument is null
   */
  public static ReloadingPolicy open(
      Path folder, PolicyParameters parameters, ProgrammeCatalogue catalogue) {
    if (folder == null || parameters == null || catalogue == null) {
      throw new InvalidRecordException(folder == null ? "folder"
          : parameters == null ? "parameters" : "catalogue", "must not be null");
    }
    String fingerprint = fingerprint(folder);
    RuleChecker.Report report = check(folder, parameters, catalogue);
    if (!report.isClean()) {
      throw new RulesNotLoadedException("the rules in " + folder + " did not load",
          report.diagnostics());
    }
    return new ReloadingPolicy(folder, parameters, catalogue, report.policy().orElseThrow(),
        fingerprint);
  }

  /**
   * Compiles and lints the folder now, on the calling thread, and swaps the rules in use when it
   * is clean.
   *
   * @return whether the rules were swapped (the version went up)
   */
  public boolean reload() {
    synchronized (reloading) {
      lastTried = fingerprint(folder);
      Optional<DroolsPolicy> policy;
      try {
        RuleChecker.Report report = check(folder, parameters, catalogue);
        lastDiagnostics = report.diagnostics();
        policy = report.policy();
      } catch (RuntimeException e) {
        // Not expected (the checker reports problems as diagnostics), but never let it escape.
        lastDiagnostics = ImmutableList.of(Diagnostic.of("", 0, 0, Optional.empty(),
            e.getClass().getSimpleName() + ": " + e.getMessage()));
        return false;
      }
      if (policy.isEmpty()) {
        return false;
      }
      current.set(new Loaded(policy.get(), current.get().version + 1));
      return true;
    }
  }

  /**
   * Reloads when the folder's {@code .drl} files differ from the last ones tried (a file added,
   * removed or changed); otherwise does nothing.
   *
   * @return whether the rules were swapped
   */
  public boolean reloadIfChanged() {
    synchronized (reloading) {
      if (fingerprint(folder).equals(lastTried)) {
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
   * when it changed, until {@link #close()}.
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
    return current.get().version;
  }

  /** Returns the rules in use. */
  public DroolsPolicy current() {
    return current.get().policy;
  }

  /**
   * Returns the problems found by the last reload: empty when it was clean (or there has been
   * none).
   */
  public ImmutableList<Diagnostic> lastDiagnostics() {
    return lastDiagnostics;
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

  /** Returns {@code ReloadingPolicy[folder, version n]}. */
  @Override
  public String toString() {
    return "ReloadingPolicy[" + folder + ", version " + version() + "]";
  }

  private static RuleChecker.Report check(Path folder, PolicyParameters parameters,
      ProgrammeCatalogue catalogue) {
    return RuleChecker.check(folder, parameters, catalogue);
  }

  /** A hash of every rule file's relative name and content; a description when unreadable. */
  static String fingerprint(Path folder) {
    if (!Files.isDirectory(folder)) {
      return "not a folder";
    }
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> Files.isRegularFile(p) && RuleFolder.isRuleFile(p))
          .sorted().collect(Collectors.toList());
      for (Path file : files) {
        byte[] name = folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8);
        byte[] content = Files.readAllBytes(file);
        digest.update(intBytes(name.length));
        digest.update(name);
        digest.update(intBytes(content.length));
        digest.update(content);
      }
    } catch (IOException | UncheckedIOException e) {
      return "unreadable: " + e.getMessage();
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static byte[] intBytes(int value) {
    return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8),
        (byte) value};
  }
}
