package uk.co.leicestershirecares.examples.spark;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import uk.co.leicestershirecares.core.policy.Policy;

/**
 * One policy per JVM and per {@link PolicyChoice}, built the first time a task of that JVM asks
 * for it and shared by every task and thread after it.
 *
 * <p>Why a static holder and not a field of the function Spark ships: Spark serializes a task's
 * function and deserializes it again in every task, so a policy held by the function would be
 * sent from the driver and rebuilt per task (and a Drools rule base is neither small nor meant to
 * be serialized). A class's static state is loaded once per executor JVM instead, and both
 * policies are thread-safe, so the executor's task threads share it. The functions carry only the
 * {@code PolicyChoice}.
 */
public final class ExecutorPolicies {
  private static final Map<PolicyChoice, Policy> POLICIES = new ConcurrentHashMap<>();
  private static final Map<PolicyChoice, AtomicInteger> BUILDS = new EnumMap<>(PolicyChoice.class);

  static {
    for (PolicyChoice choice : PolicyChoice.values()) {
      BUILDS.put(choice, new AtomicInteger());
    }
  }

  private ExecutorPolicies() {}

  /** Returns this JVM's policy of {@code choice}, building it if no task has yet. */
  public static Policy get(PolicyChoice choice) {
    // computeIfAbsent runs the build once: concurrent first tasks wait for it.
    return POLICIES.computeIfAbsent(choice, c -> {
      BUILDS.get(c).incrementAndGet();
      return c.build();
    });
  }

  /**
   * Returns how many times this JVM built a policy of {@code choice}: 0 or 1 whatever the number
   * of records, partitions and tasks (the tests check it).
   */
  public static int builds(PolicyChoice choice) {
    return BUILDS.get(choice).get();
  }
}
