package uk.co.leicestershirecares.rules.internal;

import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import uk.co.leicestershirecares.core.table.PolicyTables;
import uk.co.leicestershirecares.core.table.RecentActivityTable;
import uk.co.leicestershirecares.rules.ShippedRules;

/**
 * Compiles rule files the way {@code RuleFolder.load} does, up to and including {@code buildAll}
 * and never further: no KieContainer, KieBase or session is made, so no rule (and no hostile
 * payload) ever runs. Tables are checked and rewritten by {@link PolicyTables} first, and each
 * file is written under the folder its package names, as {@code RuleFolder} does.
 */
final class RuleBuilds {
  private static final String RESOURCES = "src/main/resources/";
  private static final String TABLE = ".drl.csv";
  // RuleFolder's patterns: a DRL's package statement, a decision table's RuleSet cell.
  private static final String NAME = "([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)";
  private static final Pattern DRL_PACKAGE =
      Pattern.compile("(?m)^\\s*package\\s+" + NAME + "\\s*;?\\s*$");
  private static final Pattern TABLE_PACKAGE =
      Pattern.compile("(?m)^\"?RuleSet\"?,\"?" + NAME + "\"?(?:,|$)");

  private RuleBuilds() {}

  /** What a build gave: the builder (to read its results and class files). */
  record Build(KieBuilder builder) {
    /** Returns the build's error messages, empty when it compiled. */
    List<String> errors() {
      return builder.getResults().getMessages(Message.Level.ERROR).stream()
          .map(Message::getText).toList();
    }
  }

  /** The shipped rule files, by name. */
  static ImmutableMap<String, String> shipped() {
    Map<String, String> files = new LinkedHashMap<>();
    for (String name : ShippedRules.files()) {
      files.put(name, ShippedRules.text(name));
    }
    return ImmutableMap.copyOf(files);
  }

  /** Returns the DRL Drools compiles from {@code relative}: the text, or a table's DRL. */
  static String drlOf(String relative, String text) {
    if (!relative.endsWith(TABLE)) {
      return text;
    }
    return new SpreadsheetCompiler().compile(
        new ByteArrayInputStream(checkedTable(relative, text).getBytes(StandardCharsets.UTF_8)),
        InputType.CSV);
  }

  /** Compiles {@code files} (name to text) with {@code buildAll} only. */
  static Build build(Map<String, String> files) {
    return build(files, StandardCharsets.UTF_8);
  }

  /** Compiles {@code files}, each written to Drools in {@code charset}, with buildAll only. */
  static Build build(Map<String, String> files, Charset charset) {
    KieServices services = KieServices.get();
    ReleaseId releaseId = services.newReleaseId(
        "uk.co.leicestershirecares.test", "rules-" + UUID.randomUUID(), "1.0.0");
    KieFileSystem fileSystem = services.newKieFileSystem();
    fileSystem.generateAndWritePomXML(releaseId);
    for (Map.Entry<String, String> file : files.entrySet()) {
      String relative = file.getKey();
      String text = file.getValue();
      if (relative.endsWith(TABLE)) {
        text = checkedTable(relative, text);
      }
      fileSystem.write(RESOURCES + packageFolder(relative, text) + relative,
          text.getBytes(charset));
    }
    KieBuilder builder = services.newKieBuilder(fileSystem).buildAll(ExecutableModelProject.class);
    // buildAll puts the module in the process-wide repository; nothing here needs it there.
    services.getRepository().removeKieModule(releaseId);
    return new Build(builder);
  }

  // As RuleFolder: the recent-activity table is read as its own kind, the others are checked.
  private static String checkedTable(String relative, String text) {
    return relative.equals(RecentActivityTable.FILE)
        ? RecentActivityTable.read(relative, text).decisionTable().text()
        : PolicyTables.check(relative, text).text();
  }

  private static String packageFolder(String relative, String text) {
    Matcher declared = (relative.endsWith(TABLE) ? TABLE_PACKAGE : DRL_PACKAGE).matcher(text);
    if (!declared.find() || relative.contains("/")) {
      return "";
    }
    return declared.group(1).replace('.', '/') + "/";
  }
}
