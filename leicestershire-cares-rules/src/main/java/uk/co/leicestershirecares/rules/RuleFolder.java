package uk.co.leicestershirecares.rules;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieContainer;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.table.DecisionTable;
import uk.co.leicestershirecares.core.table.PolicyTableException;
import uk.co.leicestershirecares.core.table.PolicyTables;
import uk.co.leicestershirecares.core.table.RecentActivityTable;
import uk.co.leicestershirecares.rules.internal.CompiledRules;
import uk.co.leicestershirecares.rules.internal.CompilerMessages;

/**
 * What {@link CaresRules#load(Path)} does: loads an analyst's rule folder on top of the shipped
 * rules and compiles the result at run time into Drools' executable model. The answer is either a
 * ready {@link DroolsPolicy} or the list of {@link Diagnostic}s (file, line, column, message; the
 * rule's name when the compiler gives no line): a mistake in a rule file never reaches the caller
 * as a Drools exception.
 *
 * <pre>{@code
 * RuleFolder.Result loaded = CaresRules.newBuilder().load(Path.of("my-rules"));
 * if (loaded.policy().isPresent()) {
 *   Policy policy = loaded.policy().get();
 * } else {
 *   loaded.diagnostics().forEach(System.err::println);   // eligibility.drl.csv:12:5: ...
 * }
 * }</pre>
 *
 * <p><b>What a folder may hold.</b> A folder is data by default:
 * <ul>
 *   <li>policy tables ({@code eligibility.drl.csv} and the other {@linkplain
 *       PolicyTables#shippedFiles() shipped tables}, at the top of the folder): each replaces the
 *       shipped table of the same name, and every cell is checked against its column's type and
 *       vocabulary, and the developers' header rows against the shipped ones, before anything is
 *       compiled, so no cell can carry code into a rule;
 *   <li>scenarios ({@code scenarios/*.json}), which {@link
 *       uk.co.leicestershirecares.rules.analyst.ReloadingPolicy} and the workbench run; they are
 *       never compiled.
 * </ul>
 * The shipped DRL (the logic that is not table-shaped) always comes from this library, so a
 * folder needs no DRL at all: a folder of one edited table is a whole policy.
 *
 * <p><b>Rule code, by consent.</b> A {@code .drl} file is code, and it runs with this process's
 * rights. It is refused unless the caller opts in with {@link CaresRules#allowRuleCode()} (the
 * workbench's {@code --allow-rule-code}); then it replaces the shipped DRL file of the same name
 * or adds to the shipped rules. Even then the compiled classes are checked, before any of them is
 * loaded, against an allow-list of what rule code may use (the domain packages, {@code
 * java.time}, the {@code java.util} collections and {@code java.lang} basics; no reflection, no
 * files, network, processes or threads, no access to the rule base), and a folder whose code
 * reaches further is refused; a {@code declare enum} is refused before compiling, because the
 * compiler initialises declared types (an enum constant's arguments would run). Every other file (an unknown table, another extension, a link, a
 * pipe) is refused with a diagnostic naming it: nothing in a folder is compiled or passed over in
 * silence.
 *
 * <p><b>One snapshot.</b> The folder is read once into memory ({@link RuleFiles}); the checks,
 * the compiler and the loader see exactly those bytes, and no rule base or session is built
 * until every check has passed.
 *
 * <p>Run-time compilation needs {@code org.drools:drools-model-codegen} (with JavaParser) and
 * {@code org.drools:drools-decisiontables} (the shipped tables are compiled with every folder) on
 * the class path: both are optional
 * dependencies of this module, because the shipped, precompiled rules of {@link
 * CaresRules#build()} need neither. Without them this class answers with a diagnostic that
 * names the missing dependency. The library never reads rules from a folder the caller did not
 * name.
 *
 * <p>A folder's rules are code the library did not compile: the policy evaluates them under
 * {@link EvaluationLimits} (a firing cap and a time budget), each evaluation on a worker thread,
 * so that a rule that never stops fails the one evaluation with a {@link
 * RuleLimitExceededException} instead of hanging its caller.
 */
