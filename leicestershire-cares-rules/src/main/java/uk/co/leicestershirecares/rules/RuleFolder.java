package uk.co.leicestershirecares.rules;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieContainer;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.table.DecisionTable;
import uk.co.leicestershirecares.core.table.PolicyTableException;
import uk.co.leicestershirecares.core.table.PolicyTables;
import uk.co.leicestershirecares.core.table.RecentActivityTable;

/**
 * Loads the rules in a folder the caller names (an analyst's copy of the shipped rules, or new
 * ones), compiling every {@code .drl} file and decision table ({@code .drl.csv}) under it at run
 * time into Drools' executable model.
 * The answer is either a ready {@link DroolsPolicy} or the list of {@link Diagnostic}s (file,
 * line, column, message; the rule's name when the compiler gives no line): a mistake in a rule
 * file never reaches the caller as a Drools exception.
 *
 * <pre>{@code
 * RuleFolder.Result loaded = RuleFolder.load(Path.of("my-rules"));
 * if (loaded.policy().isPresent()) {
 *   Policy policy = loaded.policy().get();
 * } else {
 *   loaded.diagnostics().forEach(System.err::println);   // stage.drl:12:5: ...
 * }
 * }</pre>
 *
 * <p>Run-time compilation needs {@code org.drools:drools-model-codegen} (with JavaParser) and,
 * for tables, {@code org.drools:drools-decisiontables} on the class path: both are optional
 * dependencies of this module, because the shipped, precompiled rules of {@link
 * DroolsPolicy#shipped()} need neither. Without them this class answers with a diagnostic that
 * names the missing dependency. The library never reads rules from a folder the caller did not
 * name.
 *
 * <p>A decision table is checked cell by cell before Drools sees it (see {@link
 * uk.co.leicestershirecares.core.table.DecisionTable}): each mistake is a diagnostic at the
 * table's row and column, and after the build the rules Drools made from each table are counted
 * against its rows, so no row is ever dropped in silence.
 *
 * <p>A folder's rules are code the library did not write: the policy evaluates them under {@link
 * EvaluationLimits} (a firing cap and a time budget), each evaluation on a worker thread, so that
 * a rule that never stops fails the one evaluation with a {@link RuleLimitExceededException}
 * instead of hanging its caller.
 */
public final class RuleFolder {
  private static final String RESOURCES = "src/main/resources/";
  private static final String TABLE = ".drl.csv";
  private static final String CODEGEN = "org.drools.model.codegen.ExecutableModelProject";
  private static final String TABLE_READER = "org.drools.decisiontable.SpreadsheetCompiler";
  private static final Pattern RULE_NAME = Pattern.compile("[Rr]ule(?: name)?[ :=]*\"([^\"]+)\"");
  private static final Pattern LINE_COLUMN = Pattern.compile("[Ll]ine (\\d+):(\\d+)");
  private static final Pattern RULE_HEADER = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
  // The package a rule file declares: a DRL's package statement, a decision table's RuleSet cell.
  private static final Pattern DRL_PACKAGE =
      Pattern.compile("(?m)^\\s*package\\s+([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)\\s*;?\\s*$");
  private static final Pattern TABLE_PACKAGE =
      Pattern.compile("(?m)^\"?RuleSet\"?,\"?([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)\"?(?:,|$)");

  private RuleFolder() {}

  /** What loading a folder gave: a policy, or diagnostics. */
  public static final class Result {
    private final Optional<DroolsPolicy> policy;
    private final ImmutableList<Diagnostic> diagnostics;

