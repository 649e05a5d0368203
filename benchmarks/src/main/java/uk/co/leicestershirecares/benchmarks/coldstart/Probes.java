package uk.co.leicestershirecares.benchmarks.coldstart;

import java.io.PrintStream;
import java.time.LocalDate;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.engagement.EnrolmentStatus;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantId;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * What every start-up probe shares: one built-in record and the one line a probe prints.
 *
 * <p>The record is written out by hand rather than taken from {@code Population}: the testing
 * kit's generators would load classes no real caller loads and blur the start-up being measured.
 */
final class Probes {
  /** The date every probe asks about (the benchmarks' date). */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

  private Probes() {}

  /** A young person who completed UP, with a conviction: the rules decide UP, WIRE and a stage. */
  static ParticipantRecord record() {
    return ParticipantRecord.builder()
        .participant(Participant.builder()
            .id(ParticipantId.of("P-COLD-1"))
            .dateOfBirth(LocalDate.of(2003, 9, 12))
            .homeArea(HomeArea.LEICESTER_CITY)
            .addCircumstance(Circumstance.of(CircumstanceType.CONVICTION, LocalDate.of(2024, 5, 1)))
            .build())
        .addEnrolment(Enrolment.builder()
            .programme(ProgrammeCode.UP)
            .status(EnrolmentStatus.COMPLETED)
            .from(LocalDate.of(2025, 3, 10))
            .to(LocalDate.of(2025, 9, 30))
            .build())
        .build();
  }

  /**
   * Prints {@code probe=<name> stage=<stage>}: proof that an answer came back, and nothing about
   * the person (no date of birth, no circumstance).
   */
  static void report(String probe, Assessment assessment, PrintStream out) {
    out.println("probe=" + probe + " stage=" + assessment.stage());
  }
}
