package uk.co.leicestershirecares.benchmarks.peers;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * Compares a peer's decisions with an engine of ours (the reference) record by record, so a peer
 * is only timed once it gives the same answers. Differences name the record's index in the list
 * and the programme, never the participant's data.
 */
public final class PeerCheck {
  private PeerCheck() {}

  /**
   * Returns every difference between the peer and the policy on the records, one line each
   * ({@code "record 17, UP: dmn NOT_ELIGIBLE, reference ELIGIBLE"}); empty when they agree.
   *
   * @param peer the peer
   * @param policy our engine, whose full assessments hold the decisions
   * @param records the records
   * @param asOf the date asked about
   * @return the differences, in record then programme order
   */
  public static ImmutableList<String> differences(DecisionPeer peer, Policy policy,
      List<ParticipantRecord> records, LocalDate asOf) {
    ImmutableList.Builder<String> differences = ImmutableList.builder();
    for (int i = 0; i < records.size(); i++) {
      List<EligibilityOutcome> decided = peer.decide(records.get(i), asOf);
      Assessment expected = policy.assess(records.get(i), asOf);
      for (int p = 0; p < DecisionPeer.PROGRAMMES.size(); p++) {
        ProgrammeCode programme = DecisionPeer.PROGRAMMES.get(p);
        EligibilityOutcome want = expected.decision(programme).outcome();
        if (decided.get(p) != want) {
          differences.add("record " + i + ", " + programme.value() + ": " + peer.name() + " "
              + decided.get(p) + ", reference " + want);
        }
      }
    }
    return differences.build();
  }

  /**
   * Throws unless the peer agrees with the policy on every record and programme.
   *
   * @param peer the peer
   * @param policy our engine
   * @param records the records
   * @param asOf the date asked about
   * @throws IllegalStateException naming the first differences (record index and programme)
   */
  public static void requireSameAnswers(DecisionPeer peer, Policy policy,
      List<ParticipantRecord> records, LocalDate asOf) {
    ImmutableList<String> differences = differences(peer, policy, records, asOf);
    if (!differences.isEmpty()) {
      throw new IllegalStateException(peer.name() + " differs from the reference on "
          + differences.size() + " decisions, first: "
          + String.join("; ", differences.subList(0, Math.min(5, differences.size()))));
    }
  }
}
