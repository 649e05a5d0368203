package uk.co.leicestershirecares.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: no {@code Optional} parameters in the main code of any module (Effective Java, Item
 * 55). A method, constructor, record component or typed lambda parameter takes a {@code @Nullable}
 * value or comes as overloads; {@code Optional} stays for return values. Error Prone has no check
 * for it, so this test reads the sources of every module (comments and string literals left out)
 * and names each parameter it finds.
 */
final class NoOptionalParametersTest {
  /** {@code Optional<T> name} followed by a comma or a closing parenthesis: a parameter. */
  private static final Pattern PARAMETER = Pattern.compile(
      "\\bOptional<(?:[^<>]|<(?:[^<>]|<[^<>]*>)*>)*>\\s+[A-Za-z_$][\\w$]*\\s*[,)]");

  @Test
  void noMainSourceTakesAnOptionalParameter() throws IOException {
    Path root = root();
    List<String> found = new ArrayList<>();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(root)) {
      sources = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> root.relativize(p).toString().replace('\\', '/')
              .matches("(.*/)?src/main/java/.*"))
          .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
          .sorted()
          .toList();
    }
    for (Path source : sources) {
      String relative = root.relativize(source).toString().replace('\\', '/');
      String code = codeOnly(Files.readString(source));
      Matcher m = PARAMETER.matcher(code);
      while (m.find()) {
        found.add(relative + ":" + lineOf(code, m.start()) + ": " + m.group().strip());
      }
    }
    assertThat(sources).as("main sources under %s", root).hasSizeGreaterThan(100);
    assertThat(found).as("Optional parameters (take a @Nullable value or add an overload)")
        .isEmpty();
  }

  @Test
  void theScanFindsParametersAndIgnoresReturnTypesFieldsAndComments() {
    String code = codeOnly("""
        class A {
          // Optional<String> commented,
          /** Takes {@code Optional<String> documented)}. */
          private final Optional<String> field;
          Optional<Map<String, List<Integer>>> returned(int a) { return x; }
          String text = "Optional<String> quoted)";
          void f(Optional<String> one, int two) {}
          void g(int two,
              Optional<Map<String, Integer>> three) {}
          A(List<Optional<String>> list) {}
        }
        """);
    List<String> found = new ArrayList<>();
    Matcher m = PARAMETER.matcher(code);
    while (m.find()) {
      found.add(lineOf(code, m.start()) + ": " + m.group().replaceAll("\\s+", " "));
    }
    assertThat(found).containsExactly("7: Optional<String> one,",
        "9: Optional<Map<String, Integer>> three)");
  }

  /** The repository's root: the nearest folder up from the working directory with a mvnw. */
  private static Path root() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve(
          "leicestershire-cares-core"))) {
        return p;
      }
    }
    throw new UncheckedIOException(new IOException("no repository root above "
        + Path.of("").toAbsolutePath()));
  }

  /** {@code text} with comments and string and character literals blanked, lines kept. */
  private static String codeOnly(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end;
      if (text.startsWith("//", i)) {
        end = text.indexOf('\n', i);
        end = end < 0 ? text.length() : end;
      } else if (text.startsWith("/*", i)) {
        end = text.indexOf("*/", i + 2);
        end = end < 0 ? text.length() : end + 2;
      } else if (text.startsWith("\"\"\"", i)) {
        end = text.indexOf("\"\"\"", i + 3);
        end = end < 0 ? text.length() : end + 3;
      } else if (c == '"' || c == '\'') {
        end = i + 1;
        while (end < text.length() && text.charAt(end) != c && text.charAt(end) != '\n') {
          end += text.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end + 1, text.length());
      } else {
        out.append(c);
        i++;
        continue;
      }
      for (int j = i; j < end; j++) {
        out.append(text.charAt(j) == '\n' ? '\n' : ' ');
      }
      i = end;
    }
    return out.toString();
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
