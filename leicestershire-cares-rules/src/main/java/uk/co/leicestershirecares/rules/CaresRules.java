package uk.co.leicestershirecares.rules;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.rules.analyst.ReloadingPolicy;
import uk.co.leicestershirecares.rules.analyst.RuleChecker;
import uk.co.leicestershirecares.rules.internal.AnalystAccess;

/**
 * The rules module's front door: one builder for every way to get the charity's policy as
 * Drools rules, in the style of Caffeine's {@code Caffeine.newBuilder()}. Set the options you
 * need, each at most once, then call one terminal method:
 *
 * <ul>
 *   <li>{@link #build()}: the shipped rules, precompiled when this jar was built;
 *   <li>{@link #load(Path)} or {@link #load(RuleFiles)}: an analyst's rule folder compiled at run
 *       time, or the {@link Diagnostic}s of its mistakes ({@link RuleFolder});
 *   <li>{@link #check(Path)} or {@link #check(RuleFiles)}: the same load plus the linter's
 *       findings ({@link RuleChecker});
 *   <li>{@link #buildReloading(Path)}: a policy that picks up a folder's edits while it serves
 *       ({@link ReloadingPolicy}).
 * </ul>
 *
 * <pre>{@code
 * DroolsPolicy shipped = CaresRules.newBuilder().build();
 * RuleFolder.Result mine = CaresRules.newBuilder()
 *     .limits(EvaluationLimits.defaults().withMaxFirings(5_000))
 *     .allowRuleCode()                    // the folder's .drl files run with this process's rights
 *     .load(Path.of("my-rules"));
 * try (ReloadingPolicy serving = CaresRules.newBuilder()
 *     .quietInterval(Duration.ofSeconds(1))
 *     .buildReloading(Path.of("my-rules"))) {
 *   serving.watch(Duration.ofSeconds(2));
 * }
 * }</pre>
 *
 * <p>Unset options take their defaults: {@link PolicyParameters#defaults()}, {@link
 * ProgrammeCatalogue#standard()}, {@link EvaluationLimits#defaults()}, tables only (no rule
 * code), and a quiet interval of 500 ms. An option that means nothing for a terminal method (rule
 * code or a quiet interval for the shipped rules, a quiet interval for a one-off load or check) is
 * refused with an {@link IllegalStateException} rather than passed over.
 *
 * <p>A builder is not thread-safe; what it builds is. It may build any number of times, and what
 * it built does not change when the builder does.
 *
 * <p>The terminal methods that compile folders need the module's optional dependencies ({@code
 * org.drools:drools-model-codegen} and {@code org.drools:drools-decisiontables}; {@code
 * leicestershire-cares-json} for a reloading policy's scenarios). {@link #build()} needs none of
 * them, and does not load the analyst tools of {@link uk.co.leicestershirecares.rules.analyst}.
 */
public final class CaresRules {
  private static final Duration DEFAULT_QUIET_INTERVAL = Duration.ofMillis(500);

  // Null until set: an unset option takes its default when the rules are built.
  private @Nullable PolicyParameters parameters;
  private @Nullable ProgrammeCatalogue catalogue;
  private @Nullable EvaluationLimits limits;
  private boolean ruleCodeAllowed;
  private @Nullable Duration quietInterval;

  private CaresRules() {}

  /** Returns a new builder with every option unset. */
  public static CaresRules newBuilder() {
    return new CaresRules();
  }

  /**
   * Sets the policy parameters the rules are evaluated with (default {@link
   * PolicyParameters#defaults()}).
   *
   * @return this builder
   * @throws InvalidRecordException if {@code parameters} is null
   * @throws IllegalStateException if the parameters were already set
   */
  public CaresRules parameters(PolicyParameters parameters) {
    checkUnset(this.parameters == null, "parameters");
    this.parameters = checkNotNull(parameters, "parameters");
    return this;
  }

  /**
   * Sets the programme catalogue the rules are evaluated with (default {@link
   * ProgrammeCatalogue#standard()}). A programme no rule decides is answered {@code
   * NEEDS_INFORMATION}.
   *
   * @return this builder
   * @throws InvalidRecordException if {@code catalogue} is null
   * @throws IllegalStateException if the catalogue was already set
   */
  public CaresRules catalogue(ProgrammeCatalogue catalogue) {
    checkUnset(this.catalogue == null, "catalogue");
    this.catalogue = checkNotNull(catalogue, "catalogue");
    return this;
  }

