package uk.co.leicestershirecares.rules.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.codegen.ExecutableModelProject;
import org.jspecify.annotations.Nullable;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.Message;
import uk.co.leicestershirecares.rules.Diagnostic;

/**
 * Turns what Drools reports about a folder of rule files into one {@link Diagnostic} per problem,
 * each at the rule file, line and rule it came from.
 *
 * <p>Drools compiles DRL in two steps, and a mistake surfaces in either. The DRL parser and the
 * executable model's generator report against the rule file, but sometimes without a line, with a
 * parser stack trace in the text ({@code Unable to parse consequence}), or by throwing. The Java
 * compiler then reports against the Java classes the generator wrote (a class per rule file, a
 * class per consequence), with the whole generated class in a second message. An analyst wrote
 * none of that Java, so each of those problems is traced back here: the generated line is looked
 * for in the consequences and functions of the rule files, and the problem is reported where it
 * was found, with only the compiler's first line as the message.
 *
 * <p>A diagnostic's message starts {@code rule "name": } when the problem is inside a rule, so
 * that its one-line {@code toString()} ({@code file:line:column: rule "name": message}) names the
 * rule; {@link Diagnostic#rule()} names it too.
 */
public final class CompilerMessages {
  private static final String RESOURCES = "src/main/resources/";
  private static final String JAVA_SOURCE = "Java source of ";
  private static final String DROOLS = "drools.";
  private static final String NULL_PACKAGE = "Parser returned a null Package";
  private static final Pattern PARSER_ERROR =
      Pattern.compile("^\\[ERR \\d+\\] Line (\\d+):(\\d+) (.*)$");
  private static final Pattern IN_RULE = Pattern.compile(" in rule \"([^\"]+)\"");
  private static final Pattern ON_RULE = Pattern.compile(" on rule '([^']+)'\\.?");
  private static final Pattern RULE_NAME = Pattern.compile("[Rr]ule(?: name)?[ :=]*\"([^\"]+)\"");
  private static final Pattern CONSEQUENCE = Pattern.compile("^Unable to parse consequence"
      + " caused by: \\(line (\\d+),col (\\d+)\\) (.*?)(?:, expected.*)?$");
  private static final Pattern FOUND = Pattern.compile("Found \"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern HEADER = Pattern.compile(
      "(?m)^[ \\t]*(rule|function|query|declare)\\b[ \\t]*(?:\"([^\"]+)\"|'([^']+)'|([^\\s(]+))?");
  private static final Pattern FUNCTION_NAME = Pattern.compile("(\\w+)\\s*\\(");
  private static final Pattern THEN = Pattern.compile("(?m)^[ \\t]*then\\b");
  private static final Pattern END = Pattern.compile("(?m)^[ \\t]*end\\b[ \\t]*(?://.*)?$");
  private static final Pattern GENERATED = Pattern.compile(
      "\\b(?:[\\w.]*\\.)?(?:Rules|Lambda\\w*|DomainClassesMetadata)[0-9A-F]{32}\\w*\\b");
  private static final Pattern FOR_GENERATED_TYPE = Pattern.compile(
      " for the type (?:[\\w.]*\\.)?(?:Rules|Lambda\\w*|DomainClassesMetadata)[0-9A-F]{32}\\w*");
  private static final Pattern JAVA_METHOD = Pattern.compile(
      "^\\s*(?:public|private|protected)\\s+(?:static\\s+)?(?:final\\s+)?[\\w.<>\\[\\], ?]+?\\s+"
      + "(\\w+)\\s*\\([^;]*$");
  private static final Pattern D_RULE = Pattern.compile("D\\.rule\\(\"[^\"]*\",\\s*\"([^\"]+)\"");
  // Names in a compiler message that the analyst wrote: the method, variable or type in error.
  private static final Pattern[] NAMED = {
    Pattern.compile("[Tt]he method (\\w+)\\("),
    Pattern.compile("[Tt]he constructor ([\\w.]+)\\("),
    Pattern.compile("^(\\S+) cannot be resolved"),
    Pattern.compile("[Mm]ethod (\\w+) on class"),
    Pattern.compile("'([^']+)'"),
    Pattern.compile("(\"[^\"]+\")"),
    Pattern.compile(": (.+)$"),
  };

  private CompilerMessages() {}

