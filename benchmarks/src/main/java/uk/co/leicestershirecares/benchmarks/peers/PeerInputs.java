package uk.co.leicestershirecares.benchmarks.peers;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.OptionalInt;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * The facts a user's own Java would work out from a record before handing them to a rule engine:
 * the age on the date (empty when the date of birth is unknown; -1 when the date is before the
 * birth, which no band admits), the home area, the circumstances held on the date, whether UP
 * was completed by the date, and the programmes running on the date.
 *
 * @param age the age in whole years on the date, as {@link Participant#ageOn(LocalDate)} counts
 *     it
 * @param homeArea the home area
 * @param conviction whether a conviction is held on the date
 * @param atRiskOfOffending whether being at risk of offending is held on the date
 * @param careExperienced whether being care experienced is held on the date
 * @param completedUp whether an enrolment on UP was completed by the date
 * @param runningProgrammes the codes of the catalogue's programmes that run on the date
 */
public record PeerInputs(OptionalInt age, HomeArea homeArea, boolean conviction,
    boolean atRiskOfOffending, boolean careExperienced, boolean completedUp,
    ImmutableList<String> runningProgrammes) {

  /**
   * Works out the inputs for one record.
   *
   * @param record the record
   * @param asOf the date asked about
   * @param running the codes of the programmes running on {@code asOf} (see {@link #running})
   * @return the inputs
   */
  public static PeerInputs of(ParticipantRecord record, LocalDate asOf,
      ImmutableList<String> running) {
    Participant p = record.participant();
    OptionalInt age = p.dateOfBirth().isEmpty() ? OptionalInt.empty()
        : OptionalInt.of(p.ageOn(asOf).orElse(-1));
    return new PeerInputs(age, p.homeArea(),
        p.hasCircumstanceOn(CircumstanceType.CONVICTION, asOf),
        p.hasCircumstanceOn(CircumstanceType.AT_RISK_OF_OFFENDING, asOf),
        p.hasCircumstanceOn(CircumstanceType.CARE_EXPERIENCED, asOf),
        record.latestCompletion(ProgrammeCode.UP, asOf).isPresent(),
        running);
  }

  /**
   * The codes of the catalogue's programmes running on a date: the same for every record, so a
   * caller works them out once per date.
   *
   * @param catalogue the programmes
   * @param asOf the date
   * @return the codes, in the catalogue's order
   */
  public static ImmutableList<String> running(ProgrammeCatalogue catalogue, LocalDate asOf) {
    return catalogue.programmes().stream()
        .filter(programme -> programme.runsOn(asOf))
        .map(programme -> programme.code().value())
        .collect(ImmutableList.toImmutableList());
  }

  /** Whether a home area is in Leicester, Leicestershire or Rutland, the area UP and WIRE serve. */
  boolean livesInArea() {
    return homeArea != HomeArea.OUTSIDE_LLR;
  }

  /** Whether the age is known and within {@code min} to {@code max} years, both included. */
  boolean agedBetween(int min, int max) {
    return age.isPresent() && age.getAsInt() >= min && age.getAsInt() <= max;
  }

  /** Returns the inputs without the participant's data: they are personal. */
  @Override
  public String toString() {
    return "PeerInputs[...]";
  }
}
