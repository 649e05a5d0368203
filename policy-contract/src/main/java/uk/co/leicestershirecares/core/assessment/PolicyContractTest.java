package uk.co.leicestershirecares.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.ABUSIVE_RELATIONSHIP;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.AT_RISK_OF_OFFENDING;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.CARE_EXPERIENCED;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.CONVICTION;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.MENTAL_HEALTH_CRISIS;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.MENTAL_HEALTH_NEED;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.NEET;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.ROUGH_SLEEPING;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.SEND;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.SUPPORTED_ACCOMMODATION;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.TEMPORARY_ACCOMMODATION;
import static uk.co.leicestershirecares.core.programme.ProgrammeCode.CARE_LEAVER_MENTORING;
import static uk.co.leicestershirecares.core.programme.ProgrammeCode.LEAVING_CARE;
import static uk.co.leicestershirecares.core.programme.ProgrammeCode.MIND_MATTERS;
import static uk.co.leicestershirecares.core.programme.ProgrammeCode.TARGETED_YOUTH_WORK;
import static uk.co.leicestershirecares.core.programme.ProgrammeCode.UP;
import static uk.co.leicestershirecares.core.programme.ProgrammeCode.WIRE;
import static uk.co.leicestershirecares.testing.PolicyAssertions.assertThat;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.eligibility.MissingCondition;
import uk.co.leicestershirecares.core.engagement.Attendance;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.engagement.EnrolmentStatus;
import uk.co.leicestershirecares.core.engagement.MentoringMatch;
import uk.co.leicestershirecares.core.engagement.Sector;
import uk.co.leicestershirecares.core.engagement.SessionKind;
import uk.co.leicestershirecares.core.engagement.WorkPlacement;
import uk.co.leicestershirecares.core.outcome.OutcomeCategory;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.outcome.OutcomeId;
import uk.co.leicestershirecares.core.outcome.OutcomeType;
import uk.co.leicestershirecares.core.outcome.TrainingType;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.LeapDayBirthday;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantId;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.plan.PlanYear;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.programme.Programme;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.core.reason.Sources;
import uk.co.leicestershirecares.core.stage.EmploymentPathway;
import uk.co.leicestershirecares.core.stage.Stage;
import uk.co.leicestershirecares.core.stage.StageChange;
import uk.co.leicestershirecares.core.table.CrisisTable;

/**
 * One example per source sentence the policy implements; each test quotes its sentence. Every
 * {@link Policy} must pass these: {@code ReferencePolicySeedSentencesTest} runs them against the
 * reference, and the rules module runs them against the Drools rules. The properties that
 * generalise these examples are in {@code ReferencePolicyPropertiesTest}.
 *
 * <p>Outcomes, stages and employment pathways are checked with the testing kit's {@link
 * uk.co.leicestershirecares.testing.PolicyAssertions}, beside AssertJ's own assertions for the
 * rest.
 */