public final class RuleFolder {
  private static final String RESOURCES = "src/main/resources/";
  private static final String TABLE = ".drl.csv";
  private static final String DRL = ".drl";
  private static final String SCENARIOS = "scenarios/";
  private static final String SHIPPED = " (shipped)";
  private static final String CODEGEN = "org.drools.model.codegen.ExecutableModelProject";
  private static final String TABLE_READER = "org.drools.decisiontable.SpreadsheetCompiler";
  // The package a rule file declares: a DRL's package statement, a decision table's RuleSet cell.
  private static final Pattern DRL_PACKAGE =
      Pattern.compile("(?m)^\\s*package\\s+([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)\\s*;?\\s*$");
  private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+([0-9A-Fa-f]{4})");
  private static final Pattern TABLE_PACKAGE =
      Pattern.compile("(?m)^\"?RuleSet\"?,\"?([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)\"?(?:,|$)");

  private RuleFolder() {}

  /** What loading a folder gave: a policy, or diagnostics. */
  public static final class Result {
    private final Optional<DroolsPolicy> policy;
    private final ImmutableList<Diagnostic> diagnostics;

    private Result(@Nullable DroolsPolicy policy, ImmutableList<Diagnostic> diagnostics) {
      this.policy = Optional.ofNullable(policy);
      this.diagnostics = diagnostics;
    }

    /** Returns the policy, when every file compiled. */
    public Optional<DroolsPolicy> policy() {
      return policy;
    }

    /** Returns the errors, empty when the policy loaded. */
    public ImmutableList<Diagnostic> diagnostics() {
      return diagnostics;
    }

    /** Returns whether the rules loaded. */
    public boolean isLoaded() {
      return policy.isPresent();
    }

    /** Returns {@code Result[loaded]} or {@code Result[n diagnostics]}. */
    @Override
    public String toString() {
      return "Result[" + (isLoaded() ? "loaded" : diagnostics.size() + " diagnostics") + "]";
    }
  }

  /**
   * Loads the rule files {@code files} on top of the shipped rules: checks what the folder holds
   * and every table cell, compiles, checks the compiled classes, and only then builds the rule
   * base. See the class documentation for what a folder may hold.
   *
   * <p>Callers come through {@link CaresRules#load(RuleFiles)}, which has checked every
   * argument.
   */
  static Result load(RuleFiles files, PolicyParameters parameters, ProgrammeCatalogue catalogue,
      EvaluationLimits limits, boolean ruleCodeAllowed) {
    List<Diagnostic> refused = new ArrayList<>(files.problems());
    // The sources compiled, by the name diagnostics use: the shipped files, then the folder's.
    Map<String, String> sources = new TreeMap<>();
    for (String shipped : ShippedRules.files()) {
      sources.put(shipped + SHIPPED, ShippedRules.text(shipped));
    }
    Map<String, Integer> tableRows = new HashMap<>();
    RecentActivityTable recentActivity = RecentActivityTable.shipped();
    for (String name : files.names()) {
      if (name.startsWith(".") || name.contains("/.")) {
        refused.add(problem(name, "a hidden file or folder: a rule folder holds only files its"
            + " analysts can see; move it out of the folder"));
        continue;
      }
      if (name.startsWith(SCENARIOS) && name.endsWith(".json")
          && name.indexOf('/', SCENARIOS.length()) < 0) {
        continue;   // scenario data: read by the scenario runner, never compiled
      }
      if (name.contains("/") && (name.endsWith(TABLE) || name.endsWith(DRL))) {
        refused.add(problem(name, (name.endsWith(TABLE) ? "a policy table" : "a rule file")
            + " belongs at the top of the folder, not in a folder inside it"));
        continue;
      }
      Optional<String> text = utf8(files.content(name));
      if (text.isEmpty()) {
        refused.add(problem(name, "not UTF-8 text: save the file as UTF-8"));
        continue;
      }
      if (name.endsWith(TABLE)) {
        try {
          DecisionTable table;
          if (name.equals(RecentActivityTable.FILE)) {
            // Read as its own kind: stage histories ask the policy which windows it uses.
            recentActivity = RecentActivityTable.read(name, text.get());
            table = recentActivity.decisionTable();
          } else {
            table = PolicyTables.check(name, text.get());
          }
          tableRows.put(name, table.rows().size());
          sources.remove(name + SHIPPED);
          sources.put(name, table.text());
        } catch (PolicyTableException e) {
          e.problems().forEach(p -> refused.add(
              Diagnostic.of(name, p.row(), p.column(), p.message())));
        }
      } else if (name.endsWith(DRL) && !ruleCodeAllowed) {
        refused.add(problem(name, "rule code (a .drl file) is not loaded unless it is allowed"
            + " (--allow-rule-code, CaresRules.allowRuleCode()): it runs with this"
            + " program's rights. A folder of policy tables needs no .drl file: the shipped"
            + " rules' logic comes from the library"));
      } else if (name.endsWith(DRL)) {
        // The compiler initialises declared types while it compiles: a declared enum's
        // constants would run before the compiled classes can be checked. A text the parser
        // cannot read is left to the compiler, which reports it and compiles nothing from it.
        for (CompiledRules.Refusal refusal : CompiledRules.checkBeforeBuild(name, text.get())) {
          if (!refusal.reference().isEmpty()) {
            refused.add(problem(name, refusal.message()));
          }
        }
        sources.remove(name + SHIPPED);
        sources.put(name, text.get());
      } else {
        refused.add(problem(name, "not a file a rule folder may hold: it holds policy tables ("
            + String.join(", ", PolicyTables.shippedFiles()) + "), scenarios/*.json and, when"
            + " rule code is allowed, .drl files; move this file out of the folder"));
      }
    }
    if (!refused.isEmpty()) {
      return new Result(null, ImmutableList.copyOf(refused));
    }
    if (!onClassPath(CODEGEN)) {
      return failure(problem("", "loading a rule folder needs org.drools:drools-model-codegen on"
          + " the class path (an optional dependency of leicestershire-cares-rules)"));
    }
    // The shipped tables are compiled with every folder, so tables are always read.
    if (!onClassPath(TABLE_READER)) {
      return failure(problem("", "loading decision tables needs"
          + " org.drools:drools-decisiontables on the class path (an optional dependency of"
          + " leicestershire-cares-rules)"));
    }
    return compile(sources, tableRows, recentActivity, parameters, catalogue, limits);
  }