  /**
   * Builds {@code builder}'s rule files into the executable model and returns their problems,
   * empty when they compiled. A mistake Drools reports by throwing (an unknown accumulate
   * parameter, a comparison with text where a number is needed) is a problem too.
   *
   * @param texts each rule file's text as compiled, by its name relative to the folder
   * @param writtenAs each file's path in the builder, under {@code src/main/resources/}, to its
   *     name relative to the folder
   */
  public static ImmutableList<Diagnostic> build(
      KieBuilder builder, Map<String, String> texts, Map<String, String> writtenAs) {
    List<Message> errors;
    try {
      errors = builder.buildAll(ExecutableModelProject.class).getResults()
          .getMessages(Message.Level.ERROR);
    } catch (RuntimeException e) {
      // The generator throws for some DRL mistakes instead of reporting them.
      return ImmutableList.of(thrown(e, texts));
    }
    return diagnostics(errors, texts, writtenAs);
  }

  /**
   * Returns one diagnostic per problem in {@code errors}, each at a rule file; messages that only
   * repeat another (the generated source of a class in error, the parser's "null package") are
   * left out.
   *
   * @param texts each rule file's text as compiled, by its name relative to the folder
   * @param writtenAs each file's path under {@code src/main/resources/} to its relative name
   */
  public static ImmutableList<Diagnostic> diagnostics(
      List<Message> errors, Map<String, String> texts, Map<String, String> writtenAs) {
    Map<String, String> generated = new HashMap<>();
    for (Message message : errors) {
      String text = text(message);
      if (text.startsWith(JAVA_SOURCE) && text.contains("\n")) {
        generated.put(path(message, writtenAs), text.substring(text.indexOf('\n') + 1));
      }
    }
    Map<String, Diagnostic> unique = new LinkedHashMap<>();
    for (Message message : errors) {
      String text = text(message);
      String path = path(message, writtenAs);
      if (text.startsWith(JAVA_SOURCE) || text.startsWith(NULL_PACKAGE) && errors.size() > 1) {
        continue;
      }
      List<Diagnostic> found = path.endsWith(".java")
          ? fromGenerated(message, generated.get(path), texts)
          : List.of(fromRuleFile(path, message, texts));
      // The same problem is reported once per class that shares the code in error.
      found.forEach(d -> unique.putIfAbsent(d.toString(), d));
    }
    return ImmutableList.copyOf(unique.values());
  }

  /**
   * Returns the diagnostic for a mistake the generator reported by throwing {@code e}: at the
   * first place in {@code texts} where the name it complains about is written.
   */
  public static Diagnostic thrown(RuntimeException e, Map<String, String> texts) {
    String message = firstLine(e.getMessage() == null ? "" : e.getMessage());
    if (e instanceof NumberFormatException) {
      message = message.replace("For input string: ", "not a number: ");
    }
    Optional<Diagnostic> at = findNamed(message, texts, message);
    if (at.isPresent()) {
      return at.get();
    }
    return Diagnostic.of(onlyFile(texts), 0, 0,
        lowerFirst(message.isEmpty() ? e.getClass().getSimpleName() : message));
  }

  private static String text(Message message) {
    return message.getText() == null ? "" : message.getText().strip();
  }

  private static String path(Message message, Map<String, String> writtenAs) {
    String path = message.getPath() == null ? "" : message.getPath();
    if (path.startsWith(RESOURCES)) {
      path = path.substring(RESOURCES.length());
    }
    return writtenAs.getOrDefault(path, path);
  }

