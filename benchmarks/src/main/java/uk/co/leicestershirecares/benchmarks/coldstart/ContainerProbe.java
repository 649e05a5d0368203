package uk.co.leicestershirecares.benchmarks.coldstart;

import java.lang.reflect.Method;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.rules.DroolsPolicy;

/**
 * Start-up probe: the first answer from the shipped precompiled rules loaded the way {@code
 * DroolsPolicy.shipped()} loaded them before the cold-start work, through a class-path {@code
 * KieContainer} (kmodule.xml scanning and parsing, a knowledge-builder configuration), so that
 * the old and new loading paths can be timed side by side in one run. The rule base is handed to
 * {@code DroolsPolicy} through its package-private factory (reflection: a measuring tool, not an
 * API), so everything after loading is the same code as {@link PrecompiledProbe}'s.
 */
public final class ContainerProbe {
  private ContainerProbe() {}

  /**
   * Assesses the built-in record and prints one line with the stage.
   *
   * @param args none
   * @throws ReflectiveOperationException if DroolsPolicy's factory has changed
   */
  public static void main(String[] args) throws ReflectiveOperationException {
    KieBase base = KieServices.get()
        .newKieClasspathContainer("coldstart-container-probe",
            DroolsPolicy.class.getClassLoader())
        .getKieBase("leicestershire-cares-policy");
    Method of = DroolsPolicy.class.getDeclaredMethod("of", KieBase.class,
        PolicyParameters.class, ProgrammeCatalogue.class);
    of.setAccessible(true);
    DroolsPolicy policy = (DroolsPolicy) of.invoke(null, base, PolicyParameters.defaults(),
        ProgrammeCatalogue.standard());
    Probes.report("container", policy.assess(Probes.record(), Probes.AS_OF), System.out);
  }
}
