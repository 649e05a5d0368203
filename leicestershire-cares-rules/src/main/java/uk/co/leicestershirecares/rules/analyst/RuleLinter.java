package uk.co.leicestershirecares.rules.analyst;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.rules.Diagnostic;

/**
 * Checks the text of rule files (DRL) against an allow-list of the classes they may import and
 * call, so that a rule file cannot read or write files, open sockets, start processes or stop the
 * program unnoticed. It reads the text only: it never compiles or runs a rule.
 *
 * <p><b>Allowed.</b>
 * <ul>
 *   <li>the library's domain packages and every package under them: {@code
 *       uk.co.leicestershirecares.core..} (the model) and {@code uk.co.leicestershirecares.rules..}
 *       (the facts and {@code RuleFunctions}), including wildcard imports and {@code import
 *       function} / {@code import static} of their members;
 *   <li>{@code java.time} and the packages under it;
 *   <li>from {@code java.util}: the collection types and helpers {@value #JAVA_UTIL_TEXT}, named
 *       one by one ({@code import java.util.*} is not allowed, as it brings {@code Scanner} and
 *       {@code ServiceLoader} too), and the packages {@code java.util.function} and {@code
 *       java.util.stream};
 *   <li>{@code java.math.BigDecimal} and {@code java.math.BigInteger};
 *   <li>from {@code java.lang} (imported or not): everything except the classes below.
 * </ul>
 *
 * <p><b>Not allowed</b> (each use is a finding with its file, line and column):
 * <ul>
 *   <li>an {@code import}, {@code import function}, {@code import static} or fully qualified
 *       class name (in a condition, a consequence, a function or a declared type) from any other
 *       package, in particular {@code java.io}, {@code java.nio}, {@code java.net}, {@code
 *       java.lang.reflect}, {@code java.lang.invoke}, {@code java.sql}, {@code javax..}, {@code
 *       sun..}, {@code org.kie..} and {@code org.drools..};
 *   <li>the {@code java.lang} classes {@value #JAVA_LANG_TEXT}, however they are written: so
 *       {@code Runtime.getRuntime()}, {@code new ProcessBuilder(...)}, {@code System.exit(0)}
 *       (and every other use of {@code System}) and {@code Class.forName(...)} are findings;
 *   <li>the methods {@code getClass}, {@code getClassLoader} and {@code forName};
 *   <li>a {@code package} declaration in {@code java..}, {@code javax..}, {@code jdk..}, {@code
 *       sun..} or {@code com.sun..}, which would make that package's classes usable unqualified.
 * </ul>
 *
 * <p>Comments and the contents of quoted strings are ignored, so a rule's name or a comment may
 * mention anything.
 */
public final class RuleLinter {
  static final String JAVA_UTIL_TEXT = "List, Set, Map, Collection, Collections, Arrays, Objects,"
      + " Optional, OptionalInt, OptionalLong, OptionalDouble, ArrayList, LinkedList, HashMap,"
      + " HashSet, LinkedHashMap, LinkedHashSet, TreeMap, TreeSet, EnumMap, EnumSet, Comparator,"
      + " Iterator, NavigableMap, NavigableSet, SortedMap, SortedSet, Deque, ArrayDeque, Queue";
  static final String JAVA_LANG_TEXT = "Runtime, ProcessBuilder, Process, ProcessHandle, System,"
      + " Class, ClassLoader, Thread, ThreadGroup, ThreadLocal, InheritableThreadLocal,"
      + " SecurityManager, Module, ModuleLayer, Package, StackWalker";

  private static final ImmutableSet<String> JAVA_UTIL = names(JAVA_UTIL_TEXT);
  private static final ImmutableSet<String> FORBIDDEN_NAMES = ImmutableSet.<String>builder()
      .addAll(names(JAVA_LANG_TEXT)).add("getClass", "getClassLoader", "forName").build();
  private static final ImmutableList<String> DOMAIN =
      ImmutableList.of("uk.co.leicestershirecares.core", "uk.co.leicestershirecares.rules");
  private static final ImmutableList<String> FORBIDDEN_PACKAGE_PREFIXES =
      ImmutableList.of("java", "javax", "jdk", "sun", "com.sun");
  private static final String ALLOWED_TEXT = "rule files may use only the library's packages"
      + " (uk.co.leicestershirecares.core, uk.co.leicestershirecares.rules), java.time, the"
      + " java.util collections and java.lang basics";

