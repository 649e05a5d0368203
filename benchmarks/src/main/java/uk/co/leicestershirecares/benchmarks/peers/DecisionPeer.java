package uk.co.leicestershirecares.benchmarks.peers;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * Another engine deciding who is eligible for the {@link #PROGRAMMES} covered: the decision only,
 * without the reasons, the missing conditions or the rest of an assessment that our engines make.
 */
public interface DecisionPeer {
  /**
   * The programmes every peer decides, in the order of {@link #decide}'s answer: UP, WIRE (both
   * routes) and the care-experienced programmes of the shipped eligibility table.
   */
  ImmutableList<ProgrammeCode> PROGRAMMES = ImmutableList.of(ProgrammeCode.UP, ProgrammeCode.WIRE,
      ProgrammeCode.LEAVING_CARE, ProgrammeCode.CARE_LEAVER_MENTORING, ProgrammeCode.MIND_MATTERS);

  /**
   * Decides every programme of {@link #PROGRAMMES} for one record on one date.
   *
   * @param record the young person's record
   * @param asOf the date asked about
   * @return one outcome per programme of {@link #PROGRAMMES}, in that order
   */
  List<EligibilityOutcome> decide(ParticipantRecord record, LocalDate asOf);

  /** The peer's name in tables and messages: {@code dmn} or {@code easyRules}. */
  String name();
}