  /**
   * Sets the limits every evaluation runs under (default {@link EvaluationLimits#defaults()}); for
   * a reloading policy, its probe records and scenarios too.
   *
   * @return this builder
   * @throws InvalidRecordException if {@code limits} is null
   * @throws IllegalStateException if the limits were already set
   */
  public CaresRules limits(EvaluationLimits limits) {
    checkUnset(this.limits == null, "limits");
    this.limits = checkNotNull(limits, "limits");
    return this;
  }

  /**
   * Lets a folder hold {@code .drl} files, which then replace the shipped DRL file of the same
   * name or add to the shipped rules. <b>Rule code runs with this process's rights</b>: allow it
   * only for a folder whose every writer you trust as you trust this program. The compiled
   * classes are still checked against an allow-list before they are loaded, but that check is a
   * second line, not a sandbox. Without this option a folder may hold only policy tables and
   * scenarios.
   *
   * @return this builder
   * @throws IllegalStateException if rule code was already allowed
   */
  public CaresRules allowRuleCode() {
    checkUnset(!ruleCodeAllowed, "allowRuleCode");
    this.ruleCodeAllowed = true;
    return this;
  }

  /**
   * Sets how long a reloading policy's folder must stay unchanged before it is read (default 500
   * ms; zero reads it at once). See {@link ReloadingPolicy} for why.
   *
   * @return this builder
   * @throws InvalidRecordException if {@code quietInterval} is null or negative
   * @throws IllegalStateException if the quiet interval was already set
   */
  public CaresRules quietInterval(Duration quietInterval) {
    checkUnset(this.quietInterval == null, "quietInterval");
    if (quietInterval == null || quietInterval.isNegative()) {
      throw new InvalidRecordException("quietInterval", "quietInterval must not be negative");
    }
    this.quietInterval = quietInterval;
    return this;
  }

  /**
   * Returns the shipped rules, compiled when this jar was built (no rule is parsed), with this
   * builder's parameters, catalogue and limits. Immutable and thread-safe.
   *
   * @throws IllegalStateException if rule code was allowed or a quiet interval set: the shipped
   *     rules read no folder
   */
  public DroolsPolicy build() {
    checkState(!ruleCodeAllowed, "allowRuleCode() is for a rule folder; build() returns the"
        + " shipped rules");
    checkNoQuietInterval("build()");
    return DroolsPolicy.shipped(parameters(), catalogue(), limits());
  }

  /**
   * Reads {@code folder} once ({@link RuleFiles#read(Path)}) and loads what was read, as {@link
   * #load(RuleFiles)} does. A missing or unreadable folder is a diagnostic, not an exception.
   *
   * @throws InvalidRecordException if {@code folder} is null
   * @throws IllegalStateException if a quiet interval was set (it is for {@link
   *     #buildReloading(Path)})
   */
  public RuleFolder.Result load(Path folder) {
    return load(read(folder, "load"));
  }

  /**
   * Loads the rule files {@code files} on top of the shipped rules: checks what the folder holds
   * and every table cell, compiles, checks the compiled classes, and only then builds the rule
   * base; see {@link RuleFolder} for what a folder may hold. The answer is a policy evaluated
   * under this builder's limits, or the diagnostics of every mistake: a mistake in a file never
   * reaches the caller as an exception.
   *
   * @throws InvalidRecordException if {@code files} is null
   * @throws IllegalStateException if a quiet interval was set (it is for {@link
   *     #buildReloading(Path)})
   */
  public RuleFolder.Result load(RuleFiles files) {
    return loadChecked(checked(files, "load"));
  }

  /**
   * Reads {@code folder} once ({@link RuleFiles#read(Path)}) and checks what was read, as {@link
   * #check(RuleFiles)} does.
   *
   * @throws InvalidRecordException if {@code folder} is null
   * @throws IllegalStateException if a quiet interval was set (it is for {@link
   *     #buildReloading(Path)})
   */
  public RuleChecker.Report check(Path folder) {
    return check(read(folder, "check"));
  }

