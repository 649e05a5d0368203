package uk.co.leicestershirecares.examples.springboot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's settings, {@code cares.*}: where the rules come from, how often their folder is
 * looked at, and the data set the reports count. Immutable.
 */
@ConfigurationProperties("cares")
public final class CaresProperties {
  private final Optional<Path> rulesFolder;
  private final Duration rulesCheckInterval;
  private final String dataSet;

  /**
   * Binds the settings.
   *
   * @param rulesFolder {@code cares.rules-folder}: an analyst's rule folder (the tables {@code
   *     leicestershire-cares init} copies), loaded at start and reloaded when it changes; unset
   *     for the shipped, precompiled rules
   * @param rulesCheckInterval {@code cares.rules-check-interval}: how often the folder is checked
   *     for changes (default 2 s)
   * @param dataSet {@code cares.data-set}: a Spring resource location of the data set the
   *     reports count, read once at start (default: the synthetic sample in the jar)
   */
  public CaresProperties(Path rulesFolder, @DefaultValue("2s") Duration rulesCheckInterval,
      @DefaultValue("classpath:data/leaving-care-2023-24-q1.json") String dataSet) {
    // Spring binds an unset property as null; the rest of the service sees an Optional.
    this.rulesFolder = Optional.ofNullable(rulesFolder);
    this.rulesCheckInterval = rulesCheckInterval;
    this.dataSet = dataSet;
  }

  /** Returns the analyst's rule folder, or empty for the shipped rules. */
  public Optional<Path> rulesFolder() {
    return rulesFolder;
  }

  /** Returns how often the rule folder is checked for changes. */
  public Duration rulesCheckInterval() {
    return rulesCheckInterval;
  }

  /** Returns the location of the data set, such as {@code file:data.json}. */
  public String dataSet() {
    return dataSet;
  }
}