  private static Result compile(Map<String, String> sources, Map<String, Integer> tableRows,
      RecentActivityTable recentActivity, PolicyParameters parameters,
      ProgrammeCatalogue catalogue, EvaluationLimits limits) {
    KieServices services = KieServices.get();
    ReleaseId releaseId = services.newReleaseId(
        "uk.co.leicestershirecares.folder", "rules-" + UUID.randomUUID(), "1.0.0");
    try {
      KieFileSystem fileSystem = services.newKieFileSystem();
      fileSystem.generateAndWritePomXML(releaseId);
      Map<String, String> writtenAs = new HashMap<>();
      for (Map.Entry<String, String> source : sources.entrySet()) {
        String name = source.getKey();
        String fileName = name.endsWith(SHIPPED)
            ? name.substring(0, name.length() - SHIPPED.length()) : name;
        String written = packageFolder(fileName, source.getValue()) + fileName;
        writtenAs.put(written, name);
        fileSystem.write(RESOURCES + written, source.getValue().getBytes(StandardCharsets.UTF_8));
      }
      // Each problem at its rule file, line and rule, even those found in generated Java.
      KieBuilder builder = services.newKieBuilder(fileSystem);
      ImmutableList<Diagnostic> errors = CompilerMessages.build(builder, sources, writtenAs);
      if (!errors.isEmpty()) {
        return new Result(null, errors);
      }
      // Nothing the compiler produced has been loaded yet: this is the last point to refuse it.
      ImmutableList<CompiledRules.Refusal> refusedCode =
          CompiledRules.check(CompiledRules.classFilesOf(builder));
      if (!refusedCode.isEmpty()) {
        return new Result(null, refusedCode.stream()
            .flatMap(r -> filesOf(r, sources).stream().map(f -> problem(f, r.message())))
            .distinct()
            .collect(ImmutableList.toImmutableList()));
      }
      KieContainer container = services.newKieContainer(releaseId);
      KieBase base = container.getKieBase();
      List<Diagnostic> dropped = droppedRows(base, tableRows);
      if (!dropped.isEmpty()) {
        return new Result(null, ImmutableList.copyOf(dropped));
      }
      return new Result(DroolsPolicy.ofFolder(base, parameters, catalogue, recentActivity, limits),
          ImmutableList.of());
    } catch (RuntimeException e) {
      // Drools reports some mistakes by throwing; they are the analyst's, not the caller's.
      return failure(problem("", e.getClass().getSimpleName() + ": " + e.getMessage()));
    } finally {
      services.getRepository().removeKieModule(releaseId);
    }
  }

