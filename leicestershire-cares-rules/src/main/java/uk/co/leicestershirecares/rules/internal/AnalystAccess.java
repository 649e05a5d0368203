package uk.co.leicestershirecares.rules.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.rules.RuleFiles;
import uk.co.leicestershirecares.rules.RuleFolder;
import uk.co.leicestershirecares.rules.analyst.ReloadingPolicy;
import uk.co.leicestershirecares.rules.analyst.RuleChecker;

/**
 * How {@code CaresRules}, the module's one front door, makes the analyst tools' results without
 * the analyst package offering public factories of its own (the JDK's "shared secrets" pattern).
 * The analyst package registers its {@link Tools} when {@link RuleChecker} is initialised, which
 * {@link #tools()} does on first use, so an application that only builds the shipped rules never
 * loads the analyst classes or their optional dependencies.
 */
public final class AnalystAccess {
  // Null until RuleChecker registers the tools.
  private static volatile @Nullable Tools tools;

  private AnalystAccess() {}

  /** What the analyst package makes for {@code CaresRules}. */
  public interface Tools {
    /**
     * Lints {@code files}' {@code .drl} files when {@code ruleCodeAllowed} and loads them all
     * with {@code load}.
     */
    RuleChecker.Report check(RuleFiles files, boolean ruleCodeAllowed,
        Function<RuleFiles, RuleFolder.Result> load);

    /**
     * Opens a reloading policy over {@code folder}; each load waits {@code quietInterval} and
     * checks the quiet snapshot with {@code checker}.
     */
    ReloadingPolicy openReloading(Path folder, PolicyParameters parameters,
        ProgrammeCatalogue catalogue, Duration quietInterval,
        Function<RuleFiles, RuleChecker.Report> checker);
  }

  /**
   * Registers the analyst package's tools; called once, by {@link RuleChecker}'s initialiser.
   *
   * @throws IllegalStateException if tools were registered already
   */
  public static synchronized void register(Tools registered) {
    if (tools != null) {
      throw new IllegalStateException("the analyst tools are registered already");
    }
    tools = registered;
  }

  /** Returns the analyst package's tools, initialising {@link RuleChecker} on first use. */
  public static Tools tools() {
    Tools registered = tools;
    if (registered != null) {
      return registered;
    }
    try {
      Class.forName(RuleChecker.class.getName(), true, RuleChecker.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the analyst tools are not on the class path", e);
    }
    // RuleChecker's initialiser registers them.
    return java.util.Objects.requireNonNull(tools, "the analyst tools did not register");
  }
}
