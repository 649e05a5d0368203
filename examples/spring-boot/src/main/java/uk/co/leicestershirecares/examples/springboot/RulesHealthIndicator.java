package uk.co.leicestershirecares.examples.springboot;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code rules} component of {@code /actuator/health}: where the rules come from ({@code
 * shipped} or {@code folder}), their {@code version} (it goes up each time an analyst's edit is
 * taken up) and, after an edit that was refused, {@code lastRejection}. Refused edits leave the
 * service up: the previous rules keep answering.
 */
@Component
class RulesHealthIndicator implements HealthIndicator {
  private final SharedRules rules;

  RulesHealthIndicator(SharedRules rules) {
    this.rules = rules;
  }

  @Override
  public Health health() {
    Health.Builder health = Health.up()
        .withDetail("source", rules.fromFolder() ? "folder" : "shipped")
        .withDetail("version", rules.version());
    rules.lastRejection().ifPresent(reason -> health.withDetail("lastRejection", reason));
    return health.build();
  }
}
