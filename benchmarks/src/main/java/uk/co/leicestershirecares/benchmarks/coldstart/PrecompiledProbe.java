package uk.co.leicestershirecares.benchmarks.coldstart;

import uk.co.leicestershirecares.rules.CaresRules;

/**
 * Start-up probe: a new JVM's first answer from the shipped, precompiled rules ({@code
 * CaresRules.newBuilder().build()}), then exit. {@link ColdStart} times it from outside.
 */
public final class PrecompiledProbe {
  private PrecompiledProbe() {}

  /**
   * Assesses the built-in record and prints one line with the stage.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Probes.report("precompiled",
        CaresRules.newBuilder().build().assess(Probes.record(), Probes.AS_OF),
        System.out);
  }
}
