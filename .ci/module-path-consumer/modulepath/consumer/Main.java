package modulepath.consumer;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.json.CaresJson;
import uk.co.leicestershirecares.report.ReportGenerator;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.DroolsPolicy;

/**
 * Reads a record (the file its one argument names) with the json module, assesses it with core's
 * reference policy and with the shipped Drools rules, and prints both answers as JSON; exits with
 * status 1 when either the program or the library is not running as a named module, or when the
 * two answers differ.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the check.
   *
   * @param args the record file, in the record format
   * @throws IOException when the record file cannot be read
   */
  public static void main(String[] args) throws IOException {
    for (Class<?> type : List.of(Main.class, ReferencePolicy.class, ReportGenerator.class,
        CaresJson.class, DroolsPolicy.class, com.google.common.collect.ImmutableList.class)) {
      Module module = type.getModule();
      if (!module.isNamed() || module.getDescriptor().isAutomatic()) {
        fail(type.getName() + " is not in a named module: " + module);
      }
      // What any module may read: core's internal package is exported to the report module only.
      System.out.println("module " + module.getName() + ": exports " + module.getDescriptor()
          .exports().stream().filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source).sorted()
          .collect(Collectors.joining(" ")));
    }

    LocalDate asOf = LocalDate.of(2026, 11, 25);
    ParticipantRecord record = CaresJson.readRecord(Path.of(args[0]));
    Assessment reference = ReferencePolicy.withDefaults().assess(record, asOf);
    Assessment drools = CaresRules.newBuilder().build().assess(record, asOf);
    String referenceJson = CaresJson.writeAssessment(reference);
    String droolsJson = CaresJson.writeAssessment(drools);
    System.out.println("reference policy: " + referenceJson);
    System.out.println("shipped rules:    " + droolsJson);
    if (!referenceJson.equals(droolsJson)) {
      fail("the shipped rules and the reference policy answer differently");
    }
    System.out.println("module-path consumer: " + record.participant().id() + " is at stage "
        + drools.stage() + ", the same from both policies");
  }

  private static void fail(String message) {
    System.err.println("module-path consumer: " + message);
    System.exit(1);
  }
}