  // A problem the DRL parser or the model generator found, reported against the rule file.
  private static Diagnostic fromRuleFile(
      String path, Message message, Map<String, String> texts) {
    String text = firstLine(text(message));
    String file = texts.getOrDefault(path, "");
    int line = message.getLine();
    int column = message.getColumn();
    Optional<String> rule = Optional.empty();
    Matcher parser = PARSER_ERROR.matcher(text);
    Matcher consequence = CONSEQUENCE.matcher(text);
    if (parser.matches()) {
      line = Integer.parseInt(parser.group(1));
      column = Integer.parseInt(parser.group(2)) + 1;
      text = parser.group(3);
    } else if (consequence.matches()) {
      Optional<Section> section = sections(file).stream()
          .filter(s -> s.rule() && lineOf(file, s.start()) == message.getLine()).findFirst();
      if (section.isPresent()) {
        rule = Optional.of(section.get().name());
        int then = then(file, section.get());
        // Drools parses the consequence as a block opened on the "then" line.
        line = lineOf(file, then) + Integer.parseInt(consequence.group(1)) - 1;
        column = tokenColumn(file, line, consequence.group(3));
      }
      Matcher found = FOUND.matcher(consequence.group(3));
      text = "syntax error in the consequence"
          + (found.find() ? ": unexpected \"" + found.group(1) + "\"" : "");
    }
    Matcher named = IN_RULE.matcher(text);
    Matcher on = ON_RULE.matcher(text);
    if (named.find()) {
      rule = Optional.of(named.group(1));
      text = named.replaceAll("");
    } else if (on.find()) {
      rule = Optional.of(on.group(1));
      text = on.replaceAll("");
    } else if (rule.isEmpty()) {
      Matcher quoted = RULE_NAME.matcher(text);
      if (quoted.find()) {
        rule = Optional.of(quoted.group(1));
      }
    }
    if (rule.isPresent()) {
      Optional<Section> section = section(file, rule.get());
      if (section.isPresent() && !END.matcher(section.get().text(file)).find()) {
        // The parser stops somewhere after a rule that is never closed; the rule is the mistake.
        return diagnostic(path, lineOf(file, section.get().start()), 1, rule.get(),
            "the rule has no \"end\" (the parser stopped at line " + line + ": " + text + ")");
      }
    }
    if (line <= 0 || rule.isPresent() && !file.isEmpty() && !parser.matches()
        && !consequence.matches()) {
      // No line, or only the rule's: find the name the message is about in the file.
      Map<String, String> one = Map.of(path, file);
      Optional<Diagnostic> at = rule.isPresent()
          ? findNamedIn(path, file, section(file, rule.get()).orElse(null), text, text)
          : findNamed(text, one, text);
      if (at.isPresent()) {
        return at.get();
      }
    }
    if (rule.isEmpty() && line > 0) {
      rule = enclosing(file, offsetOf(file, line)).map(Section::name);
    }
    if (line <= 0 && rule.isPresent()) {
      line = section(file, rule.get()).map(s -> lineOf(file, s.start())).orElse(0);
    }
    return diagnostic(path, line, column, rule.orElse(null), text);
  }

  // A problem the Java compiler found in generated code: traced back to the rule file.
  private static List<Diagnostic> fromGenerated(
      Message message, @Nullable String source, Map<String, String> texts) {
    String text = GENERATED.matcher(
        FOR_GENERATED_TYPE.matcher(firstLine(text(message))).replaceAll("")).replaceAll("the rule");
    String[] lines = source == null ? new String[0] : source.split("\n", -1);
    int at = message.getLine() - 1;
    if (at < 0 || at >= lines.length) {
      return List.of(fallback(text, texts, null));
    }
    String wrong = lines[at];
    Optional<String> rule = Optional.empty();
    Optional<String> function = Optional.empty();
    String name = message.getPath() == null ? "" : message.getPath();
    name = name.substring(name.lastIndexOf('/') + 1);
    if (!name.startsWith("Lambda")) {
      for (int i = at; i >= 0; i--) {
        Matcher method = JAVA_METHOD.matcher(lines[i]);
        if (method.find() && !lines[i].contains(" new ")) {
          if (method.group(1).startsWith("rule_")) {
            StringBuilder body = new StringBuilder();
            for (int j = i; j < lines.length && j <= at + 50; j++) {
              body.append(lines[j]).append('\n');
            }
            Matcher declared = D_RULE.matcher(body);
            rule = declared.find() ? Optional.of(declared.group(1)) : Optional.empty();
          } else {
            function = Optional.of(method.group(1));
          }
          break;
        }
      }
    }
    // Every consequence that holds the generated line (one lambda may serve several rules).
    List<Diagnostic> found = new ArrayList<>();
    int best = 0;
    for (Map.Entry<String, String> entry : new TreeMap<>(texts).entrySet()) {
      String file = entry.getValue();
      for (Section section : sections(file)) {
        boolean wanted = function.isPresent() ? !section.rule()
            && section.name().equals(function.get())
            : section.rule() && rule.map(section.name()::equals).orElse(true);
        if (!wanted) {
          continue;
        }
        int from = section.rule() ? Math.max(then(file, section), section.start())
            : section.start();
        Optional<int[]> match = locate(file, from, section.end(), wrong, text);
        if (match.isEmpty()) {
          continue;
        }
        // Of several rules, those whose whole consequence is the generated one.
        int score = score(file, from, section.end(), lines);
        if (score > best) {
          found.clear();
          best = score;
        }
        if (score == best) {
          found.add(diagnostic(entry.getKey(), lineOf(file, match.get()[0]),
              columnOf(file, match.get()[0]),
              section.rule() ? section.name() : null,
              section.rule() ? text : "function " + section.name() + ": " + lowerFirst(text)));
        }
      }
    }
    if (!found.isEmpty()) {
      return found;
    }
    return List.of(fallback(text, texts, rule.orElse(null)));
  }

