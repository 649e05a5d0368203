package uk.co.leicestershirecares.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.eligibility.MissingCondition;
import uk.co.leicestershirecares.core.engagement.Attendance;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.engagement.EnrolmentStatus;
import uk.co.leicestershirecares.core.engagement.SessionKind;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantId;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.DroolsPolicy;
import uk.co.leicestershirecares.rules.Explanation;
import uk.co.leicestershirecares.rules.FiredRule;

/**
 * The README's first command: assesses three people like those in the charity's stories and
 * prints each one's stage, employment pathway and every programme decision, with reasons and what
 * is missing.
 *
 * <ul>
 *   <li>P-0001, 19, a conviction, completed UP: WIRE is open to them.
 *   <li>P-0002, sleeping rough (like Toiyan): power within first, employment on hold.
 *   <li>P-0003, 17 and care experienced, in a group: Leaving Care yes, UP not until 18.
 * </ul>
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java}; arguments set the date
 * (default 2026-11-25) and the policy: {@code -Dexec.args="2026-11-25 drools"} asks the shipped
 * Drools rules instead of the plain-Java reference, prints the same answers, and lists the rules
 * that fired.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Prints the example to standard output.
   *
   * @param args an optional as-of date such as {@code 2026-11-25}
   */
  public static void main(String[] args) {
    LocalDate asOf = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.of(2026, 11, 25);
    boolean drools = args.length > 1 && args[1].equals("drools");
    run(asOf, drools, System.out);
  }

  static void run(LocalDate asOf, boolean drools, PrintStream out) {
    // The one line that switches engines: both implement Policy and give the same answers.
    Policy policy = drools ? CaresRules.newBuilder().build() : ReferencePolicy.withDefaults();
    for (ParticipantRecord record : people()) {
      if (policy instanceof DroolsPolicy droolsPolicy) {
        // explain gives the assessment and the fired rules from one evaluation.
        Explanation explanation = droolsPolicy.explain(record, asOf);
        print(explanation.assessment(), out);
        out.println("  rules fired: " + explanation.firedRules().stream()
            .map(FiredRule::ruleId).distinct().collect(Collectors.joining(", ")));
        out.println();
      } else {
        print(policy.assess(record, asOf), out);
      }
    }
  }

  static List<ParticipantRecord> people() {
    ParticipantRecord completedUp =
        ParticipantRecord.builder()
            .participant(Participant.builder()
                .id(ParticipantId.of("P-0001"))
                .dateOfBirth(LocalDate.of(2007, 3, 4))
                .homeArea(HomeArea.LEICESTER_CITY)
                .addCircumstance(Circumstance.of(CircumstanceType.CONVICTION, LocalDate.of(2025, 1, 6)))
                .build())
            .addEnrolment(Enrolment.builder()
                .programme(ProgrammeCode.UP)
                .status(EnrolmentStatus.COMPLETED)
                .from(LocalDate.of(2025, 3, 10))
                .to(LocalDate.of(2025, 9, 30))
                .build())
            .build();

    ParticipantRecord roughSleeping =
        ParticipantRecord.builder()
            .participant(Participant.builder()
                .id(ParticipantId.of("P-0002"))
                .dateOfBirth(LocalDate.of(2003, 9, 12))
                .homeArea(HomeArea.LEICESTERSHIRE)
                .addCircumstance(Circumstance.of(CircumstanceType.CONVICTION, LocalDate.of(2024, 5, 1)))
                .addCircumstance(Circumstance.of(CircumstanceType.ROUGH_SLEEPING, LocalDate.of(2026, 10, 1)))
                .build())
            .addEnrolment(Enrolment.builder()
                .programme(ProgrammeCode.UP)
                .status(EnrolmentStatus.ACTIVE)
                .from(LocalDate.of(2026, 6, 1))
                .build())
            .build();

    ParticipantRecord careExperienced17 =
        ParticipantRecord.builder()
            .participant(Participant.builder()
                .id(ParticipantId.of("P-0003"))
                .dateOfBirth(LocalDate.of(2009, 3, 4))
                .homeArea(HomeArea.RUTLAND)
                .addCircumstance(Circumstance.of(CircumstanceType.CARE_EXPERIENCED, LocalDate.of(2016, 2, 1)))
                .addCircumstance(Circumstance.of(CircumstanceType.AT_RISK_OF_OFFENDING, LocalDate.of(2026, 4, 1)))
                .build())
            .addAttendance(Attendance.of(LocalDate.of(2026, 11, 10), SessionKind.GROUP, ProgrammeCode.LEAVING_CARE))
            .build();

    return List.of(completedUp, roughSleeping, careExperienced17);
  }

  private static void print(Assessment a, PrintStream out) {
    out.println(a.participant() + " on " + a.asOf() + " (plan year " + a.planYear() + ")");
    out.println("  stage: " + a.stage());
    a.stageReasons().forEach(r -> out.println("    - " + r.text() + "  [" + r.ruleId() + "]"));
    out.println("  employment pathway: " + a.employmentPathway());
    a.employmentPathwayReasons().forEach(r -> out.println("    - " + r.text() + "  [" + r.ruleId() + "]"));
    for (EligibilityDecision d : a.eligibility()) {
      out.println("  " + d.programme() + ": " + d.outcome());
      for (Reason r : d.reasons()) {
        out.println("    - " + r.text() + "  [" + r.ruleId() + "]");
      }
      for (MissingCondition m : d.missing()) {
        out.println("    missing: " + m.text() + "  [" + m.ruleId() + "]");
      }
    }
    out.println();
  }
}