  private static final Pattern IMPORT = Pattern.compile(
      "^\\s*import\\s+(function\\s+|static\\s+|accumulate\\s+)?([\\w$.*]+)");
  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w$.]+)");
  private static final Pattern QUALIFIED =
      Pattern.compile("(?<![\\w$.])((?:[a-z_][a-z0-9_]*\\.)+)([A-Z][\\w$]*)");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w$])[A-Za-z_][\\w$]*");
  private static final Pattern RULE_HEADER =
      Pattern.compile("(?m)^\\s*rule\\s+[\"']([^\"']+)[\"']");

  private RuleLinter() {}

  private static ImmutableSet<String> names(String text) {
    return ImmutableSet.copyOf(text.split(",\\s*"));
  }

  /**
   * Lints every {@code .drl} file under {@code folder}, in file-name order. A folder that is
   * missing or cannot be read is one finding, never an exception.
   *
   * @throws InvalidRecordException if {@code folder} is null
   */
  public static ImmutableList<Diagnostic> lint(Path folder) {
    if (folder == null) {
      throw new InvalidRecordException("folder", "folder must not be null");
    }
    if (!Files.isDirectory(folder)) {
      return ImmutableList.of(Diagnostic.of(folder.toString(), 0, 0,
          "not a folder"));
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".drl"))
          .sorted().collect(Collectors.toList());
    } catch (IOException | UncheckedIOException e) {
      return ImmutableList.of(Diagnostic.of(folder.toString(), 0, 0,
          "cannot read the folder: " + e.getMessage()));
    }
    ImmutableList.Builder<Diagnostic> findings = ImmutableList.builder();
    for (Path file : files) {
      String relative = folder.relativize(file).toString().replace('\\', '/');
      try {
        findings.addAll(lint(relative,
            new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        findings.add(Diagnostic.of(relative, 0, 0,
            "cannot read the file: " + e.getMessage()));
      }
    }
    return findings.build();
  }

  /**
   * Lints the text of one rule file, reported under the name {@code file}. Any text is accepted:
   * text that is not DRL gives findings or none, never an exception.
   *
   * @throws InvalidRecordException if an argument is null
   */
  public static ImmutableList<Diagnostic> lint(String file, String text) {
    if (file == null || text == null) {
      throw new InvalidRecordException(file == null ? "file" : "text", "must not be null");
    }
    String code = blank(text);
    List<Integer> ruleStarts = new ArrayList<>();
    List<String> ruleNames = new ArrayList<>();
    Matcher header = RULE_HEADER.matcher(text);
    while (header.find()) {
      ruleStarts.add(header.start());
      ruleNames.add(header.group(1));
    }
    ImmutableList.Builder<Diagnostic> findings = ImmutableList.builder();
    int offset = 0;
    int lineNumber = 0;
    while (offset <= code.length()) {
      int end = code.indexOf('\n', offset);
      if (end < 0) {
        end = code.length();
      }
      lineNumber++;
      String line = code.substring(offset, end);
      String rule = null;
      for (int i = 0; i < ruleStarts.size() && ruleStarts.get(i) <= offset; i++) {
        rule = ruleNames.get(i);
      }
      lintLine(file, lineNumber, line, rule, findings);
      offset = end + 1;
    }
    return findings.build();
  }

  private static void lintLine(String file, int number, String line, @Nullable String rule,
      ImmutableList.Builder<Diagnostic> findings) {
    Matcher imported = IMPORT.matcher(line);
    if (imported.find()) {
      String kind = imported.group(1) == null ? "" : imported.group(1).strip() + " ";
      String name = imported.group(2);
      boolean member = !kind.isEmpty();
      if (!allowedImport(name, member)) {
        findings.add(Diagnostic.of(file, number, imported.start(2) + 1, rule,
            "import " + kind + name + " is not allowed: " + ALLOWED_TEXT));
      }
      return;
    }
    Matcher declared = PACKAGE.matcher(line);
    if (declared.find()) {
      String name = declared.group(1);
      if (FORBIDDEN_PACKAGE_PREFIXES.stream().anyMatch(p -> inPackage(name, p))) {
        findings.add(Diagnostic.of(file, number, declared.start(1) + 1, rule,
            "package " + name + " is not allowed: rule files may not declare a package of the"
                + " Java platform"));
      }
      return;
    }
    List<int[]> reported = new ArrayList<>();
    Matcher qualified = QUALIFIED.matcher(line);
    while (qualified.find()) {
      String pkg = qualified.group(1).substring(0, qualified.group(1).length() - 1);
      String type = qualified.group(2);
      if (!allowedType(pkg, type)) {
        findings.add(Diagnostic.of(file, number, qualified.start() + 1, rule,
            pkg + "." + type + " is not allowed: " + ALLOWED_TEXT));
        reported.add(new int[] {qualified.start(), qualified.end()});
      }
    }
    Matcher identifier = IDENTIFIER.matcher(line);
    while (identifier.find()) {
      int at = identifier.start();
      if (FORBIDDEN_NAMES.contains(identifier.group())
          && reported.stream().noneMatch(r -> r[0] <= at && at < r[1])) {
        findings.add(Diagnostic.of(file, number, at + 1, rule,
            identifier.group() + " is not allowed: rule files may not use " + JAVA_LANG_TEXT
                + ", getClass, getClassLoader or forName"));
      }
    }
  }

  private static boolean inPackage(String name, String pkg) {
    return name.equals(pkg) || name.startsWith(pkg + ".");
  }

  private static boolean allowedImport(String name, boolean member) {
    String[] parts = name.split("\\.");
    int firstType = -1;
    for (int i = 0; i < parts.length; i++) {
      if (!parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0))) {
        firstType = i;
        break;
      }
    }
    if (firstType < 0) {
      // A wildcard (or member-less) import of a package.
      String pkg = name.endsWith(".*") ? name.substring(0, name.length() - 2) : name;
      return !member && (DOMAIN.stream().anyMatch(d -> inPackage(pkg, d))
          || inPackage(pkg, "java.time") || pkg.equals("java.util.function")
          || pkg.equals("java.util.stream"));
    }
    String pkg = String.join(".", Arrays.asList(parts).subList(0, firstType));
    return allowedType(pkg, parts[firstType]);
  }

  private static boolean allowedType(String pkg, String type) {
    if (DOMAIN.stream().anyMatch(d -> inPackage(pkg, d)) || inPackage(pkg, "java.time")) {
      return true;
    }
    return switch (pkg) {
      case "java.util" -> JAVA_UTIL.contains(type);
      case "java.util.function", "java.util.stream" -> true;
      case "java.math" -> type.equals("BigDecimal") || type.equals("BigInteger");
      case "java.lang" -> !FORBIDDEN_NAMES.contains(type);
      default -> false;
    };
  }

  /**
   * Returns {@code text} with comments and the contents of quoted strings replaced by spaces, line
   * breaks kept, so offsets and lines stay where they were.
   */
  static String blank(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
      if (c == '/' && next == '/' || c == '#' && lineStart(text, i)) {
        while (i < text.length() && text.charAt(i) != '\n') {
          out.append(' ');
          i++;
        }
      } else if (c == '/' && next == '*') {
        out.append("  ");
        i += 2;
        while (i < text.length() && !(text.charAt(i) == '*' && i + 1 < text.length()
            && text.charAt(i + 1) == '/')) {
          out.append(text.charAt(i) == '\n' ? '\n' : ' ');
          i++;
        }
        int closing = Math.min(2, text.length() - i);
        out.append(" ".repeat(closing));
        i += closing;
      } else if (c == '"' || c == '\'') {
        out.append(c);
        i++;
        while (i < text.length() && text.charAt(i) != c && text.charAt(i) != '\n') {
          if (text.charAt(i) == '\\' && i + 1 < text.length() && text.charAt(i + 1) != '\n') {
            out.append("  ");
            i += 2;
          } else {
            out.append(' ');
            i++;
          }
        }
        if (i < text.length() && text.charAt(i) == c) {
          out.append(c);
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean lineStart(String text, int at) {
    for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