  /**
   * The folder's rule files that name what {@code refusal} is about (the method, field or class,
   * also when written with Unicode escapes), or {@code "rule code"} when none does: the check reads
   * classes, not files, and an analyst should not see a generated class's name. A name in a
   * comment counts too; the refusal itself never depends on this.
   */
  private static List<String> filesOf(CompiledRules.Refusal refusal, Map<String, String> sources) {
    String reference = refusal.reference();
    String[] parts = reference.split("\\.");
    String last = parts[parts.length - 1];
    String name = last.equals("<init>") && parts.length > 1 ? parts[parts.length - 2] : last;
    String simple = name.substring(name.lastIndexOf('$') + 1);
    Pattern named = Pattern.compile("\\b" + Pattern.quote(simple) + "\\b");
    List<String> files = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      if (!source.getKey().endsWith(SHIPPED) && source.getKey().endsWith(DRL)
          && !name.isEmpty() && named.matcher(unescaped(source.getValue())).find()) {
        files.add(source.getKey());
      }
    }
    return files.isEmpty() ? List.of("rule code") : files;
  }

  // Java reads \\uXXXX escapes before anything else, and so does the compiler of rule code.
  private static String unescaped(String text) {
    Matcher escape = UNICODE_ESCAPE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (escape.find()) {
      escape.appendReplacement(out,
          Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
    }
    return escape.appendTail(out).toString();
  }

  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static Diagnostic problem(String file, String message) {
    return Diagnostic.of(file, 0, 0, message);
  }

  /**
   * Returns the DRL Drools generates from the decision table {@code file} with content {@code
   * text}, once the table has passed its checks: an analyst's view of what a row becomes. Drools
   * marks each rule with the cell its values start at ({@code // rule values at A9}) and names it
   * {@code <RuleTable name>_<row>}.
   *
   * <p>Needs {@code org.drools:drools-decisiontables}, an optional dependency of this module.
   *
   * @throws PolicyTableException if the table has a problem, each at its row and column
   */
  public static String generatedDrl(String file, String text) {
    DecisionTable table = PolicyTables.check(file, text);
    return new SpreadsheetCompiler().compile(
        new ByteArrayInputStream(table.text().getBytes(StandardCharsets.UTF_8)), InputType.CSV);
  }

  // The run-time compiler and the table reader are optional dependencies of this module: an
  // application that only runs the shipped rules does not carry them.
  private static boolean onClassPath(String className) {
    try {
      Class.forName(className, false, RuleFolder.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  // Drools names a table's rules <RuleTable name>_<row>; a checked table makes one per data row.
  private static List<Diagnostic> droppedRows(KieBase base, Map<String, Integer> tableRows) {
    List<Diagnostic> dropped = new ArrayList<>();
    for (Map.Entry<String, Integer> table : tableRows.entrySet()) {
      String prefix = PolicyTables.ruleTableName(table.getKey()) + "_";
      int built = 0;
      for (KiePackage kiePackage : base.getKiePackages()) {
        for (org.kie.api.definition.rule.Rule rule : kiePackage.getRules()) {
          if (rule.getName().startsWith(prefix)) {
            built++;
          }
        }
      }
      if (built != table.getValue()) {
        dropped.add(Diagnostic.of(table.getKey(), 0, 0, "Drools built "
            + built + " rules from the table's " + table.getValue() + " rows"));
      }
    }
    return dropped;
  }

  private static Result failure(Diagnostic diagnostic) {
    return new Result(null, ImmutableList.of(diagnostic));
  }

  /**
   * The folder, under the compiled module's resources, named after the package {@code text}
   * declares ({@code uk/co/leicestershirecares/rules/}), or none when it declares none. Drools
   * warns, once per file, about a file whose folder does not match its package; the analyst's
   * folder layout is theirs, so the file is compiled where Drools expects it instead.
   */
  private static String packageFolder(String relative, String text) {
    Matcher declared =
        (relative.endsWith(TABLE) ? TABLE_PACKAGE : DRL_PACKAGE).matcher(text);
    if (!declared.find() || relative.contains("/")) {
      return "";
    }
    return declared.group(1).replace('.', '/') + "/";
  }
}
