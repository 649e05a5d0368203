package uk.co.leicestershirecares.rules;

import java.time.LocalDate;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.outcome.OutcomeId;
import uk.co.leicestershirecares.core.outcome.OutcomeType;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantId;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;

/**
 * The few hand-made records and outcomes the rules module's tests share, so that a test reading
 * "aged 27" gets the same person everywhere and a change to what a record needs is made once.
 */
public final class TestRecords {
  /**
   * Born 1999-01-01 in Leicester with a conviction in 2020: 27 on the tests' as-of date
   * (2026-11-25), outside UP's shipped 18 to 25 band and inside the 18 to 29 band the reload
   * tests edit it to.
   */
  public static final ParticipantRecord AGED_27 = ParticipantRecord.of(Participant.builder()
      .id(ParticipantId.of("P-1"))
      .dateOfBirth(LocalDate.of(1999, 1, 1))
      .homeArea(HomeArea.LEICESTER_CITY)
      .addCircumstance(Circumstance.of(CircumstanceType.CONVICTION, LocalDate.of(2020, 1, 1)))
      .build());

  /** A volunteering outcome on 2026-06-01, which the shipped outcomes table counts as ETE. */
  public static final OutcomeEvent VOLUNTEERING = OutcomeEvent.builder()
      .id(OutcomeId.of("O-1")).type(OutcomeType.VOLUNTEERING).date(LocalDate.of(2026, 6, 1))
      .build();

  /**
   * The shipped outcomes table's row for {@link #VOLUNTEERING}, whose last column ({@code yes})
   * the folder tests edit to make it not count, or to break the table.
   */
  public static final String VOLUNTEERING_ROW =
      "OUTCOME.volunteering,001_cc2b091141c814b2.txt,VOLUNTEERING,VOLUNTEERING,yes,";

  private TestRecords() {}

  /**
   * Returns a record with the given id, born 2000-01-01 in Leicester, with no circumstances: a
   * plain record for tests about the machinery rather than any rule's answer.
   */
  public static ParticipantRecord bornIn2000(String id) {
    return ParticipantRecord.of(Participant.builder()
        .id(ParticipantId.of(id))
        .dateOfBirth(LocalDate.of(2000, 1, 1))
        .homeArea(HomeArea.LEICESTER_CITY)
        .build());
  }
}
