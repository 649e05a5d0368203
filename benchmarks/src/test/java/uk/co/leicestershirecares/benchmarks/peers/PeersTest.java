package uk.co.leicestershirecares.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.co.leicestershirecares.benchmarks.Population;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * The peers of {@code AssessmentBenchmark} give the reference's decisions on the benchmark's
 * whole population, a wrong peer is caught, and known cases (WIRE's UP-completer route, an
 * unknown date of birth) come out as the policy says.
 */
final class PeersTest {
  private static final LocalDate AS_OF = Population.AS_OF;
  private static final ImmutableList<String> ALL_RUNNING = ImmutableList.of("UP", "WIRE",
      "LEAVING_CARE", "CARE_LEAVER_MENTORING", "MIND_MATTERS", "TARGETED_YOUTH_WORK");
  private static final EligibilityOutcome EL = EligibilityOutcome.ELIGIBLE;
  private static final EligibilityOutcome NE = EligibilityOutcome.NOT_ELIGIBLE;
  private static final EligibilityOutcome NI = EligibilityOutcome.NEEDS_INFORMATION;

  private static ReferencePolicy reference;
  private static ImmutableList<ParticipantRecord> records;
  private static DmnPeer dmn;
  private static EasyRulesPeer easyRules;

  @BeforeAll
  static void setUp() {
    reference = ReferencePolicy.withDefaults();
    // The benchmark's population: the same records AssessmentBenchmark times.
    records = Population.of(1000);
    dmn = DmnPeer.create(reference.catalogue());
    easyRules = EasyRulesPeer.create(reference.catalogue());
  }

  static Stream<String> peers() {
    return Stream.of("dmn", "easyRules");
  }

  private static DecisionPeer peer(String name) {
    return name.equals("dmn") ? dmn : easyRules;
  }

  private static List<EligibilityOutcome> decide(String name, PeerInputs inputs) {
    return name.equals("dmn") ? dmn.decide(inputs) : easyRules.decide(inputs);
  }

  @ParameterizedTest
  @MethodSource("peers")
  void peerAgreesWithTheReferenceOnTheWholePopulation(String name) {
    assertThat(PeerCheck.differences(peer(name), reference, records, AS_OF)).isEmpty();
  }

  @Test
  void populationExercisesEveryOutcomeOfEveryProgramme() {
    // Agreement proves little if every answer is the same: each programme sees each outcome.
    for (ProgrammeCode programme : DecisionPeer.PROGRAMMES) {
      Set<EligibilityOutcome> seen = EnumSet.noneOf(EligibilityOutcome.class);
      records.forEach(r -> seen.add(reference.assess(r, AS_OF).decision(programme).outcome()));
      assertThat(seen).as(programme.value()).containsExactlyInAnyOrder(EligibilityOutcome.values());
    }
  }

  @Test
  void aWrongPeerIsCaughtByRecordIndexAndProgramme() {
    DecisionPeer wrong = new DecisionPeer() {
      @Override
      public List<EligibilityOutcome> decide(ParticipantRecord record, LocalDate asOf) {
        // WIRE without its UP-completer route: the mistake a user could make.
        List<EligibilityOutcome> right = easyRules.decide(record, asOf);
        PeerInputs inputs = PeerInputs.of(record, asOf, ALL_RUNNING);
        if (!inputs.completedUp() || inputs.conviction()) {
          return right;
        }
        return ImmutableList.of(right.get(0), NE, right.get(2), right.get(3), right.get(4));
      }

      @Override
      public String name() {
        return "wrong";
      }
    };

    assertThat(PeerCheck.differences(wrong, reference, records, AS_OF))
        .isNotEmpty()
        .allMatch(d -> d.matches("record \\d+, WIRE: wrong NOT_ELIGIBLE, reference ELIGIBLE"));
    assertThatThrownBy(() -> PeerCheck.requireSameAnswers(wrong, reference, records, AS_OF))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("wrong differs from the reference on ")
        .hasMessageContaining(", WIRE: wrong NOT_ELIGIBLE, reference ELIGIBLE");
  }

  @ParameterizedTest
  @MethodSource("peers")
  void completingUpOpensWireWithoutAConviction(String name) {
    PeerInputs completer = new PeerInputs(OptionalInt.of(30), HomeArea.OUTSIDE_LLR, false, false,
        false, true, ALL_RUNNING);
    // UP: too old and outside the area; WIRE: the progression route; the rest: not care experienced.
    assertThat(decide(name, completer)).containsExactly(NE, EL, NE, NE, NE);
  }

  @ParameterizedTest
  @MethodSource("peers")
  void anUnknownDateOfBirthNeedsInformationUnlessAnotherConditionFails(String name) {
    PeerInputs unknownAge = new PeerInputs(OptionalInt.empty(), HomeArea.LEICESTER_CITY, true,
        false, true, false, ALL_RUNNING);
    assertThat(decide(name, unknownAge)).containsExactly(NI, NI, NI, NI, NI);
    PeerInputs outside = new PeerInputs(OptionalInt.empty(), HomeArea.OUTSIDE_LLR, true,
        false, false, false, ALL_RUNNING);
    assertThat(decide(name, outside)).containsExactly(NE, NE, NE, NE, NE);
  }

  @ParameterizedTest
  @MethodSource("peers")
  void ageBandsIncludeBothEnds(String name) {
    PeerInputs eighteen = new PeerInputs(OptionalInt.of(18), HomeArea.LEICESTERSHIRE, true, false,
        true, false, ALL_RUNNING);
    PeerInputs twentySix = new PeerInputs(OptionalInt.of(26), HomeArea.LEICESTERSHIRE, true,
        false, true, false, ALL_RUNNING);
    PeerInputs sixteen = new PeerInputs(OptionalInt.of(16), HomeArea.LEICESTERSHIRE, true, false,
        true, false, ALL_RUNNING);
    assertThat(decide(name, eighteen)).containsExactly(EL, EL, EL, EL, EL);
    assertThat(decide(name, twentySix)).containsExactly(NE, EL, NE, NE, NE);
    assertThat(decide(name, sixteen)).containsExactly(NE, NE, EL, EL, EL);
  }

  @ParameterizedTest
  @MethodSource("peers")
  void aProgrammeNotRunningRefusesEveryone(String name) {
    PeerInputs beforeUp = new PeerInputs(OptionalInt.of(20), HomeArea.LEICESTERSHIRE, true, false,
        true, false, ImmutableList.of("WIRE", "LEAVING_CARE", "CARE_LEAVER_MENTORING",
            "MIND_MATTERS"));
    assertThat(decide(name, beforeUp)).containsExactly(NE, EL, EL, EL, EL);
  }
}
