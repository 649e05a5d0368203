package uk.co.leicestershirecares.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading records never builds jackson-databind's {@code ObjectMapper}, which only the writers
 * need: a program that only reads (the CLI's {@code assess}) does not pay for loading it. Each
 * test runs the json module and Jackson in a class loader of their own, so what was loaded
 * there is what the call loaded.
 */
final class ReadingLoadsNoMapperTest {
  private static final String RECORD = "{\"id\": \"P-1\", \"homeArea\": \"RUTLAND\"}";
  private static final String RECORD_TYPE =
      "uk.co.leicestershirecares.core.participant.ParticipantRecord";
  private static final String MAPPER = "com.fasterxml.jackson.databind.ObjectMapper";

  @Test
  void readRecord_loadsNoObjectMapper() throws Exception {
    try (Isolated loader = new Isolated()) {
      Class<?> json = Class.forName(CaresJson.class.getName(), true, loader);
      Object record = json.getMethod("readRecord", String.class).invoke(null, RECORD);

      assertThat(Class.forName(RECORD_TYPE, false, loader).isInstance(record)).isTrue();
      assertThat(loader.hasLoaded(MAPPER)).isFalse();
    }
  }

  @Test
  void writing_stillLoadsTheMapper() throws Exception {
    // The check above must be able to see a loaded mapper: a write loads it.
    try (Isolated loader = new Isolated()) {
      Class<?> json = Class.forName(CaresJson.class.getName(), true, loader);
      Object record = json.getMethod("readRecord", String.class).invoke(null, RECORD);
      json.getMethod("writeRecord", Class.forName(RECORD_TYPE, false, loader))
          .invoke(null, record);

      assertThat(loader.hasLoaded(MAPPER)).isTrue();
    }
  }

  /** Loads every class of the test's class and module paths itself, none from its parent. */
  private static final class Isolated extends URLClassLoader {
    Isolated() throws MalformedURLException {
      super(paths(), ClassLoader.getPlatformClassLoader());
    }

    boolean hasLoaded(String name) {
      return findLoadedClass(name) != null;
    }

    private static URL[] paths() throws MalformedURLException {
      List<URL> urls = new ArrayList<>();
      for (String property : List.of("jdk.module.path", "java.class.path")) {
        String value = System.getProperty(property, "");
        for (String entry : value.split(File.pathSeparator)) {
          if (!entry.isEmpty()) {
            urls.add(Path.of(entry).toUri().toURL());
          }
        }
      }
      return urls.toArray(URL[]::new);
    }
  }
}
