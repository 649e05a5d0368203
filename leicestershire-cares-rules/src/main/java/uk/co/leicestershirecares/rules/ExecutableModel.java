package uk.co.leicestershirecares.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * Builds the shipped rule base straight from the executable-model classes kie-maven-plugin
 * generated, named in the index {@link #INDEX}: one class name a line after a {@code
 * Drools-Model-Version:} line.
 *
 * <p>Why not {@code KieServices.newKieClasspathContainer}: the container scans the class path for
 * every {@code kmodule.xml}, parses them, and builds a {@code KnowledgeBuilderConfiguration} that
 * loads the DRL parser even though nothing is parsed; that was a large part of a new JVM's time
 * to its first answer (benchmarks/COLDSTART.md), and kept the DRL parser, ANTLR
 * and friends on the run-time class path. The kbase in {@code META-INF/kmodule.xml} sets no
 * options, so the default configuration used here builds the same rule base.
 */
final class ExecutableModel {
  /** Where kie-maven-plugin lists the model classes of this artifact. */
  static final String INDEX =
      "META-INF/kie/uk.co.leicestershirecares/leicestershire-cares-rules/drools-model";
  static final String MISSING = "the precompiled rules (Drools executable model) are missing"
      + " from the leicestershire-cares-rules jar; rebuild it with 'clean'";

  private ExecutableModel() {}

  /**
   * Returns the rule base of the models listed in {@link #INDEX} on {@code loader}.
   *
   * @throws IllegalStateException if the index or a model class is missing
   */
  static KieBase load(ClassLoader loader) {
    List<Model> models = new ArrayList<>();
    for (String name : modelClassNames(loader)) {
      models.add(instantiate(name, loader));
    }
    if (models.isEmpty()) {
      throw new IllegalStateException(MISSING);
    }
    return KieBaseBuilder.createKieBaseFromModel(models);
  }

  /** Returns the class names in the index, or none when there is no index. */
  static List<String> modelClassNames(ClassLoader loader) {
    String index;
    try (InputStream in = loader.getResourceAsStream(INDEX)) {
      if (in == null) {
        return List.of();
      }
      index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + INDEX, e);
    }
    List<String> names = new ArrayList<>();
    for (String line : index.split("\\R")) {
      String name = line.strip();
      // The first line is "Drools-Model-Version:10.2.0"; class names hold no colon.
      if (!name.isEmpty() && name.indexOf(':') < 0) {
        names.add(name);
      }
    }
    return names;
  }

  private static Model instantiate(String name, ClassLoader loader) {
    try {
      return (Model) Class.forName(name, true, loader).getConstructor().newInstance();
    } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException
        | IllegalAccessException | ClassCastException e) {
      throw new IllegalStateException(MISSING, e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("the precompiled rules' model " + name
          + " failed to start", e.getCause());
    }
  }
}