    private Result(Optional<DroolsPolicy> policy, ImmutableList<Diagnostic> diagnostics) {
      this.policy = policy;
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

  /** Loads {@code folder} with default parameters and the standard catalogue. */
  public static Result load(Path folder) {
    return load(folder, PolicyParameters.defaults(), ProgrammeCatalogue.standard());
  }

  /**
   * Loads every {@code .drl} file and decision table under {@code folder}, to be evaluated under
   * the {@linkplain EvaluationLimits#defaults() default limits}.
   *
   * @throws InvalidRecordException if an argument is null
   */
  public static Result load(
      Path folder, PolicyParameters parameters, ProgrammeCatalogue catalogue) {
    return load(folder, parameters, catalogue, EvaluationLimits.defaults());
  }

  /**
   * Loads every {@code .drl} file and decision table under {@code folder}; the policy evaluates
   * them under {@code limits}, each evaluation on a worker thread (see {@link EvaluationLimits}).
   *
   * @throws InvalidRecordException if an argument is null
   */
  public static Result load(Path folder, PolicyParameters parameters,
      ProgrammeCatalogue catalogue, EvaluationLimits limits) {
    if (limits == null) {
      throw new InvalidRecordException("limits", "limits must not be null");
    }
    if (folder == null) {
      throw new InvalidRecordException("folder", "folder must not be null");
    }
    if (parameters == null || catalogue == null) {
      throw new InvalidRecordException(parameters == null ? "parameters" : "catalogue",
          "must not be null");
    }
    if (!Files.isDirectory(folder)) {
      return failure(Diagnostic.of(folder.toString(), 0, 0, Optional.empty(),
          "not a folder"));
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> Files.isRegularFile(p) && isRuleFile(p))
          .sorted().collect(Collectors.toList());
    } catch (IOException | UncheckedIOException e) {
      return failure(Diagnostic.of(folder.toString(), 0, 0, Optional.empty(),
          "cannot read the folder: " + e.getMessage()));
    }
    if (files.isEmpty()) {
      return failure(Diagnostic.of(folder.toString(), 0, 0, Optional.empty(),
          "no .drl or .drl.csv files in the folder"));
    }
    Optional<String> missing = missingCompiler(files);
    if (missing.isPresent()) {
      return failure(Diagnostic.of(folder.toString(), 0, 0, Optional.empty(), missing.get()));
    }
    KieServices services = KieServices.get();
    ReleaseId releaseId = services.newReleaseId(
        "uk.co.leicestershirecares.folder", "rules-" + UUID.randomUUID(), "1.0.0");
    try {
      KieFileSystem fileSystem = services.newKieFileSystem();
      fileSystem.generateAndWritePomXML(releaseId);
      Map<String, String> texts = new HashMap<>();
      Map<String, String> writtenAs = new HashMap<>();
      Map<String, Integer> tableRows = new HashMap<>();
      RecentActivityTable recentActivity = RecentActivityTable.shipped();
      List<Diagnostic> tableProblems = new ArrayList<>();
      for (Path file : files) {
        String relative = folder.relativize(file).toString().replace('\\', '/');
        // Read once: what is checked is exactly what is compiled.
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        if (relative.endsWith(TABLE)) {
          try {
            DecisionTable table;
            if (relative.equals(RecentActivityTable.FILE)) {
              // Read as its own kind: stage histories ask the policy which windows it uses.
              recentActivity = RecentActivityTable.read(relative, text);
              table = recentActivity.decisionTable();
            } else {
              table = PolicyTables.check(relative, text);
            }
            tableRows.put(relative, table.rows().size());
            text = table.text();
          } catch (PolicyTableException e) {
            e.problems().forEach(p -> tableProblems.add(
                Diagnostic.of(relative, p.row(), p.column(), Optional.empty(), p.message())));
            continue;
          }
        }
        texts.put(relative, text);
        String written = packageFolder(relative, text) + relative;
        writtenAs.put(written, relative);
        fileSystem.write(RESOURCES + written, text.getBytes(StandardCharsets.UTF_8));
      }
      if (!tableProblems.isEmpty()) {
        return new Result(Optional.empty(), ImmutableList.copyOf(tableProblems));
      }
      KieBuilder builder =
          services.newKieBuilder(fileSystem).buildAll(ExecutableModelProject.class);
      List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
      if (!errors.isEmpty()) {
        return new Result(Optional.empty(), errors.stream()
            .map(m -> diagnostic(m, texts, writtenAs))
            .collect(ImmutableList.toImmutableList()));
      }
      KieContainer container = services.newKieContainer(releaseId);
      KieBase base = container.getKieBase();
      List<Diagnostic> dropped = droppedRows(base, tableRows);
      if (!dropped.isEmpty()) {
        return new Result(Optional.empty(), ImmutableList.copyOf(dropped));
      }
      base.newKieSession().dispose();
      return new Result(
          Optional.of(DroolsPolicy.ofFolder(base, parameters, catalogue, recentActivity, limits)),
          ImmutableList.of());
    } catch (IOException | RuntimeException e) {
      // Drools reports some mistakes by throwing; they are the analyst's, not the caller's.
      return failure(Diagnostic.of("", 0, 0, Optional.empty(),
          e.getClass().getSimpleName() + ": " + e.getMessage()));
    } finally {
      services.getRepository().removeKieModule(releaseId);
    }
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
  private static Optional<String> missingCompiler(List<Path> files) {
    if (!onClassPath(CODEGEN)) {
      return Optional.of("loading a rule folder needs org.drools:drools-model-codegen on the"
          + " class path (an optional dependency of leicestershire-cares-rules)");
    }
    boolean tables = files.stream().anyMatch(f -> f.getFileName().toString().endsWith(TABLE));
    if (tables && !onClassPath(TABLE_READER)) {
      return Optional.of("loading decision tables needs org.drools:drools-decisiontables on the"
          + " class path (an optional dependency of leicestershire-cares-rules)");
    }
    return Optional.empty();
  }

  private static boolean onClassPath(String className) {
    try {
      Class.forName(className, false, RuleFolder.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * Whether {@code file} is one this class loads: a {@code .drl} file or a decision table
   * ({@code .drl.csv}). Every tool that watches or fingerprints a folder asks this.
   */
  public static boolean isRuleFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".drl") || name.endsWith(TABLE);
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
        dropped.add(Diagnostic.of(table.getKey(), 0, 0, Optional.empty(), "Drools built "
            + built + " rules from the table's " + table.getValue() + " rows"));
      }
    }
    return dropped;
  }

