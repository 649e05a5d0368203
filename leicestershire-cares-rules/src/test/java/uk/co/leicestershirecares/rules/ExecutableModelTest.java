package uk.co.leicestershirecares.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.rule.Rule;

/**
 * Loading the shipped rules straight from the executable-model classes: the rule base has the
 * same rules as the one the class-path container builds from {@code kmodule.xml} (the answers are
 * pinned by the differential and seed-sentence tests), and a jar without the precompiled model
 * still fails with the message that says to rebuild it.
 */
final class ExecutableModelTest {
  @Test
  void load_hasTheSameRulesAsTheClassPathContainer() {
    ClassLoader loader = DroolsPolicy.class.getClassLoader();
    KieBase container = KieServices.get()
        .newKieClasspathContainer("executable-model-test", loader)
        .getKieBase(DroolsPolicy.KBASE);
    assertThat(ruleNames(ExecutableModel.load(loader)))
        .isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(ruleNames(container));
  }

  @Test
  void modelClassNames_skipsTheVersionLine() {
    List<String> names = ExecutableModel.modelClassNames(DroolsPolicy.class.getClassLoader());
    assertThat(names).hasSize(1);
    assertThat(names.get(0)).startsWith("uk.co.leicestershirecares.rules.Rules");
  }

  @Test
  void load_withoutTheModelIndex_saysToRebuild() {
    assertThatThrownBy(() -> ExecutableModel.load(new HidingLoader(null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("precompiled rules (Drools executable model) are missing")
        .hasMessageContaining("rebuild it with 'clean'");
  }

  @Test
  void load_withTheModelClassMissing_saysToRebuild() {
    ClassLoader parent = DroolsPolicy.class.getClassLoader();
    ClassLoader noModel = new HidingLoader(parent) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith("uk.co.leicestershirecares.rules.Rules")) {
          throw new ClassNotFoundException(name);
        }
        return super.loadClass(name, resolve);
      }
    };
    assertThatThrownBy(() -> ExecutableModel.load(noModel))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rebuild it with 'clean'");
  }

  private static List<String> ruleNames(KieBase base) {
    return base.getKiePackages().stream().flatMap(p -> p.getRules().stream())
        .map(Rule::getName).sorted().toList();
  }

  /** Hides the model index when it has no parent; with one, delegates everything to it. */
  private static class HidingLoader extends ClassLoader {
    HidingLoader(ClassLoader parent) {
      super(parent);
    }

    @Override
    public URL getResource(String name) {
      return getParent() == null ? null : getParent().getResource(name);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      return getParent() == null ? null : getParent().getResourceAsStream(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return getParent() == null ? Collections.emptyEnumeration() : getParent().getResources(name);
    }
  }
}
