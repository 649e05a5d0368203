package uk.co.leicestershirecares.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.DroolsPolicy;
import uk.co.leicestershirecares.rules.RuleFolder;

/**
 * Retained heap of loaded rule bases, measured as the growth of the used heap after full
 * collections, in a JVM of its own ({@code run.sh} starts it with {@code -XX:+UseSerialGC}, whose
 * collections are complete and stop the world, so "used after GC" is the live set).
 *
 * <p>Prints one CSV line per measurement, {@code memory,<what>,<bytes>}:
 *
 * <ul>
 *   <li>{@code shipped-first}: the first {@code CaresRules.newBuilder().build()} and one
 *       assessment with it: the rule base plus what Drools keeps in static caches once it has
 *       started;
 *   <li>{@code shipped-each-more}: each further rule base of the same precompiled rules, built as
 *       {@code build()} builds its one: the marginal cost of one more rule base;
 *   <li>{@code folder-each-more}: each further rule base compiled at run time from a folder of the
 *       same rules ({@code RuleFolder}), which also keeps its generated classes;
 *   <li>{@code session}: one idle session of the shipped rules;
 *   <li>{@code reference}: one {@code ReferencePolicy}, for comparison.
 * </ul>
 */
public final class Footprint {
  private static final int MORE = 3;

  private Footprint() {}

  public static void main(String[] args) {
    ParticipantRecord record = Population.of(1).get(0);
    List<Object> held = new ArrayList<>();

    long before = liveBytes();
    ReferencePolicy reference = ReferencePolicy.withDefaults();
    held.add(reference.assess(record, Population.AS_OF));
    held.add(reference);
    print("reference", liveBytes() - before);

    before = liveBytes();
    DroolsPolicy shipped = CaresRules.newBuilder().build();
    held.add(shipped.assess(record, Population.AS_OF));
    held.add(shipped);
    print("shipped-first", liveBytes() - before);

    before = liveBytes();
    for (int i = 0; i < MORE; i++) {
      held.add(shippedRuleBase());
    }
    print("shipped-each-more", (liveBytes() - before) / MORE);

    before = liveBytes();
    KieBase last = (KieBase) held.get(held.size() - 1);
    KieSession session = last.newKieSession();
    held.add(session);
    print("session", liveBytes() - before);

    Path folder = ShippedRules.copyToTemporaryFolder();
    held.add(CaresRules.newBuilder().load(folder).policy().orElseThrow());
    before = liveBytes();
    for (int i = 0; i < MORE; i++) {
      held.add(CaresRules.newBuilder().load(folder).policy().orElseThrow());
    }
    print("folder-each-more", (liveBytes() - before) / MORE);

    // Keeps everything measured reachable to the end.
    if (held.size() < 2 * MORE) {
      throw new AssertionError(held.size());
    }
    session.dispose();
  }

  /**
   * A new rule base of the shipped precompiled rules, built as {@code
   * CaresRules.newBuilder().build()} builds its one: from the model classes listed in the rules jar's index.
   */
  static KieBase shippedRuleBase() {
    String index = "META-INF/kie/uk.co.leicestershirecares/leicestershire-cares-rules/drools-model";
    ClassLoader loader = DroolsPolicy.class.getClassLoader();
    List<Model> models = new ArrayList<>();
    try (InputStream in = loader.getResourceAsStream(index)) {
      if (in == null) {
        throw new IllegalStateException("the rules jar has no " + index);
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        // The first line is "Drools-Model-Version:..."; class names hold no colon.
        if (!line.isBlank() && line.indexOf(':') < 0) {
          models.add((Model) Class.forName(line.strip(), true, loader)
              .getConstructor().newInstance());
        }
      }
    } catch (IOException | ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build the shipped rule base", e);
    }
    return KieBaseBuilder.createKieBaseFromModel(models);
  }

  private static void print(String what, long bytes) {
    System.out.println("memory," + what + "," + bytes);
  }

  private static long liveBytes() {
    long used = Long.MAX_VALUE;
    // Finalizers and reference processing can free more on a second pass; take the lowest.
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used,
          ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