  // Where the name the message is about is written; else the only file, without a line.
  private static Diagnostic fallback(
      String text, Map<String, String> texts, @Nullable String rule) {
    Optional<Diagnostic> at = findNamed(text, texts, text);
    return at.isPresent() ? at.get() : Diagnostic.of(onlyFile(texts), 0, 0, rule,
        rulePrefix(rule) + lowerFirst(text));
  }

  // Where in file[from, to) the generated line was written, ignoring layout: at the name the
  // message is about when the statement spans lines, else where the statement starts.
  private static Optional<int[]> locate(String file, int from, int to, String wrong,
      String message) {
    String target = squeeze(wrong);
    if (target.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder squeezed = new StringBuilder();
    List<Integer> offsets = new ArrayList<>();
    String region = withoutComments(file.substring(from, to));
    for (int i = 0; i < region.length(); i++) {
      if (!Character.isWhitespace(region.charAt(i))) {
        squeezed.append(region.charAt(i));
        offsets.add(from + i);
      }
    }
    int at = squeezed.indexOf(target);
    if (at < 0 && target.contains(DROOLS)) {
      // The generator calls insert, update and delete on the consequence's "drools".
      target = target.replace(DROOLS, "");
      at = squeezed.indexOf(target);
    }
    if (at < 0) {
      return Optional.empty();
    }
    int start = offsets.get(at);
    int end = offsets.get(at + target.length() - 1);
    Optional<String> name = named(message);
    if (name.isPresent()) {
      int inside = file.indexOf(name.get(), start);
      if (inside >= 0 && inside <= end) {
        return Optional.of(new int[] {inside});
      }
    }
    return Optional.of(new int[] {start});
  }

  private static int score(String file, int from, int to, String[] generated) {
    String region = squeeze(withoutComments(file.substring(from, to))).replace(DROOLS, "");
    int score = 1;
    for (String line : generated) {
      String wanted = squeeze(line).replace(DROOLS, "");
      if (wanted.length() > 2 && region.contains(wanted)) {
        score++;
      }
    }
    return score;
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }

  // Line comments blanked out, offsets kept.
  private static String withoutComments(String text) {
    StringBuilder out = new StringBuilder(text);
    boolean quoted = false;
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (c == '"' && (i == 0 || out.charAt(i - 1) != '\\')) {
        quoted = !quoted;
      } else if (!quoted && c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '/') {
        while (i < out.length() && out.charAt(i) != '\n') {
          out.setCharAt(i++, ' ');
        }
      }
    }
    return out.toString();
  }

  private static Optional<String> named(String message) {
    for (Pattern pattern : NAMED) {
      Matcher matcher = pattern.matcher(message);
      if (matcher.find() && !matcher.group(1).isBlank()) {
        String name = matcher.group(1).strip();
        // A qualified name is written unqualified in DRL that imports it; an expression is not.
        boolean whole = name.contains(" ") || name.startsWith("\"");
        return Optional.of(whole ? name : name.substring(name.lastIndexOf('.') + 1));
      }
    }
    return Optional.empty();
  }

  // The first place in the files where the name the message is about is written.
  private static Optional<Diagnostic> findNamed(
      String message, Map<String, String> texts, String shown) {
    for (Map.Entry<String, String> entry : new TreeMap<>(texts).entrySet()) {
      Optional<Diagnostic> at =
          findNamedIn(entry.getKey(), entry.getValue(), null, message, shown);
      if (at.isPresent()) {
        return at;
      }
    }
    return Optional.empty();
  }

  private static Optional<Diagnostic> findNamedIn(String path, String file,
      @Nullable Section within, String message, String shown) {
    Optional<String> name = named(message);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String code = withoutComments(file);
    int from = within == null ? 0 : within.start();
    int to = within == null ? file.length() : within.end();
    int at = from;
    while ((at = code.indexOf(name.get(), at)) >= 0 && at < to) {
      boolean before = at == 0 || !isNamePart(code.charAt(at - 1));
      int after = at + name.get().length();
      boolean ends = after >= code.length() || !isNamePart(code.charAt(after))
          || !isNamePart(name.get().charAt(name.get().length() - 1));
      Optional<Section> section = enclosing(file, at);
      if (before && ends && section.isPresent() && !section.get().declaresOnly(file, at)) {
        return Optional.of(diagnostic(path, lineOf(file, at), columnOf(file, at),
            section.get().rule() ? section.get().name() : null,
            shown));
      }
      at = after;
    }
    return Optional.empty();
  }

