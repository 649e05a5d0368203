package uk.co.leicestershirecares.rules.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Issue 21, item 7: the hostile rule folders an attacker with write access to the analysts'
 * folder tried, one {@link Entry} per bypass, each a family name, the files it drops and a
 * payload that, if it ever runs, creates a marker file at the absolute path the test names (a
 * fresh temporary path per test). Nothing here calls {@code System.exit} for real: the
 * {@code System.exit} family writes its marker before an exit that is never reached.
 *
 * <p>Where a family's own route can write a file (processes, files, reflection, the network
 * classes turned on a {@code file:} URL) the marker is written through it; where it cannot
 * ({@code kcontext}, a dangerous {@code global}, {@code ServiceLoader}) the marker is written with
 * {@code java.nio.file.Files} just after the family's call, so the marker proves that the line
 * after it ran. Each entry says whether plain Drools (no protections) compiles it and runs its
 * payload: {@link Entry#liveOnPlainDrools()}, measured by {@code HostileLivenessTest}; the entries
 * that are not live are still refused, but are no evidence of a bypass.
 *
 * <p>Files are built in Java text blocks or byte arrays so that carriage returns, UTF-16 and odd
 * names are exact.
 */
public final class HostileFolders {
  /** The folder's package path where the shipped tables live, as a table's relative name. */
  static final String RULES_PACKAGE = "uk/co/leicestershirecares/rules/";

  private HostileFolders() {}

  /** One file an entry drops: its name relative to the folder, its bytes, and how it lands. */
  public record HostileFile(String name, byte[] bytes, boolean symlinkFromOutside) {
    /** Returns the bytes as UTF-8 text (for a UTF-16 file, the mangled reading of a linter). */
    public String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /**
   * One hostile folder: a family, a unique id, the files (a function of the marker path, already
   * escaped for a Java string literal), and whether plain Drools compiles and runs it.
   */
  public record Entry(String family, String id, boolean carriesCode, boolean liveOnPlainDrools,
      Function<String, List<HostileFile>> files) {
    /** Returns the files whose payload would create {@code marker}. */
    public List<HostileFile> files(Path marker) {
      return files.apply(javaLiteral(marker.toAbsolutePath().toString()));
    }

    /**
     * Writes the files into {@code folder}; a symlinked file's target is written beside the
     * folder ({@code folder}'s parent), outside it.
     */
    public void dropInto(Path folder, Path marker) {
      try {
        Files.createDirectories(folder);
        for (HostileFile file : files(marker)) {
          Path target = folder.resolve(file.name());
          Files.createDirectories(target.getParent());
          if (file.symlinkFromOutside()) {
            Path outside = Files.createDirectories(folder.toAbsolutePath().getParent()
                .resolve("outside-" + id));
            Path real = outside.resolve(target.getFileName().toString());
            Files.write(real, file.bytes());
            Files.deleteIfExists(target);
            Files.createSymbolicLink(target, real);
          } else {
            Files.write(target, file.bytes());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String toString() {
      return family + " / " + id;
    }
  }

  /** Escapes {@code text} for a Java (and DRL) string literal. */
  static String javaLiteral(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /**
   * The entries plain Drools 10.2 does not compile or never runs, measured with {@code
   * -Dhostile.discover=true} (see {@code HostileLivenessTest}), and why. They are refused all the
   * same, but are no evidence of a bypass.
   */
  static final Map<String, String> NOT_LIVE = Map.ofEntries(
      Map.entry("cr-comment", "the DRL lexer ends the comment at the carriage return, then"
          + " refuses the carriage return itself"),
      Map.entry("cr-comment-function", "the same, in a function body"),
      Map.entry("cr-comment-import", "the same, before an import"),
      Map.entry("utf-16-bom", "Drools reads the file as UTF-8 and refuses it"),
      Map.entry("utf-16-no-bom", "Drools reads the file as UTF-8 and refuses it"),
      Map.entry("accumulate", "an inline accumulate needs drools-mvel, not on the class path"),
      Map.entry("package-java-lang", "the JVM refuses to define a class in java.lang"),
      Map.entry("cell-source-sentence", "Drools escapes a cell's double quotes"),
      Map.entry("cell-programme", "Drools escapes a cell's double quotes"),
      Map.entry("cell-in-force", "Drools escapes a cell's double quotes"),
      Map.entry("cell-exit-in-programme", "Drools escapes a cell's double quotes"),
      Map.entry("header-ruleset-java-lang", "the JVM refuses to define a class in java.lang"),
      Map.entry("drl-csv-upper-case", "Drools picks tables by the lower-case .drl.csv"),
      Map.entry("plain-csv", "Drools 10 compiles .drl.csv tables, not .csv"),
      Map.entry("xdrl", "XML DRL needs drools-xml-support, not on the class path: ignored"),
      Map.entry("drt", "a rule template needs data to expand: alone it makes no rules"),
      Map.entry("gdst", "guided decision tables need drools-workbench-models"),
      Map.entry("xls", "Excel tables need Apache POI, not on the class path"),
      Map.entry("xlsx", "Excel tables need Apache POI, not on the class path"),
      Map.entry("bpmn", "processes need jBPM, not on the class path"),
      Map.entry("dmn", "decisions need the DMN engine, not on the class path"),
      Map.entry("newline-table-name", "the name does not end in .drl.csv, so Drools ignores it"),
      Map.entry("hidden-drl", "Drools ignores a file whose name starts with a dot"));

  /** Every entry. */
  public static List<Entry> all() {
    List<Entry> entries = new ArrayList<>();
    entries.addAll(obfuscatedNames());
    entries.addAll(codePlaces());
    entries.addAll(dangerousCalls());
    entries.addAll(drlFeatures());
    entries.addAll(tables());
    entries.addAll(otherExtensions());
    entries.addAll(folderShapes());
    return entries.stream().map(e -> new Entry(e.family(), e.id(), e.carriesCode(),
        e.carriesCode() && !NOT_LIVE.containsKey(e.id()), e.files))
        .collect(Collectors.toList());
  }

  /** Returns the entry {@code id}. */
  public static Entry get(String id) {
    return all().stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no entry " + id));
  }

  /** Returns the entries that carry code and run it under plain Drools. */
  public static List<Entry> live() {
    return all().stream().filter(Entry::liveOnPlainDrools).collect(Collectors.toList());
  }

  // ---- building blocks ----------------------------------------------------------------------

  /** Writes the marker with java.nio.file.Files: an expression of type Path. */
  static String write(String marker) {
    return "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker
        + "\"), \"hostile\")";
  }

  /**
   * Creates the marker (as a folder) with java.io.File, an expression of type boolean that
   * throws no checked exception, for the places a checked exception cannot be thrown from.
   */
  static String mkdir(String marker) {
    return "new java.io.File(\"" + marker + "\").mkdir()";
  }

  /**
   * The same without a double quote, for a table cell (Drools escapes a cell's quotes): the
   * path is spelled as a char array.
   */
  static String mkdirWithoutQuotes(String marker) {
    String unescaped = marker.replace("\\\"", "\"").replace("\\\\", "\\");
    StringBuilder chars = new StringBuilder();
    for (char c : unescaped.toCharArray()) {
      chars.append(chars.length() == 0 ? "" : ",").append(c == '\\' ? "'\\\\'"
          : c == '\'' ? "'\\''" : "'" + c + "'");
    }
    return "new java.io.File(new String(new char[] {" + chars + "})).mkdir()";
  }

  /** A DRL rule file in the rules' package, fired by every record. */
  static String drl(String id, String top, String rhs) {
    return drl(id, top, "  $r : ParticipantRecord()", rhs);
  }

  static String drl(String id, String top, String when, String rhs) {
    return "package uk.co.leicestershirecares.rules;\n\n"
        + "import uk.co.leicestershirecares.core.participant.ParticipantRecord;\n"
        + top + "\n"
        + "rule \"Hostile " + id + "\"\nwhen\n" + when + "\nthen\n" + rhs + "\nend\n";
  }

  static List<HostileFile> one(String name, String text) {
    return List.of(new HostileFile(name, text.getBytes(StandardCharsets.UTF_8), false));
  }

  static Entry rhs(String family, String id, String top, Function<String, String> rhs) {
    return new Entry(family, id, true, true,
        m -> one("hostile-" + id + ".drl", drl(id, top, rhs.apply(m))));
  }

  static Entry rhs(String family, String id, Function<String, String> rhs) {
    return rhs(family, id, "", rhs);
  }

  // ---- families -----------------------------------------------------------------------------

  static List<Entry> obfuscatedNames() {
    return List.of(
        rhs("qualified name with whitespace", "fqn-spaces",
            m -> "  java . nio . file . Files . writeString( java . nio . file . Path . of(\"" + m
                + "\"), \"hostile\" );"),
        rhs("qualified name with a comment", "fqn-comment",
            m -> "  java/* a note */.nio./**/file.Files/**/.writeString(java.nio.file./**/Path"
                + ".of(\"" + m + "\"), \"hostile\");"),
        rhs("qualified name with a line break", "fqn-line-break",
            m -> "  java.nio.\n    file.\n    Files\n    .writeString(java.nio.file.Path.of(\"" + m
                + "\"), \"hostile\");"),
        rhs("qualified name with tabs and a line comment", "fqn-line-comment",
            m -> "  java.nio\t. // where\n  file\t.Files.writeString(java.nio.file.Path.of(\""
                + m + "\"), \"hostile\");"),
        rhs("Unicode escapes", "unicode-class",
            m -> "  java.nio.file.\\u0046iles.writeString(java.nio.file.Path.of(\"" + m
                + "\"), \"hostile\");"),
        rhs("Unicode escapes", "unicode-package",
            m -> "  \\u006a\\u0061\\u0076\\u0061.nio.file.Files.writeString("
                + "java.nio.file.Path.of(\"" + m + "\"), \"hostile\");"),
        rhs("carriage return ends a // comment", "cr-comment",
            m -> "  // a harmless note\r  " + write(m) + ";"),
        rhs("carriage return ends a // comment", "unicode-newline-ends-comment",
            m -> "  // a harmless note\\u000a  " + write(m) + ";"),
        new Entry("carriage return ends a // comment", "cr-comment-function", true, true,
            m -> one("hostile-cr-function.drl", drl("cr-comment-function",
                "\nfunction void hostileCrFunction() throws Exception {\n  // a note\r    "
                    + write(m) + ";\n}\n", "  hostileCrFunction();"))),
        rhs("carriage return ends a // comment", "cr-comment-import",
            "// note\rimport java.nio.file.Files;\n",
            m -> "  Files.writeString(java.nio.file.Path.of(\"" + m + "\"), \"hostile\");"),
        new Entry("file in UTF-16", "utf-16-bom", true, true,
            m -> List.of(new HostileFile("hostile-utf-16-bom.drl",
                utf16(drl("utf-16-bom", "", "  " + write(m) + ";"), true), false))),
        new Entry("file in UTF-16", "utf-16-no-bom", true, true,
            m -> List.of(new HostileFile("hostile-utf-16-no-bom.drl",
                utf16(drl("utf-16-no-bom", "", "  " + write(m) + ";"), false), false))));
  }

  static byte[] utf16(String text, boolean bom) {
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    if (!bom) {
      return body;
    }
    byte[] withBom = new byte[body.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(body, 0, withBom, 2, body.length);
    return withBom;
  }

  static List<Entry> codePlaces() {
    return List.of(
        new Entry("code in a function", "function", true, true,
            m -> one("hostile-function.drl", drl("function",
                "\nfunction void hostileFunction() {\n  try {\n    " + write(m) + ";\n"
                    + "  } catch (java.io.IOException e) {\n"
                    + "    throw new java.io.UncheckedIOException(e);\n  }\n}\n",
                "  hostileFunction();"))),
        new Entry("code in a declare field initialiser", "declare-initialiser", true, true,
            m -> one("hostile-declare.drl", drl("declare-initialiser",
                "\ndeclare HostileDeclared\n  made : boolean = " + mkdir(m)
                    + "\nend\n",
                "  insert( new HostileDeclared() );"))),
        new Entry("code in an accumulate block", "accumulate", true, true,
            m -> one("hostile-accumulate.drl", drl("accumulate", "",
                "  $n : Number() from accumulate( ParticipantRecord(),\n"
                    + "    init( int count = 0; " + mkdir(m) + "; )\n"
                    + "    action( count++; )\n    reverse( count--; )\n"
                    + "    result( count ) )",
                "  // the accumulate ran the code"))),
        new Entry("code in eval", "eval", true, true,
            m -> one("hostile-eval.drl", drl("eval", "",
                "  $r : ParticipantRecord()\n  eval( " + mkdir(m) + " )",
                "  // eval ran the code"))),
        new Entry("code in a pattern constraint", "constraint", true, true,
            m -> one("hostile-constraint.drl", drl("constraint", "",
                "  $r : ParticipantRecord( " + write(m) + " != null )",
                "  // the constraint ran the code"))),
        new Entry("code in a from expression", "from", true, true,
            m -> one("hostile-from.drl", drl("from", "",
                "  $r : ParticipantRecord()\n  $p : Object() from Boolean.valueOf( " + mkdir(m)
                    + " )",
                "  // from ran the code"))),
        new Entry("code in a salience expression", "salience", true, true,
            m -> one("hostile-salience.drl",
                drl("salience", "", "  $r : ParticipantRecord()", "  // salience ran the code")
                    .replace("when\n", "  salience ( " + mkdir(m) + " ? 1 : 0 )\nwhen\n"))),
        new Entry("code in an anonymous class", "anonymous-class", true, true,
            m -> one("hostile-anonymous.drl", drl("anonymous-class", "",
                "  Runnable run = new Runnable() {\n    public void run() {\n      try {\n"
                    + "        " + write(m) + ";\n      } catch (java.io.IOException e) {\n"
                    + "        throw new java.io.UncheckedIOException(e);\n      }\n    }\n"
                    + "  };\n  run.run();"))));
  }

  static List<Entry> dangerousCalls() {
    return List.of(
        rhs("kcontext reaches the shared rule base", "kcontext-runtime",
            m -> "  kcontext.getKieRuntime().getKieBase().getKiePackages();\n  " + write(m)
                + ";"),
        rhs("drools reaches the shared rule base", "drools-kiebase",
            m -> "  drools.getKieRuntime().getKieBase().getKiePackages();\n  " + write(m) + ";"),
        rhs("reflection", "class-for-name",
            m -> "  Class.forName(\"java.nio.file.Files\").getMethod(\"writeString\","
                + " java.nio.file.Path.class, CharSequence.class,"
                + " java.nio.file.OpenOption[].class).invoke(null, java.nio.file.Path.of(\""
                + m + "\"), \"hostile\", new java.nio.file.OpenOption[0]);"),
        rhs("reflection", "class-loader",
            m -> "  $r.getClass().getClassLoader().loadClass(\"java.io.FileOutputStream\")"
                + ".getConstructor(String.class).newInstance(\"" + m + "\");"),
        rhs("reflection", "java-lang-reflect",
            m -> "  java.lang.reflect.Constructor c = Class.forName(\"java.io.FileOutputStream\")"
                + ".getConstructor(String.class);\n  ((java.io.Closeable) c.newInstance(\"" + m
                + "\")).close();"),
        rhs("reflection", "method-handles",
            m -> "  java.lang.invoke.MethodHandle h = java.lang.invoke.MethodHandles.publicLookup()"
                + ".findConstructor(java.io.FileOutputStream.class,"
                + " java.lang.invoke.MethodType.methodType(void.class, String.class));\n"
                + "  try {\n    h.invokeWithArguments(\"" + m + "\");\n"
                + "  } catch (Throwable t) {\n    throw new IllegalStateException(t);\n  }"),
        rhs("processes", "runtime-exec",
            m -> "  Runtime.getRuntime().exec(new String[] {\"touch\", \"" + m
                + "\"}).waitFor();"),
        rhs("processes", "process-builder",
            m -> "  new ProcessBuilder(\"touch\", \"" + m + "\").start().waitFor();"),
        rhs("files", "java-io-file",
            m -> "  new java.io.File(\"" + m + "\").createNewFile();"),
        rhs("files", "java-io-file-output-stream",
            m -> "  new java.io.FileOutputStream(\"" + m + "\").close();"),
        rhs("files", "java-nio-files", m -> "  " + write(m) + ";"),
        rhs("files", "imported-files", "import java.nio.file.Files;\nimport java.nio.file.Path;\n",
            m -> "  Files.writeString(Path.of(\"" + m + "\"), \"hostile\");"),
        rhs("network", "java-net-socket",
            m -> "  try {\n    new java.net.Socket(\"127.0.0.1\", 1).close();\n"
                + "  } catch (java.io.IOException refused) {\n    // nobody listens\n"
                + "  } finally {\n    " + write(m) + ";\n  }"),
        rhs("network", "java-net-url",
            m -> "  java.net.URL url = new java.net.URL(\"file:" + m + "\");\n"
                + "  java.nio.file.Files.writeString(java.nio.file.Path.of(url.toURI()),"
                + " \"hostile\");"),
        rhs("threads", "thread",
            m -> "  Thread t = new Thread(() -> {\n    try {\n      " + write(m) + ";\n"
                + "    } catch (java.io.IOException e) {\n"
                + "      throw new java.io.UncheckedIOException(e);\n    }\n  });\n"
                + "  t.start();\n  t.join();"),
        rhs("threads", "executor",
            m -> "  java.util.concurrent.ExecutorService e ="
                + " java.util.concurrent.Executors.newSingleThreadExecutor();\n"
                + "  e.submit(() -> " + write(m) + ").get();\n  e.shutdown();"),
        rhs("ServiceLoader", "service-loader",
            m -> "  java.util.ServiceLoader.load(java.nio.file.spi.FileSystemProvider.class)"
                + ".iterator().hasNext();\n  " + write(m) + ";"),
        rhs("System.exit and System.setProperty", "system-exit",
            m -> "  " + write(m) + ";\n  if (Boolean.getBoolean(\"hostile.never.set\")) {\n"
                + "    System.exit(1);\n  }"),
        rhs("System.exit and System.setProperty", "system-set-property",
            m -> "  System.setProperty(\"hostile.marker\", \"" + m + "\");\n"
                + "  " + write(m) + ";\n  System.clearProperty(\"hostile.marker\");"));
  }

  static List<Entry> drlFeatures() {
    return List.of(
        new Entry("package java.lang", "package-java-lang", true, true,
            m -> one("hostile-java-lang.drl", drl("package-java-lang", "", "  " + write(m) + ";")
                .replace("package uk.co.leicestershirecares.rules;", "package java.lang;"))),
        rhs("global of a dangerous type", "global-runtime", "global java.lang.Runtime runtime;\n",
            m -> "  if (runtime == null) {\n    " + write(m) + ";\n  }"),
        new Entry("query", "query", true, true,
            m -> one("hostile-query.drl", drl("query",
                "\nquery hostileQuery()\n  ParticipantRecord( " + write(m) + " != null )\nend\n",
                "  hostileQuery()", "  // the query ran the code"))),
        new Entry("dialect mvel", "dialect-mvel", true, true,
            m -> one("hostile-mvel.drl", drl("dialect-mvel", "", "  " + write(m) + ";")
                .replace("when\n", "  dialect \"mvel\"\nwhen\n"))),
        rhs("import function", "import-function",
            "import function java.nio.file.Files.writeString;\n",
            m -> "  writeString(java.nio.file.Path.of(\"" + m + "\"), \"hostile\");"));
  }

  // ---- tables -------------------------------------------------------------------------------

  /** Reads a shipped table. */
  static String shippedTable(String name) {
    try (InputStream in = HostileFolders.class.getResourceAsStream("/" + RULES_PACKAGE + name)) {
      if (in == null) {
        throw new IllegalStateException("no shipped table " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String edit(String text, String from, String to) {
    if (!text.contains(from)) {
      throw new IllegalStateException("the table does not contain " + from);
    }
    return text.replace(from, to);
  }

  /** Escapes {@code cell} as a quoted CSV cell. */
  static String csv(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  static final String CRISES = "crises.drl.csv";
  static final String ELIGIBILITY = "eligibility.drl.csv";
  static final String CRISES_ACTION = "\"insert(new CrisisCircumstance($c, \"\"$param\"\"));\"";
  static final String CRISES_CONDITION = "type == CircumstanceType.$param";
  static final String ROUGH_SLEEPING_SENTENCE = "\"Rough sleeping, homelessness and an abusive"
      + " relationship are crises: while one is active the stage is WITHIN and the employment"
      + " pathway is on hold.\"";

  static Entry table(String family, String id, String name,
      Function<String, String> edit) {
    return new Entry(family, id, true, true, m -> one(name, edit.apply(m)));
  }

  /** The crises table with code in its action template: live under plain Drools. */
  static String liveTable(String m) {
    return edit(shippedTable(CRISES), CRISES_ACTION,
        csv("insert(new CrisisCircumstance($c, \"$param\")); " + write(m) + ";"));
  }

  static List<Entry> tables() {
    return List.of(
        table("policy-table cell carries code", "cell-source-sentence", CRISES,
            m -> edit(shippedTable(CRISES), "ROUGH_SLEEPING," + ROUGH_SLEEPING_SENTENCE,
                "ROUGH_SLEEPING," + csv("x\")); " + write(m)
                    + "; insert(new CrisisCircumstance($c, \"y"))),
        table("policy-table cell carries code", "cell-crisis-condition", CRISES,
            m -> edit(shippedTable(CRISES), "policy-decisions.md,ROUGH_SLEEPING,",
                "policy-decisions.md," + csv("ROUGH_SLEEPING && " + mkdirWithoutQuotes(m))
                    + ",")),
        table("policy-table cell carries code", "cell-backslash-quote", CRISES,
            // Drools escapes the cell's quote; the backslash before it escapes the escape.
            m -> edit(shippedTable(CRISES), "ROUGH_SLEEPING," + ROUGH_SLEEPING_SENTENCE,
                "ROUGH_SLEEPING," + csv("\\\")); " + mkdirWithoutQuotes(m) + "; //"))),
        table("policy-table cell carries code", "cell-in-force-backslash", ELIGIBILITY,
            m -> edit(shippedTable(ELIGIBILITY), "UP,always,18 to 25",
                "UP," + csv("always\\\"); " + mkdirWithoutQuotes(m) + "; //")
                    + ",18 to 25")),
        table("policy-table cell carries code", "cell-programme", ELIGIBILITY,
            m -> edit(shippedTable(ELIGIBILITY), "000_8df8b8bd680ae635.txt,UP,always,18 to 25",
                "000_8df8b8bd680ae635.txt," + csv("UP\" && " + write(m)
                    + " != null && code.value == \"UP") + ",always,18 to 25")),
        table("policy-table cell carries code", "cell-in-force", ELIGIBILITY,
            m -> edit(shippedTable(ELIGIBILITY), "UP,always,18 to 25",
                "UP," + csv("always\"); " + write(m) + "; r.inForce(\"always")
                    + ",18 to 25")),
        table("policy-table cell carries code", "cell-exit-in-programme", ELIGIBILITY,
            // The brief's own cell; its exit is replaced by a marker write.
            m -> edit(shippedTable(ELIGIBILITY), "000_8df8b8bd680ae635.txt,UP,always,18 to 25",
                "000_8df8b8bd680ae635.txt," + csv("UP\"); " + write(m) + "; (\"")
                    + ",always,18 to 25")),
        table("table header rows carry code", "header-action-template", CRISES,
            m -> edit(shippedTable(CRISES), CRISES_ACTION, csv("insert(new CrisisCircumstance($c,"
                + " \"$param\")); " + write(m) + ";"))),
        table("table header rows carry code", "header-condition-template", CRISES,
            m -> edit(shippedTable(CRISES), CRISES_CONDITION,
                csv(CRISES_CONDITION + " && " + write(m) + " != null"))),
        table("table header rows carry code", "header-import", CRISES,
            m -> edit(edit(shippedTable(CRISES),
                "uk.co.leicestershirecares.rules.facts.CrisisCircumstance\"",
                "uk.co.leicestershirecares.rules.facts.CrisisCircumstance, java.nio.file.Files,"
                    + " java.nio.file.Path\""), CRISES_ACTION,
                csv("insert(new CrisisCircumstance($c, \"$param\")); Files.writeString(Path.of(\""
                    + m + "\"), \"hostile\");"))),
        table("table header rows carry code", "header-metadata-to-action", CRISES,
            m -> edit(edit(shippedTable(CRISES), "METADATA,METADATA,", "METADATA,ACTION,"),
                "source($param)", csv(write(m) + ";"))),
        table("table header rows carry code", "header-functions", CRISES,
            m -> edit(edit(shippedTable(CRISES), "\nImport,", "\nFunctions," + csv(
                "function void hostileTableFunction() { try { " + write(m) + "; } catch"
                    + " (java.io.IOException e) { throw new java.io.UncheckedIOException(e); } }")
                + ",,\nImport,"), CRISES_ACTION,
                csv("insert(new CrisisCircumstance($c, \"$param\")); hostileTableFunction();"))),
        table("table header rows carry another package", "header-ruleset-java-lang", CRISES,
            m -> edit(edit(shippedTable(CRISES), "RuleSet,uk.co.leicestershirecares.rules",
                "RuleSet,java.lang"), CRISES_ACTION, csv("insert(new CrisisCircumstance($c,"
                + " \"$param\")); " + write(m) + ";"))),
        table("table header rows carry another package", "header-ruleset-other", CRISES,
            m -> edit(edit(shippedTable(CRISES), "RuleSet,uk.co.leicestershirecares.rules",
                "RuleSet,org.example.hostile"), CRISES_ACTION,
                csv("insert(new CrisisCircumstance($c, \"$param\")); " + write(m) + ";"))),
        table("a table not named like a shipped table", "unknown-table-name", "hostile.drl.csv",
            m -> liveTable(m).replace("RuleTable Crises", "RuleTable Hostile")));
  }

  // ---- other extensions ---------------------------------------------------------------------

  static Entry file(String family, String id, boolean code, String name,
      Function<String, String> text) {
    return new Entry(family, id, code, code, m -> one(name, text.apply(m)));
  }

  static List<Entry> otherExtensions() {
    return List.of(
        file("another extension Drools compiles", "upper-case-drl", true, "HOSTILE.DRL",
            m -> drl("upper-case-drl", "", "  " + write(m) + ";")),
        file("another extension Drools compiles", "drl-csv-upper-case", true, "crises.DRL.CSV",
            m -> edit(shippedTable(CRISES), CRISES_ACTION, csv("insert(new CrisisCircumstance($c,"
                + " \"$param\")); " + write(m) + ";")).replace("RuleTable Crises",
                "RuleTable HostileUpperCase")),
        file("another extension Drools compiles", "plain-csv", true, "crises.csv",
            m -> edit(shippedTable(CRISES), CRISES_ACTION, csv("insert(new CrisisCircumstance($c,"
                + " \"$param\")); " + write(m) + ";")).replace("RuleTable Crises",
                "RuleTable HostileCsv")),
        new Entry("another extension Drools compiles", "java-source", true, true, m -> List.of(
            new HostileFile("HostileClass.java", ("package uk.co.leicestershirecares.rules;\n\n"
                + "public class HostileClass {\n  static {\n    try {\n      " + write(m)
                + ";\n    } catch (java.io.IOException e) {\n"
                + "      throw new java.io.UncheckedIOException(e);\n    }\n  }\n}\n")
                .getBytes(StandardCharsets.UTF_8), false),
            new HostileFile("hostile-java-source.drl", drl("java-source", "",
                "  new HostileClass();").getBytes(StandardCharsets.UTF_8), false))),
        new Entry("another extension Drools compiles", "dsl-dslr", true, true, m -> List.of(
            new HostileFile("hostile.dsl", ("[when]there is a record=$r : ParticipantRecord()\n"
                + "[then]leave the marker=" + write(m) + ";\n")
                .getBytes(StandardCharsets.UTF_8), false),
            new HostileFile("hostile.dslr", ("package uk.co.leicestershirecares.rules;\n\n"
                + "import uk.co.leicestershirecares.core.participant.ParticipantRecord;\n"
                + "expander hostile.dsl\n\nrule \"Hostile dsl\"\nwhen\n  there is a record\n"
                + "then\n  leave the marker\nend\n").getBytes(StandardCharsets.UTF_8), false))),
        file("another extension Drools compiles", "rdrl", true, "hostile.rdrl",
            m -> drl("rdrl", "", "  " + write(m) + ";")),
        file("another extension Drools compiles", "xdrl", true, "hostile.xdrl",
            m -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<package name=\"uk.co.leicestershirecares.rules\"\n"
                + "  xmlns=\"http://drools.org/drools-5.0\">\n"
                + "  <import name=\"uk.co.leicestershirecares.core.participant"
                + ".ParticipantRecord\"/>\n"
                + "  <rule name=\"Hostile xdrl\">\n    <lhs>\n"
                + "      <pattern identifier=\"$r\" object-type=\"ParticipantRecord\"/>\n"
                + "    </lhs>\n    <rhs>" + write(m).replace("\"", "&quot;") + ";</rhs>\n"
                + "  </rule>\n</package>\n"),
        file("another extension Drools compiles", "drt", true, "hostile.drt",
            m -> "template header\nname\n\npackage uk.co.leicestershirecares.rules;\n\n"
                + "template \"hostile\"\nrule \"Hostile drt @{row.rowNumber}\"\nwhen\nthen\n  "
                + write(m) + ";\nend\nend template\n"),
        file("another extension Drools compiles", "gdst", true, "hostile.gdst",
            m -> "<decision-table52><tableName>hostile</tableName><packageName>"
                + "uk.co.leicestershirecares.rules</packageName><actionCols><"
                + "org.drools.workbench.models.guided.dtable.shared.model.ActionWorkItemCol52>"
                + "<header>" + write(m).replace("\"", "&quot;") + "</header>"
                + "</org.drools.workbench.models.guided.dtable.shared.model"
                + ".ActionWorkItemCol52></actionCols></decision-table52>\n"),
        file("another extension Drools compiles", "xls", true, "crises.xls",
            m -> edit(shippedTable(CRISES), CRISES_ACTION, csv("insert(new CrisisCircumstance($c,"
                + " \"$param\")); " + write(m) + ";"))),
        file("another extension Drools compiles", "xlsx", true, "crises.xlsx",
            m -> edit(shippedTable(CRISES), CRISES_ACTION, csv("insert(new CrisisCircumstance($c,"
                + " \"$param\")); " + write(m) + ";"))),
        file("another extension Drools compiles", "bpmn", true, "hostile.bpmn",
            m -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n"
                + "  <process id=\"hostile\"><scriptTask id=\"s\" scriptFormat="
                + "\"http://www.java.com/java\"><script>" + write(m).replace("\"", "&quot;")
                + ";</script></scriptTask></process>\n</definitions>\n"),
        file("another extension Drools compiles", "dmn", true, "hostile.dmn",
            m -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\""
                + " namespace=\"hostile\" name=\"hostile\" id=\"hostile\">\n"
                + "  <decision id=\"d\" name=\"d\"><literalExpression><text>"
                + write(m).replace("\"", "&quot;") + "</text></literalExpression></decision>\n"
                + "</definitions>\n"),
        file("another extension Drools compiles", "pmml", false, "hostile.pmml",
            m -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<PMML xmlns=\"http://www.dmg.org/PMML-4_4\" version=\"4.4\">"
                + "<Header description=\"hostile\"/></PMML>\n"),
        file("another extension Drools compiles", "kmodule-xml", false, "META-INF/kmodule.xml",
            m -> "<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\">\n"
                + "  <kbase name=\"hostile\" packages=\"*\"/>\n</kmodule>\n"),
        file("another extension Drools compiles", "pom-xml", false, "pom.xml",
            m -> "<project><modelVersion>4.0.0</modelVersion><groupId>hostile</groupId>"
                + "<artifactId>hostile</artifactId><version>1</version></project>\n"),
        file("unknown extension", "backup-file", false, "eligibility.drl.bak",
            m -> drl("backup-file", "", "  " + write(m) + ";")),
        file("unknown extension", "properties", false, "hostile.properties",
            m -> "drools.dialect.default=mvel\n"));
  }

  // ---- folder shapes ------------------------------------------------------------------------

  static List<Entry> folderShapes() {
    return List.of(
        new Entry("symlink pointing outside the folder", "symlink-drl", true, true,
            m -> List.of(new HostileFile("linked.drl",
                drl("symlink-drl", "", "  " + write(m) + ";").getBytes(StandardCharsets.UTF_8),
                true))),
        new Entry("symlink pointing outside the folder", "symlink-table", true, true,
            m -> List.of(new HostileFile(CRISES, liveTable(m)
                .getBytes(StandardCharsets.UTF_8), true))),
        file("subfolder", "subfolder-drl", true, "sub/hostile.drl",
            m -> drl("subfolder-drl", "", "  " + write(m) + ";")),
        file("subfolder", "scenarios-drl", true, "scenarios/hostile.drl",
            m -> drl("scenarios-drl", "", "  " + write(m) + ";")),
        file("subfolder", "subfolder-table", true, "sub/" + CRISES,
            m -> liveTable(m).replace("RuleTable Crises", "RuleTable HostileSub")),
        file("name with a newline", "newline-name", true, "hostile\nrule.drl",
            m -> drl("newline-name", "", "  " + write(m) + ";")),
        file("name with a newline", "newline-table-name", true, CRISES + "\n",
            m -> liveTable(m).replace("RuleTable Crises", "RuleTable HostileNewline")),
        file("hidden file", "hidden-drl", true, ".hostile.drl",
            m -> drl("hidden-drl", "", "  " + write(m) + ";")));
  }

  /** Returns the families, in order. */
  public static List<String> families() {
    return all().stream().map(Entry::family).distinct().collect(Collectors.toList());
  }

  /** Counts the entries per family. */
  public static Map<String, Long> census() {
    return all().stream().collect(Collectors.groupingBy(Entry::family, Collectors.counting()));
  }
}