  private static Result failure(Diagnostic diagnostic) {
    return new Result(Optional.empty(), ImmutableList.of(diagnostic));
  }

  private static Diagnostic diagnostic(
      Message message, Map<String, String> texts, Map<String, String> writtenAs) {
    String path = message.getPath() == null ? "" : message.getPath();
    if (path.startsWith(RESOURCES)) {
      path = path.substring(RESOURCES.length());
    }
    path = writtenAs.getOrDefault(path, path);
    String text = message.getText() == null ? "" : message.getText().strip();
    int line = message.getLine();
    int column = message.getColumn();
    Matcher lineColumn = LINE_COLUMN.matcher(text);
    if (column <= 0 && lineColumn.find()) {
      line = line > 0 ? line : Integer.parseInt(lineColumn.group(1));
      column = Integer.parseInt(lineColumn.group(2)) + 1;
    }
    Optional<String> rule = Optional.empty();
    Matcher name = RULE_NAME.matcher(text);
    if (name.find()) {
      rule = Optional.of(name.group(1));
    } else if (texts.containsKey(path)) {
      // No line (an unknown property is reported with line -1): find the quoted expression in
      // the file and name the rule around it.
      rule = enclosingRule(texts.get(path), text);
    }
    return Diagnostic.of(path, line, column, rule, text);
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

  private static Optional<String> enclosingRule(String file, String message) {
    int colon = message.lastIndexOf(": ");
    String expression = colon >= 0 ? message.substring(colon + 2).strip() : "";
    int at = expression.isEmpty() ? -1 : file.indexOf(expression);
    if (at < 0) {
      return Optional.empty();
    }
    Optional<String> rule = Optional.empty();
    Matcher header = RULE_HEADER.matcher(file);
    while (header.find() && header.start() < at) {
      rule = Optional.of(header.group(1));
    }
    return rule;
  }
}