  private static boolean isNamePart(char c) {
    return Character.isJavaIdentifierPart(c);
  }

  private static Diagnostic diagnostic(
      String file, int line, int column, @Nullable String rule, String message) {
    return Diagnostic.of(file, line, column, rule, rulePrefix(rule) + lowerFirst(message));
  }

  private static String rulePrefix(@Nullable String rule) {
    return rule == null ? "" : "rule \"" + rule + "\": ";
  }

  private static String lowerFirst(String text) {
    String stripped = text.strip();
    if (stripped.length() > 1 && Character.isUpperCase(stripped.charAt(0))
        && Character.isLowerCase(stripped.charAt(1))) {
      return Character.toLowerCase(stripped.charAt(0)) + stripped.substring(1);
    }
    return stripped;
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return (newline < 0 ? text : text.substring(0, newline)).strip();
  }

  private static String onlyFile(Map<String, String> texts) {
    return texts.size() == 1 ? texts.keySet().iterator().next() : "";
  }

  // Column (from 1) of the token the parser found on that line, or of the line's first character.
  private static int tokenColumn(String file, int line, String parserMessage) {
    int start = offsetOf(file, line);
    int end = file.indexOf('\n', start);
    String text = file.substring(start, end < 0 ? file.length() : end);
    Matcher found = FOUND.matcher(parserMessage);
    int at = found.find() ? text.indexOf(found.group(1)) : -1;
    if (at < 0) {
      at = text.length() - text.stripLeading().length();
    }
    return at + 1;
  }

  private static int then(String file, Section section) {
    Matcher then = THEN.matcher(file);
    then.region(section.start(), section.end());
    return then.find() ? then.start() : section.start();
  }

  private static int lineOf(String file, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < file.length(); i++) {
      if (file.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int columnOf(String file, int offset) {
    return offset - (file.lastIndexOf('\n', offset - 1) + 1) + 1;
  }

  private static int offsetOf(String file, int line) {
    int offset = 0;
    for (int i = 1; i < line; i++) {
      int newline = file.indexOf('\n', offset);
      if (newline < 0) {
        return file.length();
      }
      offset = newline + 1;
    }
    return offset;
  }

  /** A rule or function in a file: from its header to the next header. */
  private record Section(boolean rule, String name, int start, int end) {
    String text(String file) {
      return file.substring(start, end);
    }

    // Whether offset is in the header line itself (a name in the header is not a use of it).
    boolean declaresOnly(String file, int offset) {
      int newline = file.indexOf('\n', start);
      return offset < (newline < 0 ? end : newline) && !rule;
    }
  }

  private static List<Section> sections(String file) {
    List<Section> sections = new ArrayList<>();
    Matcher header = HEADER.matcher(withoutComments(file));
    List<int[]> starts = new ArrayList<>();
    List<String[]> names = new ArrayList<>();
    while (header.find()) {
      String name = header.group(2) != null ? header.group(2)
          : header.group(3) != null ? header.group(3) : header.group(4);
      if (header.group(1).equals("function")) {
        int newline = file.indexOf('\n', header.start());
        Matcher function = FUNCTION_NAME.matcher(
            file.substring(header.start(), newline < 0 ? file.length() : newline));
        name = function.find() ? function.group(1) : name;
      }
      starts.add(new int[] {header.start()});
      names.add(new String[] {header.group(1), name == null ? "" : name});
    }
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : file.length();
      String kind = names.get(i)[0];
      if (kind.equals("rule") || kind.equals("function")) {
        sections.add(new Section(kind.equals("rule"), names.get(i)[1], starts.get(i)[0], end));
      }
    }
    return sections;
  }

  private static Optional<Section> section(String file, String rule) {
    return sections(file).stream().filter(s -> s.rule() && s.name().equals(rule)).findFirst();
  }

  private static Optional<Section> enclosing(String file, int offset) {
    return sections(file).stream()
        .filter(s -> s.start() <= offset && offset < Math.max(s.end(), s.start() + 1))
        .findFirst();
  }
}
