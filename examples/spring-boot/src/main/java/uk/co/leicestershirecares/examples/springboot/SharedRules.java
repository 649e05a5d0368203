package uk.co.leicestershirecares.examples.springboot;

import java.util.Optional;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.analyst.ReloadingPolicy;

/**
 * The one policy every request of the service uses: a {@link ReloadingPolicy} over the rule
 * folder in {@code cares.rules-folder}, which takes up an analyst's edits while the service
 * answers, or the shipped, precompiled rules when no folder is set. Thread-safe; closed with the
 * application context, which stops the folder's background checks.
 */
public final class SharedRules implements AutoCloseable {
  private final Policy policy;
  private final Optional<ReloadingPolicy> reloading;

  private SharedRules(Policy shipped) {
    this.policy = shipped;
    this.reloading = Optional.empty();
  }

  private SharedRules(ReloadingPolicy folder) {
    this.policy = folder;
    this.reloading = Optional.of(folder);
  }

  /**
   * Opens the rules {@code properties} name: the folder, checked for changes every {@code
   * cares.rules-check-interval}, or the shipped rules.
   *
   * @throws uk.co.leicestershirecares.rules.analyst.RulesNotLoadedException if the folder does
   *     not load; the service does not start on rules it cannot prove
   * @throws uk.co.leicestershirecares.core.InvalidRecordException if the check interval is not
   *     positive
   */
  public static SharedRules open(CaresProperties properties) {
    if (properties.rulesFolder().isEmpty()) {
      return new SharedRules(CaresRules.newBuilder().build());
    }
    ReloadingPolicy folder =
        CaresRules.newBuilder().buildReloading(properties.rulesFolder().get());
    try {
      folder.watch(properties.rulesCheckInterval());
    } catch (RuntimeException e) {
      // A check interval that is not positive: the start fails, and leaves no thread behind.
      folder.close();
      throw e;
    }
    return new SharedRules(folder);
  }

  /**
   * Returns the policy to answer with: each call of it (one assessment, or a list of them)
   * answers from one rule set, the one in use when it began.
   */
  public Policy policy() {
    return policy;
  }

  /**
   * Returns the rule set in use now, to hold for work that asks the policy many times, such as
   * a report: an edit taken up halfway through cannot count half of it by other rules.
   */
  public Policy inUse() {
    return reloading.<Policy>map(ReloadingPolicy::current).orElse(policy);
  }

  /** Returns whether the rules come from a folder ({@code cares.rules-folder}). */
  public boolean fromFolder() {
    return reloading.isPresent();
  }

  /**
   * Returns the version of the rules in use: 1 at start, plus one for each edit of the folder
   * that was taken up. The shipped rules never change while the service runs: always 1.
   */
  public long version() {
    return reloading.map(ReloadingPolicy::version).orElse(1L);
  }

  /**
   * Returns why the folder's last edit was not taken up (the previous rules keep answering):
   * file, row and rule names only, never participant data. Empty when it was, or for the
   * shipped rules.
   */
  public Optional<String> lastRejection() {
    return reloading.flatMap(r -> r.status().lastRejection());
  }

  /** Stops checking the folder for changes. */
  @Override
  public void close() {
    reloading.ifPresent(ReloadingPolicy::close);
  }

  /** Returns {@code SharedRules[folder, version n]} or {@code SharedRules[shipped]}. */
  @Override
  public String toString() {
    return reloading.map(r -> "SharedRules[folder, version " + r.version() + "]")
        .orElse("SharedRules[shipped]");
  }
}
