package uk.co.leicestershirecares.rules.analyst;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.rules.RuleFiles;
import uk.co.leicestershirecares.rules.RuleFolder;
import uk.co.leicestershirecares.rules.internal.AnalystAccess;

/**
 * This package's reports and reloading policies for {@code CaresRules}, the module's front door
 * ({@link AnalystAccess}).
 */
final class AnalystTools implements AnalystAccess.Tools {
  @Override
  public RuleChecker.Report check(RuleFiles files, boolean ruleCodeAllowed,
      Function<RuleFiles, RuleFolder.Result> load) {
    return RuleChecker.check(files, ruleCodeAllowed, load);
  }

  @Override
  public ReloadingPolicy openReloading(Path folder, PolicyParameters parameters,
      ProgrammeCatalogue catalogue, Duration quietInterval,
      Function<RuleFiles, RuleChecker.Report> checker) {
    return ReloadingPolicy.open(folder, parameters, catalogue, quietInterval, checker);
  }
}