  /**
   * Checks the rule files {@code files}: lints their {@code .drl} files when rule code is allowed
   * ({@link uk.co.leicestershirecares.rules.analyst.RuleLinter}) and loads them all as {@link
   * #load(RuleFiles)} does. The linter and the loader read the same bytes, and nothing runs
   * before both have looked; problems in the files are diagnostics, never exceptions.
   *
   * @throws InvalidRecordException if {@code files} is null
   * @throws IllegalStateException if a quiet interval was set (it is for {@link
   *     #buildReloading(Path)})
   */
  public RuleChecker.Report check(RuleFiles files) {
    return AnalystAccess.tools().check(checked(files, "check"), ruleCodeAllowed,
        copy()::loadChecked);
  }

  /**
   * Waits for {@code folder} to be quiet, then checks, compiles and proves it as every reload
   * does (see {@link ReloadingPolicy}), and returns a policy serving its rules at version 1. The
   * policy's background thread starts only when asked for ({@link ReloadingPolicy#watch}); close
   * the policy when done.
   *
   * @throws InvalidRecordException if {@code folder} is null
   * @throws uk.co.leicestershirecares.rules.analyst.RulesNotLoadedException if the folder does
   *     not compile or lint cleanly, a probe record or scenario fails, or the folder did not stay
   *     unchanged long enough
   */
  public ReloadingPolicy buildReloading(Path folder) {
    checkNotNull(folder, "folder");
    // Every reload checks one quiet snapshot with a copy of these options.
    CaresRules settings = copy();
    return AnalystAccess.tools().openReloading(folder, settings.parameters(),
        settings.catalogue(), quietInterval(), settings::check);
  }

  /**
   * Returns the options this builder would use, set or default, for example {@code
   * CaresRules[tables only, quietInterval=PT0.5S, limits=EvaluationLimits[...]]}.
   */
  @Override
  public String toString() {
    return "CaresRules[" + (ruleCodeAllowed ? "rule code allowed" : "tables only")
        + ", quietInterval=" + quietInterval() + ", limits=" + limits() + "]";
  }

  /** Reads {@code folder} for {@code terminal}, once its arguments and options are checked. */
  private RuleFiles read(Path folder, String terminal) {
    checkNotNull(folder, "folder");
    checkNoQuietInterval(terminal);
    return RuleFiles.read(folder);
  }

  private RuleFiles checked(RuleFiles files, String terminal) {
    checkNotNull(files, "files");
    checkNoQuietInterval(terminal);
    return files;
  }

  private RuleFolder.Result loadChecked(RuleFiles files) {
    return RuleFolder.load(files, parameters(), catalogue(), limits(), ruleCodeAllowed);
  }

  /** A copy with the same options, so that what was built never sees a later change. */
  private CaresRules copy() {
    CaresRules copy = new CaresRules();
    copy.parameters = parameters;
    copy.catalogue = catalogue;
    copy.limits = limits;
    copy.ruleCodeAllowed = ruleCodeAllowed;
    // Not the quiet interval: the copy checks one snapshot, already quiet.
    return copy;
  }

  private PolicyParameters parameters() {
    return parameters == null ? PolicyParameters.defaults() : parameters;
  }

  private ProgrammeCatalogue catalogue() {
    return catalogue == null ? ProgrammeCatalogue.standard() : catalogue;
  }

  private EvaluationLimits limits() {
    return limits == null ? EvaluationLimits.defaults() : limits;
  }

  private Duration quietInterval() {
    return quietInterval == null ? DEFAULT_QUIET_INTERVAL : quietInterval;
  }

  private void checkNoQuietInterval(String terminal) {
    checkState(quietInterval == null, "quietInterval is for buildReloading(); " + terminal
        + " reads the folder once");
  }

  private static <T> T checkNotNull(T value, String name) {
    if (value == null) {
      throw new InvalidRecordException(name, name + " must not be null");
    }
    return value;
  }

  private static void checkUnset(boolean unset, String option) {
    checkState(unset, option + " was already set");
  }

  private static void checkState(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
