package uk.co.leicestershirecares.benchmarks.coldstart;

import uk.co.leicestershirecares.core.policy.ReferencePolicy;

/**
 * Start-up probe: a new JVM's first answer from the plain-Java {@code ReferencePolicy} (no
 * Drools), the floor the rule engine's start-up is compared with.
 */
public final class ReferenceProbe {
  private ReferenceProbe() {}

  /**
   * Assesses the built-in record and prints one line with the stage.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Probes.report("reference",
        ReferencePolicy.withDefaults().assess(Probes.record(), Probes.AS_OF), System.out);
  }
}
