package uk.co.leicestershirecares.benchmarks;

import java.time.LocalDate;
import uk.co.leicestershirecares.core.engagement.Attendance;
import uk.co.leicestershirecares.core.engagement.Referral;
import uk.co.leicestershirecares.core.engagement.ReferralSource;
import uk.co.leicestershirecares.core.engagement.Session;
import uk.co.leicestershirecares.core.engagement.SessionId;
import uk.co.leicestershirecares.core.engagement.SessionKind;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.outcome.OutcomeId;
import uk.co.leicestershirecares.core.outcome.OutcomeType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantId;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.report.ReportDataSet;

/**
 * Report data sets of a given number of events, all in {@link #QUARTER} for {@link #PROGRAMME},
 * so that every event is counted (the report's worst case). One young person brings {@value
 * #EVENTS_PER_PERSON} events: 16 attendances, 2 outcomes and the 2 sessions they stand for in the
 * data set's session list. People, sessions and outcomes grow in proportion to the events, so a
 * linear report takes ten times as long for ten times the events.
 */
public final class ReportData {
  /** The quarter every event falls in: 2026-27 Q3 (1 October to 31 December 2026). */
  public static final FinancialQuarter QUARTER = FinancialQuarter.parse("2026/27 Q3");

  /** The programme every event belongs to. */
  public static final ProgrammeCode PROGRAMME = ProgrammeCode.LEAVING_CARE;

  /** Attendances, outcomes and sessions per young person. */
  public static final int EVENTS_PER_PERSON = 20;

  private static final int ATTENDANCES_PER_PERSON = 16;
  private static final OutcomeType[] OUTCOME_TYPES = {
      OutcomeType.EMPLOYMENT, OutcomeType.VOLUNTEERING, OutcomeType.WELLBEING,
      OutcomeType.HOUSING_APPLICATION, OutcomeType.EDUCATION_ENTERED, OutcomeType.CAMPAIGNING};

  private ReportData() {}

  /**
   * Returns a data set of {@code events} events (a multiple of {@value #EVENTS_PER_PERSON}).
   *
   * @throws IllegalArgumentException if {@code events} is not a positive multiple of {@value
   *     #EVENTS_PER_PERSON}
   */
  public static ReportDataSet withEvents(int events) {
    if (events < EVENTS_PER_PERSON || events % EVENTS_PER_PERSON != 0) {
      throw new IllegalArgumentException(
          "events must be a positive multiple of " + EVENTS_PER_PERSON + ", was " + events);
    }
    int people = events / EVENTS_PER_PERSON;
    LocalDate first = QUARTER.start();
    int days = (int) (QUARTER.end().toEpochDay() - first.toEpochDay()) + 1;
    ReportDataSet.Builder data = ReportDataSet.builder();
    for (int p = 0; p < people; p++) {
      ParticipantRecord.Builder record = ParticipantRecord.builder()
          .participant(Participant.builder()
              .id(ParticipantId.of(String.format("P-%07d", p)))
              .dateOfBirth(LocalDate.of(2000 + p % 8, 1 + p % 12, 1 + p % 28))
              .homeArea(HomeArea.values()[p % HomeArea.values().length])
              .build())
          .addReferral(Referral.of(PROGRAMME, first.minusDays(1 + p % 60), ReferralSource.SELF));
      for (int a = 0; a < ATTENDANCES_PER_PERSON; a++) {
        record.addAttendance(Attendance.of(first.plusDays((p + a * 5) % days),
            a % 2 == 0 ? SessionKind.ONE_TO_ONE : SessionKind.GROUP, PROGRAMME));
      }
      for (int o = 0; o < 2; o++) {
        record.addOutcome(OutcomeEvent.builder()
            .id(OutcomeId.of(String.format("O-%07d-%d", p, o)))
            .type(OUTCOME_TYPES[(p + o) % OUTCOME_TYPES.length])
            .date(first.plusDays((p * 7 + o * 40) % days))
            .programme(PROGRAMME)
            .build());
        data.addSession(Session.of(SessionId.of(String.format("S-%07d-%d", p, o)), PROGRAMME,
            first.plusDays((p + o * 31) % days), SessionKind.GROUP));
      }
      data.addParticipant(record.build());
    }
    return data.build();
  }
}
