package uk.co.leicestershirecares.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantId;
import uk.co.leicestershirecares.core.policy.FinancialQuarter;
import uk.co.leicestershirecares.core.policy.PlanYear;

/**
 * The README's first command: builds a participant and prints their age, the plan year and the
 * financial quarter on a date.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java}.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Prints the example to standard output.
   *
   * @param args an optional as-of date ({@code 2026-11-25}); today when absent
   */
  public static void main(String[] args) {
    LocalDate asOf = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.of(2026, 11, 25);
    run(asOf, System.out);
  }

  static void run(LocalDate asOf, PrintStream out) {
    Participant participant =
        Participant.builder()
            .id(ParticipantId.of("P-0001"))
            .dateOfBirth(LocalDate.of(2007, 3, 4))
            .homeArea(HomeArea.LEICESTER_CITY)
            .addCircumstance(Circumstance.of(CircumstanceType.CARE_EXPERIENCED, LocalDate.of(2015, 6, 1)))
            .build();

    out.println("As of " + asOf + " (plan year " + PlanYear.containing(asOf)
        + ", quarter " + FinancialQuarter.containing(asOf) + "):");
    out.println("  " + participant + " is aged " + participant.ageOn(asOf).getAsInt());
  }
}
