package uk.co.leicestershirecares.examples.spark;

import java.util.Locale;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.rules.CaresRules;

/**
 * Which engine assesses the records: the shipped Drools rules (the default) or the plain-Java
 * reference policy, which gives the same answers and is the library's oracle. The job's {@code
 * --policy drools|reference} switch.
 */
public enum PolicyChoice {
  /** The shipped, precompiled Drools rules: {@code CaresRules.newBuilder().build()}. */
  DROOLS,
  /** The plain-Java reference policy: {@link ReferencePolicy#withDefaults()}. */
  REFERENCE;

  /**
   * Builds a new policy of this kind. Building the Drools one loads a rule base (about a second),
   * so the job calls this through {@link ExecutorPolicies}, once per JVM.
   */
  Policy build() {
    return switch (this) {
      case DROOLS -> CaresRules.newBuilder().build();
      case REFERENCE -> ReferencePolicy.withDefaults();
    };
  }

  /**
   * Returns the choice named {@code name}, {@code drools} or {@code reference}, in any case.
   *
   * @throws IllegalArgumentException if it is neither
   */
  public static PolicyChoice parse(String name) {
    for (PolicyChoice choice : values()) {
      if (choice.name().equalsIgnoreCase(name)) {
        return choice;
      }
    }
    throw new IllegalArgumentException(
        "--policy must be drools or reference, not " + name.toLowerCase(Locale.ROOT));
  }
}
