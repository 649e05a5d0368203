package uk.co.leicestershirecares.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.rules.TestRecords;

/**
 * Issue 21, item 7: the hostile corpus is live, so {@code HostileRuleFolderTest} cannot pass
 * vacuously. Every entry of {@link HostileFolders#live()} is compiled with plain Drools (a {@code
 * KieFileSystem} built into the executable model, no checks of ours), a session is given a
 * record, a rough-sleeping circumstance and the standard programmes, its rules fire, and every
 * entry's marker must appear. All live entries are compiled together in one module (a table's
 * file and {@code RuleTable} name are made unique for this), which keeps the test to one
 * compilation.
 *
 * <p>Measured on the code before the protections (the shipped rules copied into a folder, the
 * entry dropped in, {@code ReloadingPolicy.open}): {@code fqn-spaces} and {@code
 * unicode-newline-ends-comment} passed the linter, loaded and ran their payload on the probe
 * records; {@code eval}, {@code from} and {@code salience} ran theirs while the folder was
 * compiled, before the linter refused it; 19 files of other extensions were ignored in silence.
 *
 * <p>With {@code -Dhostile.discover=true} each entry is instead compiled and fired alone, and
 * the test prints which compile and which run their payload: how {@link
 * HostileFolders.Entry#liveOnPlainDrools()} was measured.
 */
final class HostileLivenessTest {
  private static final String RESOURCES = "src/main/resources/";

  @TempDir
  Path temp;

  /** What compiling and firing some entries with plain Drools gave. */
  private record Outcome(List<String> errors, String fired) {}

  private static String unique(HostileFolders.Entry entry, String text) {
    // Tables of the same name would make rules of the same name in one module.
    return text.replace("RuleTable Crises", "RuleTable Crises" + javaName(entry.id()))
        .replace("RuleTable Eligibility", "RuleTable Eligibility" + javaName(entry.id()));
  }

  private static String javaName(String id) {
    return id.replaceAll("[^A-Za-z0-9]", "");
  }

  /** Where plain Drools would find the file in a module: rules by package, others at the root. */
  private static String modulePath(HostileFolders.Entry entry, String name, boolean alone) {
    if (name.startsWith("META-INF/") || name.equals("pom.xml")) {
      return RESOURCES + name;
    }
    if (name.endsWith(".java")) {
      return "src/main/java/" + HostileFolders.RULES_PACKAGE + name;
    }
    String file = alone || name.endsWith(".dsl") || name.endsWith(".dslr") ? name
        : javaName(entry.id()) + "-" + name;
    return RESOURCES + HostileFolders.RULES_PACKAGE + file;
  }

  private static Outcome compileAndFire(List<HostileFolders.Entry> entries,
      Map<HostileFolders.Entry, Path> markers, boolean alone) {
    KieServices services = KieServices.get();
    ReleaseId releaseId = services.newReleaseId("hostile", "liveness-" + UUID.randomUUID(), "1");
    KieFileSystem fileSystem = services.newKieFileSystem();
    fileSystem.generateAndWritePomXML(releaseId);
    for (HostileFolders.Entry entry : entries) {
      for (HostileFolders.HostileFile file : entry.files(markers.get(entry))) {
        byte[] bytes = file.name().contains(".csv") || file.name().endsWith(".xls")
            || file.name().endsWith(".xlsx")
            ? unique(entry, file.text()).getBytes(java.nio.charset.StandardCharsets.UTF_8)
            : file.bytes();
        fileSystem.write(modulePath(entry, file.name(), alone), bytes);
      }
    }
    try {
      KieBuilder builder =
          services.newKieBuilder(fileSystem).buildAll(ExecutableModelProject.class);
      List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
      if (!errors.isEmpty()) {
        return new Outcome(errors.stream().map(Message::getText).collect(Collectors.toList()),
            "");
      }
      KieContainer container = services.newKieContainer(releaseId);
      KieSession session = container.newKieSession();
      try {
        session.insert(TestRecords.bornIn2000("P-HOSTILE"));
        session.insert(Circumstance.of(CircumstanceType.ROUGH_SLEEPING, LocalDate.of(2020, 1, 1)));
        ProgrammeCatalogue.standard().programmes().forEach(session::insert);
        // A payload may run and its rule then throw (a cell the table's own code refuses
        // afterwards): fire again, so that one entry's failure does not hide another's payload.
        int fired = 0;
        List<String> thrown = new ArrayList<>();
        for (int attempt = 0; attempt < 10; attempt++) {
          try {
            fired += session.fireAllRules();
            break;
          } catch (RuntimeException e) {
            thrown.add(String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
          }
        }
        return new Outcome(List.of(), "fired " + fired + (thrown.isEmpty() ? ""
            : ", threw " + thrown));
      } finally {
        session.dispose();
        container.dispose();
      }
    } catch (RuntimeException | LinkageError e) {
      // A reader Drools picks by extension may be missing (Excel needs Apache POI).
      return new Outcome(List.of("build threw " + e), "");
    } finally {
      services.getRepository().removeKieModule(releaseId);
    }
  }

  @Test
  void everyLivePayloadRunsUnderPlainDrools() throws Exception {
    List<HostileFolders.Entry> live = HostileFolders.live();
    Map<HostileFolders.Entry, Path> markers = new LinkedHashMap<>();
    for (HostileFolders.Entry entry : live) {
      markers.put(entry, temp.resolve(entry.id() + ".marker"));
    }
    long start = System.nanoTime();
    Outcome outcome = compileAndFire(live, markers, false);
    System.out.printf("Hostile liveness: %d entries compiled and fired together in %d ms, %s%n",
        live.size(), (System.nanoTime() - start) / 1_000_000, outcome.fired());
    assertThat(outcome.errors()).as("plain Drools compiles every live entry").isEmpty();
    assertThat(live).as("every live entry's payload ran")
        .allSatisfy(e -> assertThat(markers.get(e)).as(e.toString()).exists());
    assertThat(live.size()).isGreaterThanOrEqualTo(35);
  }

  @Test
  @EnabledIfSystemProperty(named = "hostile.discover", matches = "true")
  void discover() throws Exception {
    List<String> lines = new ArrayList<>();
    for (HostileFolders.Entry entry : HostileFolders.all()) {
      Path marker = temp.resolve(entry.id() + ".marker");
      long start = System.nanoTime();
      Outcome outcome = compileAndFire(List.of(entry), Map.of(entry, marker), true);
      String errors = outcome.errors().isEmpty() ? "" : " " + outcome.errors().get(0)
          .replace('\n', ' ');
      lines.add(String.format("DISCOVER %-28s %-5s %5d ms compiles=%s %s%s", entry.id(),
          Files.exists(marker) ? "LIVE" : "-", (System.nanoTime() - start) / 1_000_000,
          outcome.errors().isEmpty(), outcome.fired(),
          errors.length() > 300 ? errors.substring(0, 300) : errors));
    }
    lines.forEach(System.out::println);
    // What Drools makes of the cells that carry code, to see why a cell is live or not.
    for (String id : List.of("cell-backslash-quote", "cell-crisis-condition",
        "cell-in-force-backslash")) {
      HostileFolders.HostileFile file = HostileFolders.get(id).files(temp.resolve("m")).get(0);
      String drl = new org.drools.decisiontable.SpreadsheetCompiler().compile(
          new java.io.ByteArrayInputStream(file.bytes()), org.drools.decisiontable.InputType.CSV);
      drl.lines().filter(l -> l.contains("hostile") || l.contains("RuleTable"))
          .forEach(l -> System.out.println("GENERATED " + id + ": " + l));
    }
  }
}
