package uk.co.leicestershirecares.cli;

import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import uk.co.leicestershirecares.rules.DroolsPolicy;
import uk.co.leicestershirecares.rules.analyst.Scenario;

/**
 * What {@code test} and {@code coverage} both read: the rule folder {@code DIR} (with {@code
 * --allow-rule-code}), the {@code --scenarios} to run against it and the {@code
 * --max-input-size} of each scenario file.
 */
final class ScenarioInputs {
  @Mixin RuleFolderArgument dir;

  @Mixin ScenariosOption scenarios;

  @Mixin InputLimitOption limit;

  /** Returns the folder's policy ({@link RuleFolderArgument#policy(PrintWriter)}). */
  DroolsPolicy policy(PrintWriter err) {
    return dir.policy(err);
  }

  /** Returns the scenarios ({@link ScenariosOption#read(long)}), within the input limit. */
  ImmutableList<Scenario> scenarios() {
    return scenarios.read(limit.bytes);
  }
}
