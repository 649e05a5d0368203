package uk.co.leicestershirecares.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An application that runs only the shipped, precompiled rules carries neither the run-time
 * compiler, nor the decision-table reader, nor Jackson: the rules module declares them optional.
 * This runs the shipped rules in a class loader without those jars (and without the test
 * libraries), and checks that loading a rule folder there says which dependency to add.
 */
final class EmbedderClassPathTest {
  // Exactly the jars the rules module's own class path has and a consumer's does not (measured
  // with dependency:build-classpath on a project that depends on the rules jar): the optional
  // dependencies with what only they bring, and the test libraries.
  private static final Pattern NOT_AN_EMBEDDERS = Pattern.compile(
      ".*/(drools-model-codegen|drools-codegen-common|drools-model-prototype|drools-mvel-parser"
          + "|drools-mvel-compiler|javaparser-core|drools-decisiontables|drools-templates|mvel2"
          + "|jackson-annotations|jackson-core|jackson-databind|leicestershire-cares-json"
          + "|leicestershire-cares-testing|leicestershire-cares-policy-contract|junit-[a-z-]+"
          + "|opentest4j|apiguardian-api|assertj-core|byte-buddy|quicktheories|jazzer[a-z-]*"
          + "|slf4j-simple)-[^/]*\\.jar");

  @Test
  void theShippedRulesRunWithoutTheAnalystToolsDependencies() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!NOT_AN_EMBEDDERS.matcher(entry.replace('\\', '/')).matches()) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    try (URLClassLoader embedder =
        new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(
          () -> embedder.loadClass("org.drools.model.codegen.ExecutableModelProject"))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> embedder.loadClass("com.fasterxml.jackson.databind.ObjectMapper"))
          .isInstanceOf(ClassNotFoundException.class);

      ClassLoader previous = Thread.currentThread().getContextClassLoader();
      Thread.currentThread().setContextClassLoader(embedder);
      String answer;
      try {
        @SuppressWarnings("unchecked")
        Callable<String> probe = (Callable<String>) embedder
            .loadClass(EmbedderProbe.class.getName()).getConstructor().newInstance();
        answer = probe.call();
      } finally {
        Thread.currentThread().setContextClassLoader(previous);
      }

      assertThat(answer).startsWith("ELIGIBLE\n").contains("loading a rule folder needs"
          + " org.drools:drools-model-codegen on the class path (an optional dependency of"
          + " leicestershire-cares-rules)");
    }
  }
}