public abstract class PolicyContractTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

  /** Returns the policy under test, with default parameters and the standard catalogue. */
  protected abstract Policy policy();

  /** Returns the policy under test with the given parameters and catalogue. */
  protected abstract Policy policy(PolicyParameters parameters, ProgrammeCatalogue catalogue);

  /**
   * Returns the policy under test, with default parameters and the standard catalogue, reading
   * {@code crisesTable} as its crises table ({@code crises.drl.csv}, an analyst's edited copy of
   * {@link CrisisTable#shippedText()}) instead of the shipped one.
   */
  protected abstract Policy policyWithCrises(String crisesTable);

  /** A participant born on {@code dob} in Leicester city with the given ongoing circumstances. */
  private static Participant person(LocalDate dob, CircumstanceType... circumstances) {
    Participant.Builder p = Participant.builder()
        .id(ParticipantId.of("P-1"))
        .dateOfBirth(dob)
        .homeArea(HomeArea.LEICESTER_CITY);
    for (CircumstanceType type : circumstances) {
      p.addCircumstance(Circumstance.of(type, dob.plusYears(14)));
    }
    return p.build();
  }

  private static ParticipantRecord record(
      Participant participant, UnaryOperator<ParticipantRecord.Builder> more) {
    return more.apply(ParticipantRecord.builder().participant(participant)).build();
  }

  private static ParticipantRecord record(Participant participant) {
    return ParticipantRecord.of(participant);
  }

  private EligibilityDecision decide(ParticipantRecord record, ProgrammeCode programme,
      LocalDate asOf) {
    return policy().assess(record, asOf).decision(programme);
  }

  private static OutcomeEvent outcome(String id, OutcomeType type, LocalDate date) {
    OutcomeEvent.Builder event = OutcomeEvent.builder().id(OutcomeId.of(id)).type(type).date(date);
    if (type == OutcomeType.TRAINING_COMPLETED) {
      event.training(TrainingType.PEER_RESEARCHER);
    }
    return event.build();
  }

  private OutcomeClassification classify(OutcomeType type) {
    OutcomeEvent event = outcome("O-1", type, AS_OF.minusWeeks(2));
    ParticipantRecord record = record(person(LocalDate.of(2004, 5, 5)), r -> r.addOutcome(event));
    return policy().assess(record, AS_OF).classification(event.id()).orElseThrow();
  }

  private static Enrolment up(EnrolmentStatus status, LocalDate from) {
    return Enrolment.builder().programme(UP).status(status).from(from).build();
  }

  private static Enrolment up(EnrolmentStatus status, LocalDate from, LocalDate to) {
    return Enrolment.builder().programme(UP).status(status).from(from).to(to).build();
  }

  // 000: "This year, the charity launched the Unlocking Potential Project, which offers holistic
  // support to young people aged 18-25 with convictions or those at risk of offending."

  @Test
  void up_isForEighteenToTwentyFiveYearOldsWithConvictionsOrAtRisk() {
    LocalDate dob = LocalDate.of(2005, 3, 4);
    assertThat(decide(record(person(dob, CONVICTION)), UP, AS_OF)).isEligible();
    assertThat(decide(record(person(dob, AT_RISK_OF_OFFENDING)), UP, AS_OF)).isEligible();

    EligibilityDecision neither = decide(record(person(dob, NEET)), UP, AS_OF);
    assertThat(neither).isNotEligible();
    assertThat(neither.missing()).extracting(MissingCondition::ruleId).containsExactly("UP.offending");
    assertThat(neither.reasons()).allMatch(r -> r.source().equals(Sources.UP_AGE_AND_OFFENDING)
        || r.source().equals(Sources.LLR_AREA));
  }

  @Test
  void up_saysWhenSomeoneTooYoungTurnsEighteen() {
    EligibilityDecision decision =
        decide(record(person(LocalDate.of(2009, 3, 4), CONVICTION)), UP, AS_OF);
    assertThat(decision).isNotEligible();
    assertThat(decision.missing())
        .containsExactly(MissingCondition.of("UP.age", "turns 18 on 2027-03-04"));
  }

  @Test
  void up_endsTheDayBeforeTheTwentySixthBirthday() {
    ParticipantRecord record = record(person(LocalDate.of(2000, 1, 9), CONVICTION));
    assertThat(decide(record, UP, LocalDate.of(2026, 1, 8))).isEligible();
    EligibilityDecision after = decide(record, UP, LocalDate.of(2026, 1, 9));
    assertThat(after).isNotEligible();
    assertThat(after.missing()).containsExactly(
        MissingCondition.of("UP.age", "no longer eligible from 26th birthday 2026-01-09"));
  }

  @Test
  void up_neverGuessesAnUnknownDateOfBirth() {
    Participant unknownAge = Participant.builder()
        .id(ParticipantId.of("P-2"))
        .homeArea(HomeArea.RUTLAND)
        .addCircumstance(Circumstance.of(CONVICTION, LocalDate.of(2024, 1, 1)))
        .build();
    EligibilityDecision decision = decide(record(unknownAge), UP, AS_OF);
    assertThat(decision).needsInformation();
    assertThat(decision.missing())
        .containsExactly(MissingCondition.of("UP.age", "record a date of birth"));
  }

  // docs/policy-decisions.md: "UP and WIRE work with young people who live in Leicester,
  // Leicestershire or Rutland, the area the charity serves." (000 states the area only as a
  // statistic: "800 participants across Leicester, Leicestershire and Rutland".)

  @Test
  void upAndWire_serveLeicesterLeicestershireAndRutland() {
    Participant outside = Participant.builder()
        .from(person(LocalDate.of(2004, 6, 1), CONVICTION))
        .homeArea(HomeArea.OUTSIDE_LLR)
        .build();
    for (ProgrammeCode programme : new ProgrammeCode[] {UP, WIRE}) {
      EligibilityDecision decision = decide(record(outside), programme, AS_OF);
      assertThat(decision).isNotEligible();
      assertThat(decision.missing()).extracting(MissingCondition::text)
          .containsExactly("lives in Leicester, Leicestershire or Rutland");
    }
  }

  // 000: "This project provides two weeks unpaid mentored work placements for people with
  // convictions in order to get them ready for work."

  @Test
  void wire_isForAdultsWithConvictionsWhateverTheirAge() {
    ParticipantRecord thirty = record(person(LocalDate.of(1996, 2, 2), CONVICTION));
    EligibilityDecision decision = decide(thirty, WIRE, AS_OF);
    assertThat(decision).isEligible();
    assertThat(decision.reasons()).extracting(Reason::ruleId)
        .containsExactly("WIRE.conviction", "WIRE.age", "WIRE.area");

    EligibilityDecision atRiskOnly =
        decide(record(person(LocalDate.of(1996, 2, 2), AT_RISK_OF_OFFENDING)), WIRE, AS_OF);
    assertThat(atRiskOnly).isNotEligible();
    assertThat(atRiskOnly.missing())
        .containsExactly(MissingCondition.of("WIRE.conviction", "has a conviction"));
  }

  // 000: "After successfully completing the project, candidates can join the WIRE Project in
  // order to further enhance their confidence and employability."

  @Test
  void wire_isOpenToEveryoneWhoCompletedUp() {
    ParticipantRecord atRiskCompleter = record(person(LocalDate.of(2006, 8, 8), AT_RISK_OF_OFFENDING),
        r -> r.addEnrolment(up(EnrolmentStatus.COMPLETED, LocalDate.of(2025, 1, 10),
            LocalDate.of(2025, 9, 30))));
    EligibilityDecision decision = decide(atRiskCompleter, WIRE, AS_OF);
    assertThat(decision).isEligible();
    assertThat(decision.reasons()).extracting(Reason::ruleId)
        .containsExactly("WIRE.progression-from-UP");
    assertThat(decision.reasons().get(0).source()).isEqualTo(Sources.WIRE_AFTER_UP);

    // Asked before the completion date, the route is still ahead of them.
    EligibilityDecision before = decide(atRiskCompleter, WIRE, LocalDate.of(2025, 6, 1));
    assertThat(before).isNotEligible();
    assertThat(before.missing()).contains(
        MissingCondition.of("WIRE.progression-from-UP", "completes UP, then may join WIRE"));
  }

  @Test
  void wire_tellsAnUpParticipantWithoutAConvictionToCompleteUpFirst() {
    ParticipantRecord onUp = record(person(LocalDate.of(2006, 8, 8), AT_RISK_OF_OFFENDING),
        r -> r.addEnrolment(up(EnrolmentStatus.ACTIVE, LocalDate.of(2026, 6, 1))));
    EligibilityDecision decision = decide(onUp, WIRE, AS_OF);
    assertThat(decision).isNotEligible();
    assertThat(decision.missing()).containsExactly(
        MissingCondition.of("WIRE.conviction", "has a conviction"),
        MissingCondition.of("WIRE.progression-from-UP", "completes UP, then may join WIRE"));
  }

  @Test
  void wire_canAskUpCompletersForAConvictionWhenThePolicySaysSo() {
    Policy strict = policy(
        PolicyParameters.builder().upCompletersNeedConviction(true).build(),
        ProgrammeCatalogue.standard());
    ParticipantRecord atRiskCompleter = record(person(LocalDate.of(2006, 8, 8), AT_RISK_OF_OFFENDING),
        r -> r.addEnrolment(up(EnrolmentStatus.PROGRESSED, LocalDate.of(2025, 1, 10),
            LocalDate.of(2025, 9, 30))));
    EligibilityDecision decision = strict.assess(atRiskCompleter, AS_OF).decision(WIRE);
    assertThat(decision).isNotEligible();
    assertThat(decision.missing()).extracting(MissingCondition::ruleId).contains("WIRE.conviction");
  }

  // 002: "There is no point trying to work with them on issues such as getting a job or sharing
  // their lived experience until this 'chaos' is dealt with."
  // 000: "Employment was therefore placed on hold and Toiyan was supported to seek accommodation."

  @Test
  void toiyan_roughSleepingPutsEmploymentOnHoldUntilHeIsHoused() {
    LocalDate roughSleepingFrom = LocalDate.of(2026, 10, 1);
    LocalDate housed = LocalDate.of(2026, 11, 20);
    ParticipantRecord toiyan = record(
        Participant.builder()
            .from(person(LocalDate.of(2001, 4, 4), CONVICTION))
            .addCircumstance(Circumstance.of(ROUGH_SLEEPING, roughSleepingFrom, housed.minusDays(1)))
            .build(),
        r -> r.addOutcome(outcome("O-1", OutcomeType.TRAINING_COMPLETED, LocalDate.of(2026, 9, 20))));

    Assessment whileRoughSleeping = policy().assess(toiyan, LocalDate.of(2026, 10, 15));
    assertThat(whileRoughSleeping).hasStage(Stage.WITHIN)
        .hasEmploymentPathway(EmploymentPathway.ON_HOLD);
    assertThat(whileRoughSleeping.stageReasons()).extracting(Reason::ruleId)
        .containsExactly("STAGE.crisis");
    assertThat(whileRoughSleeping.stageReasons().get(0).source()).isEqualTo(Sources.CHAOS_FIRST);
    assertThat(whileRoughSleeping.employmentPathwayReasons().get(0).text())
        .isEqualTo("Employment is on hold while rough sleeping is dealt with.");
    assertThat(whileRoughSleeping.employmentPathwayReasons().get(0).source())
        .isEqualTo(Sources.EMPLOYMENT_ON_HOLD);

    Assessment onceHoused = policy().assess(toiyan, housed);
    assertThat(onceHoused).hasEmploymentPathway(EmploymentPathway.OPEN).hasStage(Stage.TO);

    assertThat(policy().stageHistory(toiyan, LocalDate.of(2026, 9, 1), housed))
        .containsExactly(toiyansStages(roughSleepingFrom, housed));
  }

  /**
   * Toiyan's stages from 2026-09-01: WITHIN, TO once trained (2026-09-20), WITHIN while he slept
   * rough, TO again once housed.
   */
  private static StageChange[] toiyansStages(LocalDate roughSleepingFrom, LocalDate housed) {
    return new StageChange[] {
        StageChange.first(LocalDate.of(2026, 9, 1), Stage.WITHIN),
        StageChange.of(LocalDate.of(2026, 9, 20), Stage.WITHIN, Stage.TO),
        StageChange.of(roughSleepingFrom, Stage.TO, Stage.WITHIN),
        StageChange.of(housed, Stage.WITHIN, Stage.TO)};
  }

  // docs/policy-decisions.md: "Rough sleeping, homelessness and an abusive relationship are
  // crises: while one is active the stage is WITHIN and the employment pathway is on hold."

  @Test
  void anAbusiveRelationshipIsACrisisButAMentalHealthNeedIsNot() {
    LocalDate dob = LocalDate.of(2003, 3, 3);
    ParticipantRecord abusive = record(person(dob, ABUSIVE_RELATIONSHIP));
    assertThat(policy().assess(abusive, AS_OF)).hasEmploymentPathway(EmploymentPathway.ON_HOLD);

    // Hasina took a placement while receiving mental-health support.
    ParticipantRecord hasina = record(person(dob, MENTAL_HEALTH_NEED),
        r -> r.addPlacement(placement(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 16))));
    Assessment assessment = policy().assess(hasina, AS_OF);
    assertThat(assessment).hasEmploymentPathway(EmploymentPathway.OPEN).hasStage(Stage.TO);
  }

  // 000: "Toiyan has since been offered accommodation and has settled in well."
  // 000: "The UP-Project submitted several referrals to supported housing services, attended
  // interviews to offer support and liaise with local housing authorities."

  @Test
  void toiyan_secureTemporaryOrSupportedAccommodationIsNotACrisis() {
    LocalDate roughSleepingFrom = LocalDate.of(2026, 10, 1);
    LocalDate housed = LocalDate.of(2026, 11, 20);
    for (CircumstanceType home : new CircumstanceType[] {
        TEMPORARY_ACCOMMODATION, SUPPORTED_ACCOMMODATION}) {
      ParticipantRecord toiyan = record(
          Participant.builder()
              .from(person(LocalDate.of(2001, 4, 4), CONVICTION))
              .addCircumstance(
                  Circumstance.of(ROUGH_SLEEPING, roughSleepingFrom, housed.minusDays(1)))
              .addCircumstance(Circumstance.of(home, housed))
              .build(),
          r -> r
              .addOutcome(outcome("O-1", OutcomeType.TRAINING_COMPLETED, LocalDate.of(2026, 9, 20)))
              .addOutcome(outcome("O-2", OutcomeType.HOUSING_SECURED, housed)));

      Assessment theDayBefore = policy().assess(toiyan, housed.minusDays(1));
      assertThat(theDayBefore).as("%s", home).hasEmploymentPathway(EmploymentPathway.ON_HOLD);

      for (LocalDate day : new LocalDate[] {housed, AS_OF}) {
        Assessment settled = policy().assess(toiyan, day);
        assertThat(settled).as("%s on %s", home, day).hasEmploymentPathway(EmploymentPathway.OPEN);
        assertThat(settled.employmentPathwayReasons()).extracting(Reason::ruleId)
            .as("%s on %s", home, day).containsExactly("PATHWAY.open");
        assertThat(settled.stageReasons()).extracting(Reason::ruleId).as("%s on %s", home, day)
            .doesNotContain("STAGE.crisis");
        assertThat(settled).as("%s on %s", home, day).hasStage(Stage.TO);
      }
      assertThat(policy().stageHistory(toiyan, LocalDate.of(2026, 9, 1), AS_OF)).as("%s", home)
          .containsExactly(toiyansStages(roughSleepingFrom, housed));
    }
  }

  // 000: "Throughout this difficult time his benefits were sanctioned, his mental health took a
  // huge decline and he felt like he would be better off back in prison."
  // docs/policy-decisions.md: "An acute mental-health crisis holds the employment pathway only
  // when the crises table lists it; the shipped table does not, so by default only the crises the
  // charity's documents name do."

  @Test
  void aMentalHealthCrisisAloneDoesNotHoldEmploymentByDefault() {
    ParticipantRecord record = mentalHealthCrisisWithARecentPlacement();

    Assessment assessment = policy().assess(record, AS_OF);

    assertThat(assessment).hasEmploymentPathway(EmploymentPathway.OPEN).hasStage(Stage.TO);
    assertThat(assessment.stageReasons()).extracting(Reason::ruleId)
        .containsExactly("STAGE.power-to");
  }

  @Test
  void aMentalHealthCrisisHoldsEmploymentWhenTheCrisesTableListsIt() {
    String withMentalHealthCrisis = CrisisTable.shippedText()
        + "CRISIS.mental-health-crisis," + Sources.POLICY_DECISIONS + ",MENTAL_HEALTH_CRISIS,\""
        + Sources.MENTAL_HEALTH_CRISIS_SETTING.sentence() + "\"\n";
    ParticipantRecord record = mentalHealthCrisisWithARecentPlacement();
    Policy edited = policyWithCrises(withMentalHealthCrisis);

    Assessment assessment = edited.assess(record, AS_OF);

    assertThat(assessment).hasStage(Stage.WITHIN).hasEmploymentPathway(EmploymentPathway.ON_HOLD);
    assertThat(assessment.stageReasons()).extracting(Reason::ruleId)
        .containsExactly("STAGE.crisis");
    assertThat(assessment.employmentPathwayReasons()).extracting(Reason::text)
        .containsExactly("Employment is on hold while a mental-health crisis is dealt with.");
    // The edited table changes nothing else: rough sleeping is still a crisis, a need is not.
    ParticipantRecord need = record(person(LocalDate.of(2003, 3, 3), MENTAL_HEALTH_NEED));
    assertThat(edited.assess(need, AS_OF)).hasEmploymentPathway(EmploymentPathway.OPEN);
    ParticipantRecord roughSleeping = record(person(LocalDate.of(2003, 3, 3), ROUGH_SLEEPING));
    assertThat(edited.assess(roughSleeping, AS_OF)).hasEmploymentPathway(EmploymentPathway.ON_HOLD);
  }

  /** An acute mental-health crisis since 2026-11-01 and a work placement in October 2026. */
  private static ParticipantRecord mentalHealthCrisisWithARecentPlacement() {
    return record(
        Participant.builder()
            .from(person(LocalDate.of(2003, 3, 3)))
            .addCircumstance(Circumstance.of(MENTAL_HEALTH_CRISIS, LocalDate.of(2026, 11, 1)))
            .build(),
        r -> r.addPlacement(placement(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 16))));
  }

  private static WorkPlacement placement(LocalDate from, LocalDate to) {
    return WorkPlacement.builder()
        .partner("Leicester City Council")
        .programme(WIRE)
        .sector(Sector.ENVIRONMENTAL_SERVICES)
        .from(from)
        .to(to)
        .mentored(true)
        .paid(false)
        .build();
  }

  // 002: "This might vary from attending a community project to completing a work placement with
  // a local business or being mentored by a local business volunteer."

  @Test
  void aRecentPlacementOrMentoringMatchIsPowerTo() {
    Participant someone = person(LocalDate.of(2004, 4, 4));
    Assessment placed = policy().assess(record(someone,
        r -> r.addPlacement(placement(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 12)))), AS_OF);
    assertThat(placed).hasStage(Stage.TO);
    assertThat(placed.stageReasons()).extracting(Reason::ruleId).containsExactly("STAGE.power-to");

    Assessment mentored = policy().assess(record(someone,
        r -> r.addMentoringMatch(MentoringMatch.builder()
            .programme(CARE_LEAVER_MENTORING)
            .from(LocalDate.of(2025, 1, 1))
            .build())), AS_OF);
    assertThat(mentored).hasStage(Stage.TO);
  }

  // 002: "So, for example, we have supported young people to educate decision makers and other
  // young people about their experiences ..."

  @Test
  void campaigningIsPowerTo() {
    Assessment assessment = policy().assess(record(person(LocalDate.of(2004, 4, 4)),
        r -> r.addOutcome(outcome("O-1", OutcomeType.CAMPAIGNING, AS_OF.minusWeeks(1)))), AS_OF);
    assertThat(assessment).hasStage(Stage.TO);
    assertThat(assessment.stageReasons().get(0).source()).isEqualTo(Sources.CAMPAIGNING);
  }

  // 002: "We believe that if we can bring people with similar experiences together, it can be an
  // empowering experience."
  // docs/policy-decisions.md: "Activity is recent when it took place in the 13 weeks (one quarter)
  // before the date asked about."

  @Test
  void groupWorkInTheLastThirteenWeeksIsPowerWith() {
    Participant someone = person(LocalDate.of(2004, 4, 4));
    ParticipantRecord justInside = record(someone, r -> r.addAttendance(
        Attendance.of(AS_OF.minusWeeks(13), SessionKind.GROUP, LEAVING_CARE)));
    assertThat(policy().assess(justInside, AS_OF)).hasStage(Stage.WITH);

    ParticipantRecord justOutside = record(someone, r -> r.addAttendance(
        Attendance.of(AS_OF.minusWeeks(13).minusDays(1), SessionKind.GROUP, LEAVING_CARE)));
    assertThat(policy().assess(justOutside, AS_OF)).hasStage(Stage.WITHIN);

    ParticipantRecord oneToOne = record(someone, r -> r.addAttendance(
        Attendance.of(AS_OF.minusDays(3), SessionKind.ONE_TO_ONE, LEAVING_CARE)));
    assertThat(policy().assess(oneToOne, AS_OF)).hasStage(Stage.WITHIN);
  }

  // 002: "Key to our approach is being young person centred and working with the young person to
  // identify the issues they face ..."

  @Test
  void someoneWithNothingRecentIsStartingOut() {
    Assessment assessment = policy().assess(record(person(LocalDate.of(2004, 4, 4))), AS_OF);
    assertThat(assessment).hasStage(Stage.WITHIN).hasEmploymentPathway(EmploymentPathway.OPEN);
    assertThat(assessment.stageReasons()).extracting(Reason::ruleId)
        .containsExactly("STAGE.starting-out");
    assertThat(assessment.stageReasons().get(0).source()).isEqualTo(Sources.STARTING_OUT);
  }

  // 003: "Leicestershire Cares creates opportunities for care experienced young people ...";
  // "Our co-designed care leaver mentoring programme ..."; "... a programme centred on supporting
  // care experienced young people's mental wellbeing ..."
  // docs/policy-decisions.md: "Care experienced young people are eligible from their 16th birthday
  // until the day before their 26th birthday, the ages English leaving-care support covers."

  @Test
  void careExperiencedProgrammesServeSixteenToTwentyFiveYearOlds() {
    LocalDate dob = LocalDate.of(2009, 3, 4);
    ParticipantRecord careExperienced = record(person(dob, CARE_EXPERIENCED));
    for (ProgrammeCode programme :
        new ProgrammeCode[] {LEAVING_CARE, CARE_LEAVER_MENTORING, MIND_MATTERS}) {
      assertThat(decide(careExperienced, programme, AS_OF)).isEligible();
      assertThat(decide(careExperienced, programme, LocalDate.of(2025, 3, 3)).missing())
          .containsExactly(MissingCondition.of(programme + ".age", "turns 16 on 2025-03-04"));
      assertThat(decide(careExperienced, programme, LocalDate.of(2035, 3, 4)).missing())
          .containsExactly(MissingCondition.of(
              programme + ".age", "no longer eligible from 26th birthday 2035-03-04"));
      assertThat(decide(record(person(dob, NEET)), programme, AS_OF).missing())
          .containsExactly(MissingCondition.of(programme + ".care-experienced",
              "is care experienced"));
    }
    assertThat(decide(careExperienced, LEAVING_CARE, AS_OF).reasons().get(1).text())
        .contains("the ages English leaving-care support covers");
  }

  // 004: "Develop and deliver targeted work with care experienced, NEET, homeless and ex
  // offending young people aged 15 to 24."

  @Test
  void targetedWork2021_isForFifteenToTwentyFourYearOldsInItsFourGroups() {
    LocalDate asOf = LocalDate.of(2022, 10, 1);
    EligibilityDecision neet = decide(record(person(LocalDate.of(2002, 1, 1), NEET)),
        TARGETED_YOUTH_WORK, asOf);
    assertThat(neet).isEligible();
    assertThat(neet.planYear()).isEqualTo(PlanYear.startingIn(2021));
    assertThat(neet.reasons().get(2).source()).isEqualTo(Sources.TARGETED_WORK_2021);

    EligibilityDecision send = decide(record(person(LocalDate.of(2002, 1, 1), SEND)),
        TARGETED_YOUTH_WORK, asOf);
    assertThat(send).isNotEligible();
    assertThat(send.missing()).extracting(MissingCondition::ruleId)
        .containsExactly("TARGETED_YOUTH_WORK.priority-group");

    EligibilityDecision tooOld = decide(record(person(LocalDate.of(1997, 1, 1), NEET)),
        TARGETED_YOUTH_WORK, asOf);
    assertThat(tooOld.missing()).containsExactly(MissingCondition.of(
        "TARGETED_YOUTH_WORK.age", "no longer eligible from 25th birthday 2022-01-01"));
  }

  // 002: "We will prioritise working with care experienced, NEET, homeless, SEND and young people
  // involved in or at risk of being involved in the youth justice system."

  @Test
  void targetedWork2024_addsSendAndYouthJusticeFromTheFirstDayOfThePlan() {
    ParticipantRecord send = record(person(LocalDate.of(2008, 1, 1), SEND));
    assertThat(decide(send, TARGETED_YOUTH_WORK, LocalDate.of(2024, 3, 31))).isNotEligible();
    EligibilityDecision from2024 = decide(send, TARGETED_YOUTH_WORK, LocalDate.of(2024, 4, 1));
    assertThat(from2024).isEligible();
    assertThat(from2024.planYear()).isEqualTo(PlanYear.startingIn(2024));

    ParticipantRecord atRisk = record(person(LocalDate.of(2008, 1, 1), AT_RISK_OF_OFFENDING));
    assertThat(decide(atRisk, TARGETED_YOUTH_WORK, AS_OF)).isEligible();
    // The 2024/25 plan stays in force after its own year ends.
    assertThat(decide(atRisk, TARGETED_YOUTH_WORK, AS_OF).planYear())
        .isEqualTo(PlanYear.startingIn(2024));
  }

  // docs/policy-decisions.md: "Targeted youth work follows the latest annual plan in force on the
  // date asked about; before 1 April 2021 no plan is in force and no one is eligible."

  @Test
  void targetedWork_hasNoPlanBeforeApril2021() {
    EligibilityDecision decision = decide(record(person(LocalDate.of(2002, 1, 1), NEET)),
        TARGETED_YOUTH_WORK, LocalDate.of(2021, 3, 31));
    assertThat(decision).isNotEligible();
    assertThat(decision.missing()).containsExactly(MissingCondition.of(
        "TARGETED_YOUTH_WORK.plan-in-force",
        "an annual plan in force (the first starts on 2021-04-01)"));
  }

  // docs/policy-decisions.md: "Care experience and a conviction are facts of a person's history:
  // they hold on every day from the day recorded as their start, and the recorded end is kept as
  // the day the person left care or the sentence or order ended."

  @Test
  void careExperienceAndAConviction_doNotExpire_butOtherStatesDo() {
    LocalDate dob = LocalDate.of(2005, 3, 4);
    Participant history = Participant.builder()
        .from(person(dob))
        .addCircumstance(Circumstance.of(CARE_EXPERIENCED, LocalDate.of(2010, 1, 1),
            LocalDate.of(2024, 5, 1)))
        .addCircumstance(Circumstance.of(CONVICTION, LocalDate.of(2023, 1, 10),
            LocalDate.of(2024, 1, 9)))
        .addCircumstance(Circumstance.of(CircumstanceType.HOMELESS, LocalDate.of(2023, 1, 10),
            LocalDate.of(2024, 1, 9)))
        .build();
    for (ProgrammeCode programme :
        new ProgrammeCode[] {LEAVING_CARE, CARE_LEAVER_MENTORING, MIND_MATTERS, UP, WIRE}) {
      assertThat(decide(record(history), programme, AS_OF)).as("%s", programme).isEligible();
    }
    assertThat(decide(record(history), UP, AS_OF).reasons().get(1).text())
        .isEqualTo("Has a conviction on 2026-11-25.");
    // The conviction began at 17: youth-justice involved under the 2024-25 plan; being no longer
    // homeless, the homeless group no longer applies.
    EligibilityDecision targeted = decide(record(history), TARGETED_YOUTH_WORK, AS_OF);
    assertThat(targeted.priority()).isTrue();
    assertThat(targeted.reasons()).extracting(Reason::text).contains("In the priority groups of"
        + " the 2024/25 annual plan: care experienced and youth-justice involved.");
  }

  // 002: "We will prioritise working with care experienced, NEET, homeless, SEND and young people
  // involved in or at risk of being involved in the youth justice system." Prioritising is not
  // excluding (policy-decisions.md, "Targeted or prioritised groups").

  @Test
  void targetedWork2024_prioritisesItsGroupsAndTurnsNoOneAway() {
    ParticipantRecord parent = record(person(LocalDate.of(2008, 1, 1), CircumstanceType.PARENT));
    EligibilityDecision outside = decide(parent, TARGETED_YOUTH_WORK, AS_OF);
    assertThat(outside).isEligible();
    assertThat(outside.priority()).isFalse();
    assertThat(outside.missing()).isEmpty();
    assertThat(outside.reasons()).extracting(Reason::text).contains("In none of the priority"
        + " groups of the 2024/25 annual plan (care experienced, NEET, homeless, SEND and"
        + " youth-justice involved) on 2026-11-25: the plan prioritises them and turns no one"
        + " away.");

    EligibilityDecision send = decide(record(person(LocalDate.of(2008, 1, 1), SEND)),
        TARGETED_YOUTH_WORK, AS_OF);
    assertThat(send).isEligible();
    assertThat(send.priority()).isTrue();

    // The 2021-22 plan targets: outside its groups is a refusal, and no priority.
    EligibilityDecision under2021 = decide(parent, TARGETED_YOUTH_WORK, LocalDate.of(2022, 10, 1));
    assertThat(under2021).isNotEligible();
    assertThat(under2021.priority()).isFalse();
    assertThat(decide(record(person(LocalDate.of(2004, 1, 1), NEET)), TARGETED_YOUTH_WORK,
        LocalDate.of(2022, 10, 1)).priority()).isTrue();
    // A programme without priority groups is never a priority.
    assertThat(decide(record(person(LocalDate.of(2004, 1, 1), CONVICTION)), UP, AS_OF)
        .priority()).isFalse();
  }

  // docs/policy-decisions.md: "The 2024-25 plan states no age band, so targeted youth work keeps
  // the 2021-22 plan's ages, 15 to 24, until a plan states others."

  @Test
  void targetedWork2024_citesItsAgeBandAsADecisionNotAsThePlan() {
    EligibilityDecision decision = decide(record(person(LocalDate.of(2012, 1, 1), NEET)),
        TARGETED_YOUTH_WORK, AS_OF);
    Reason age = decision.reasons().stream()
        .filter(r -> r.ruleId().equals("TARGETED_YOUTH_WORK.age")).findFirst().orElseThrow();
    assertThat(decision).isNotEligible();
    assertThat(age.source()).isEqualTo(Sources.PLAN_2024_AGE_BAND);
    assertThat(age.text()).doesNotContain("2024/25 annual plan's age band")
        .contains("a policy decision");
    Reason age2021 = decide(record(person(LocalDate.of(2012, 1, 1), NEET)), TARGETED_YOUTH_WORK,
        LocalDate.of(2022, 10, 1)).reasons().stream()
        .filter(r -> r.ruleId().equals("TARGETED_YOUTH_WORK.age")).findFirst().orElseThrow();
    assertThat(age2021.source()).isEqualTo(Sources.TARGETED_WORK_2021);
  }

  // docs/policy-decisions.md: "Involvement in the youth justice system is a youth-justice
  // circumstance or a conviction that began before the person's 18th birthday; a conviction at 18
  // or later is the adult system."

  @Test
  void youthJustice_isAConvictionBeforeEighteen_notEveryConviction() {
    LocalDate dob = LocalDate.of(2005, 3, 4);
    ParticipantRecord atSeventeen = record(Participant.builder().from(person(dob))
        .addCircumstance(Circumstance.of(CONVICTION, LocalDate.of(2023, 3, 3))).build());
    ParticipantRecord atEighteen = record(Participant.builder().from(person(dob))
        .addCircumstance(Circumstance.of(CONVICTION, LocalDate.of(2023, 3, 4))).build());

    assertThat(decide(atSeventeen, TARGETED_YOUTH_WORK, AS_OF).priority()).isTrue();
    assertThat(decide(atEighteen, TARGETED_YOUTH_WORK, AS_OF).priority()).isFalse();
    // An adult conviction still counts for UP and WIRE, and as ex-offending under 2021-22.
    assertThat(decide(atEighteen, UP, AS_OF)).isEligible();
    assertThat(decide(atEighteen, WIRE, AS_OF)).isEligible();
    assertThat(decide(atEighteen, TARGETED_YOUTH_WORK, LocalDate.of(2023, 10, 1)).priority())
        .isTrue();
  }

  @Test
  void youthJustice_placesALeapDayBirthdayByThePolicysSetting() {
    LocalDate leapDay = LocalDate.of(2004, 2, 29);
    ParticipantRecord convicted = record(Participant.builder().from(person(leapDay))
        .addCircumstance(Circumstance.of(CONVICTION, LocalDate.of(2022, 2, 28))).build());
    LocalDate asOf = LocalDate.of(2025, 6, 1);

    // 18th birthday 2022-03-01: the conviction on 2022-02-28 came before it.
    assertThat(policy().assess(convicted, asOf).decision(TARGETED_YOUTH_WORK).priority())
        .isTrue();
    Policy february28 = policy(PolicyParameters.builder()
        .leapDayBirthday(LeapDayBirthday.FEBRUARY_28).build(), ProgrammeCatalogue.standard());
    assertThat(february28.assess(convicted, asOf).decision(TARGETED_YOUTH_WORK).priority())
        .isFalse();
  }

  // docs/policy-decisions.md: "WIRE is for adults: a young person may join from their 18th
  // birthday, with no upper age." and "UP and WIRE work with young people who live in Leicester,
  // Leicestershire or Rutland, the area the charity serves."

  @Test
  void wiresAgeAndTheArea_citeTheirDecisions() {
    EligibilityDecision seventeen = decide(record(person(LocalDate.of(2009, 6, 1), CONVICTION)),
        WIRE, AS_OF);
    assertThat(seventeen).isNotEligible();
    assertThat(seventeen.reasons()).filteredOn(r -> r.ruleId().equals("WIRE.age"))
        .extracting(Reason::source).containsExactly(Sources.WIRE_ADULTS);
    assertThat(seventeen.reasons()).filteredOn(r -> r.ruleId().equals("WIRE.area"))
        .extracting(Reason::source).containsExactly(Sources.LLR_AREA);
    assertThat(Sources.LLR_AREA.document()).isEqualTo(Sources.POLICY_DECISIONS);
  }

  // 000: "This year, the charity launched the Unlocking Potential Project, which offers holistic
  // support to young people aged 18-25 with convictions or those at risk of offending." It names
  // no youth-justice involvement, so that alone does not open UP.

  @Test
  void up_readsConvictionsAndRiskOfOffending_notYouthJusticeAlone() {
    EligibilityDecision decision = decide(record(person(LocalDate.of(2005, 3, 4),
        CircumstanceType.YOUTH_JUSTICE)), UP, AS_OF);
    assertThat(decision).isNotEligible();
    assertThat(decision.missing()).containsExactly(MissingCondition.of("UP.offending",
        "has a conviction or is at risk of offending"));
  }

  // docs/policy-decisions.md: "A programme runs between the dates its catalogue entry records,
  // and no one is eligible for it on a day it did not run: UP from 1 September 2019, WIRE from 1
  // April 2007, the others on every day." 000: "Hasina joined the UP-Project in September 2019."

  @Test
  void noOneIsEligibleForAProgrammeOnADayItDidNotRun() {
    ParticipantRecord convicted = record(person(LocalDate.of(1999, 3, 4), CONVICTION));
    EligibilityDecision beforeLaunch = decide(convicted, UP, LocalDate.of(2019, 8, 31));
    assertThat(beforeLaunch).isNotEligible();
    assertThat(beforeLaunch.reasons().get(0)).isEqualTo(Reason.of("UP.runs",
        "UP did not run on 2019-08-31: it runs from 2019-09-01.", Sources.PROGRAMME_RUNS));
    assertThat(beforeLaunch.missing())
        .containsExactly(MissingCondition.of("UP.runs", "a day UP runs: from 2019-09-01"));
    assertThat(decide(convicted, UP, LocalDate.of(2019, 9, 1))).isEligible();
    ParticipantRecord convictedIn1994 = record(person(LocalDate.of(1980, 1, 1), CONVICTION));
    assertThat(decide(convictedIn1994, WIRE, LocalDate.of(2007, 3, 31)).missing())
        .extracting(MissingCondition::ruleId).containsExactly("WIRE.runs");
    assertThat(decide(convictedIn1994, WIRE, LocalDate.of(2007, 4, 1))).isEligible();

    ProgrammeCode summer = ProgrammeCode.of("SUMMER_SCHOOL");
    Policy policy = policy(PolicyParameters.defaults(), ProgrammeCatalogue.standard().with(
        Programme.builder().code(summer).name("Summer school").description("A summer school.")
            .runsFrom(LocalDate.of(2020, 6, 1)).runsUntil(LocalDate.of(2023, 8, 31)).build()));
    EligibilityDecision ended = policy.assess(convicted, AS_OF).decision(summer);
    assertThat(ended).isNotEligible();
    assertThat(ended.missing()).containsExactly(MissingCondition.of("SUMMER_SCHOOL.runs",
        "a day SUMMER_SCHOOL runs: from 2020-06-01 to 2023-08-31"));
    assertThat(policy.assess(convicted, LocalDate.of(2021, 1, 1)).decision(summer))
        .needsInformation();
  }

  // docs/policy-decisions.md: "A programme added to the catalogue without eligibility rules gets
  // the answer NEEDS_INFORMATION until its rules are written."

  @Test
  void aProgrammeWithoutRulesNeedsInformation() {
    ProgrammeCode football = ProgrammeCode.of("FOOTBALL_PROJECT");
    Policy policy = policy(PolicyParameters.defaults(),
        ProgrammeCatalogue.standard().with(Programme.builder()
            .code(football)
            .name("Football project")
            .description("Football with Walker and Son.")
            .build()));
    Assessment assessment = policy.assess(record(person(LocalDate.of(2004, 4, 4))), AS_OF);
    assertThat(assessment.eligibility()).hasSize(7);
    assertThat(assessment.decision(football)).needsInformation();
    assertThat(assessment.decision(football).missing()).extracting(MissingCondition::ruleId)
        .containsExactly("FOOTBALL_PROJECT.no-rules");
  }

  // 001: "Participants achieved education, training & employment outcomes including volunteering
  // 14" and "3 participants employed (1 young people volunteering)"

  @Test
  void jobsAndVolunteeringAreHardEteOutcomesThatEvidencePowerTo() {
    for (OutcomeType type : new OutcomeType[] {OutcomeType.EMPLOYMENT, OutcomeType.VOLUNTEERING}) {
      OutcomeClassification c = classify(type);
      assertThat(c.ete()).isTrue();
      assertThat(c.hard()).isTrue();
      assertThat(c.stage()).contains(Stage.TO);
    }
    assertThat(classify(OutcomeType.VOLUNTEERING).reasons().get(0).source())
        .isEqualTo(Sources.ETE_INCLUDING_VOLUNTEERING);
  }

  // 001: "6 young people entered or retained a place in education."

  @Test
  void enteringOrRetainingEducationIsEducation() {
    assertThat(classify(OutcomeType.EDUCATION_ENTERED).category())
        .isEqualTo(OutcomeCategory.EDUCATION);
    assertThat(classify(OutcomeType.EDUCATION_RETAINED).category())
        .isEqualTo(OutcomeCategory.EDUCATION);
    assertThat(classify(OutcomeType.EDUCATION_RETAINED).ete()).isTrue();
  }

  // 001: "4 participants completed peer researcher training, 3 participants completed
  // safeguarding training, 2 participants completed tier 1 trauma informed practice training."

  @Test
  void aCompletedTrainingIsHardEteData() {
    OutcomeClassification c = classify(OutcomeType.TRAINING_COMPLETED);
    assertThat(c.category()).isEqualTo(OutcomeCategory.TRAINING);
    assertThat(c.ete()).isTrue();
    assertThat(c.hard()).isTrue();
    assertThat(c.reasons().get(0).text()).contains("peer researcher");
  }

  // 001: "5 participants supported with job searching." / "3 young people achieved additional
  // outcomes."  docs/policy-decisions.md: "Hard outcomes are changes of status that can be
  // evidenced (...); every other outcome is soft."

  @Test
  void supportAndAdditionalOutcomesAreSoftAndNotEte() {
    for (OutcomeType type : new OutcomeType[] {OutcomeType.JOB_SEARCH_SUPPORT,
        OutcomeType.ADDITIONAL}) {
      OutcomeClassification c = classify(type);
      assertThat(c.ete()).isFalse();
      assertThat(c.hard()).isFalse();
      assertThat(c.stage()).isEmpty();
    }
  }

  // 000: "Three candidates have also been successfully housed and a further two have submitted
  // housing applications and are actively bidding for properties."

  @Test
  void housingIsPowerWithinAndOnlySecuredHousingIsHard() {
    assertThat(classify(OutcomeType.HOUSING_SECURED).hard()).isTrue();
    assertThat(classify(OutcomeType.HOUSING_SECURED).stage()).contains(Stage.WITHIN);
    assertThat(classify(OutcomeType.HOUSING_APPLICATION).hard()).isFalse();
    assertThat(classify(OutcomeType.HOUSING_APPLICATION).stage()).contains(Stage.WITHIN);
  }

  // 000: "Multi agency working is going well and several of the UP candidates are actively
  // engaging with support to better manage their mental health and substance misuse issues."

  @Test
  void wellbeingIsSoftPowerWithin() {
    OutcomeClassification c = classify(OutcomeType.WELLBEING);
    assertThat(c.hard()).isFalse();
    assertThat(c.stage()).contains(Stage.WITHIN);
    assertThat(c.reasons().get(0).source()).isEqualTo(Sources.WELLBEING);
  }

  // 000: "To date, six candidates have achieved this amazing feat and have successfully been
  // referred onto the WIRE project."

  @Test
  void progressionIsHardButEvidencesNoStage() {
    OutcomeClassification c = classify(OutcomeType.PROGRESSION);
    assertThat(c.category()).isEqualTo(OutcomeCategory.PROGRESSION);
    assertThat(c.hard()).isTrue();
    assertThat(c.ete()).isFalse();
    assertThat(c.stage()).isEmpty();
  }

  // 000: "Impressively, two thirds of candidates go onto further training and sustainable
  // employment."  docs/policy-decisions.md: "A job or a place in education is sustained at 13 (or
  // 26) weeks when it is still held, with no end date before then, on the day 13 (or 26) weeks
  // after it began."

  @Test
  void aJobIsSustainedWhenStillHeldThirteenAndTwentySixWeeksOn() {
    LocalDate started = LocalDate.of(2026, 1, 5);
    OutcomeEvent job = outcome("O-1", OutcomeType.EMPLOYMENT, started);
    OutcomeEvent leftAtTenWeeks = OutcomeEvent.builder().from(job).id(OutcomeId.of("O-2"))
        .end(started.plusWeeks(10)).build();
    OutcomeEvent leftAtTwentyWeeks = OutcomeEvent.builder().from(job).id(OutcomeId.of("O-3"))
        .end(started.plusWeeks(20)).build();
    ParticipantRecord record = record(person(LocalDate.of(2003, 3, 3)),
        r -> r.addOutcomes(job, leftAtTenWeeks, leftAtTwentyWeeks));

    Assessment later = policy().assess(record, AS_OF);
    assertThat(later.classification(job.id()).orElseThrow().sustained13Weeks()).isTrue();
    assertThat(later.classification(job.id()).orElseThrow().sustained26Weeks()).isTrue();
    assertThat(later.classification(leftAtTenWeeks.id()).orElseThrow().sustained13Weeks())
        .isFalse();
    assertThat(later.classification(leftAtTwentyWeeks.id()).orElseThrow().sustained13Weeks())
        .isTrue();
    assertThat(later.classification(leftAtTwentyWeeks.id()).orElseThrow().sustained26Weeks())
        .isFalse();

    Assessment tooEarly = policy().assess(record, started.plusWeeks(13).minusDays(1));
    assertThat(tooEarly.classification(job.id()).orElseThrow().sustained13Weeks()).isFalse();
    assertThat(policy().assess(record, started.plusWeeks(13)).classification(job.id())
        .orElseThrow().sustained13Weeks()).isTrue();
  }

  @Test
  void onlyJobsAndEducationAreMeasuredForSustainment() {
    OutcomeEvent volunteering = outcome("O-1", OutcomeType.VOLUNTEERING, LocalDate.of(2025, 1, 1));
    Assessment assessment = policy().assess(
        record(person(LocalDate.of(2003, 3, 3)), r -> r.addOutcome(volunteering)), AS_OF);
    OutcomeClassification c = assessment.classification(volunteering.id()).orElseThrow();
    assertThat(c.sustained13Weeks()).isFalse();
    assertThat(c.reasons()).extracting(Reason::ruleId).doesNotContain("OUTCOME.sustained");
  }
}
