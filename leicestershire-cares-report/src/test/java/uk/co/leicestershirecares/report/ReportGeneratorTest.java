package uk.co.leicestershirecares.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static uk.co.leicestershirecares.report.QuarterlyReport.ATTENDANCES;
import static uk.co.leicestershirecares.report.QuarterlyReport.EMPLOYED;
import static uk.co.leicestershirecares.report.QuarterlyReport.ETE_OUTCOMES;
import static uk.co.leicestershirecares.report.QuarterlyReport.HOUSING_APPLICATIONS;
import static uk.co.leicestershirecares.report.QuarterlyReport.HOUSING_SECURED;
import static uk.co.leicestershirecares.report.QuarterlyReport.JOB_SEARCH_SUPPORT;
import static uk.co.leicestershirecares.report.QuarterlyReport.MOVED_BACK;
import static uk.co.leicestershirecares.report.QuarterlyReport.MOVED_FORWARD;
import static uk.co.leicestershirecares.report.QuarterlyReport.PARTNERS_INVOLVED;
import static uk.co.leicestershirecares.report.QuarterlyReport.PLACEMENTS;
import static uk.co.leicestershirecares.report.QuarterlyReport.PLACEMENTS_MENTORED;
import static uk.co.leicestershirecares.report.QuarterlyReport.PLACEMENTS_TWO_WEEKS_OR_LONGER;
import static uk.co.leicestershirecares.report.QuarterlyReport.PLACEMENTS_UNPAID;
import static uk.co.leicestershirecares.report.QuarterlyReport.REFERRED_TO_WIRE;
import static uk.co.leicestershirecares.report.QuarterlyReport.SESSIONS_DELIVERED;
import static uk.co.leicestershirecares.report.QuarterlyReport.VOLUNTEERING;
import static uk.co.leicestershirecares.report.QuarterlyReport.YOUNG_PEOPLE_WORKED_WITH;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.engagement.Attendance;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.engagement.EnrolmentStatus;
import uk.co.leicestershirecares.core.engagement.Referral;
import uk.co.leicestershirecares.core.engagement.ReferralSource;
import uk.co.leicestershirecares.core.engagement.Sector;
import uk.co.leicestershirecares.core.engagement.Session;
import uk.co.leicestershirecares.core.engagement.SessionId;
import uk.co.leicestershirecares.core.engagement.SessionKind;
import uk.co.leicestershirecares.core.engagement.WorkPlacement;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.outcome.OutcomeId;
import uk.co.leicestershirecares.core.outcome.OutcomeType;
import uk.co.leicestershirecares.core.outcome.TrainingType;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantId;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.partner.InvolvementType;
import uk.co.leicestershirecares.core.partner.Money;
import uk.co.leicestershirecares.core.partner.Partner;
import uk.co.leicestershirecares.core.partner.PartnerInvolvement;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.plan.PlanYear;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.stage.Stage;
import uk.co.leicestershirecares.core.stage.StageChange;

/**
 * Covers {@link ReportGenerator}: each counting rule written in its Javadoc, provenance, year to
 * date and comparisons, and the laws of reports — events of disjoint quarters add up, people are
 * never more than their events, and input order never changes a figure.
 */
final class ReportGeneratorTest {
  private static final FinancialQuarter Q1 = FinancialQuarter.parse("2023/24 Q1");
  private static final ProgrammeCode LC = ProgrammeCode.LEAVING_CARE;
  private static final ReportGenerator REPORTS = ReportGenerator.withReferencePolicy();

  private static Participant person(String id) {
    return Participant.builder()
        .id(ParticipantId.of(id))
        .dateOfBirth(LocalDate.of(2004, 5, 6))
        .homeArea(HomeArea.LEICESTER_CITY)
        .addCircumstance(Circumstance.of(CircumstanceType.CARE_EXPERIENCED, LocalDate.of(2014, 1, 1)))
        .build();
  }

  private static ParticipantRecord.Builder referred(String id) {
    return ParticipantRecord.builder()
        .participant(person(id))
        .addReferral(Referral.of(LC, LocalDate.of(2023, 1, 10), ReferralSource.LOCAL_AUTHORITY));
  }

  private static OutcomeEvent outcome(String id, OutcomeType type, LocalDate date) {
    OutcomeEvent.Builder event = OutcomeEvent.builder().id(OutcomeId.of(id)).type(type).date(date)
        .programme(LC);
    if (type == OutcomeType.TRAINING_COMPLETED) {
      event.training(TrainingType.SAFEGUARDING);
    }
    return event.build();
  }

  private static Attendance group(LocalDate date) {
    return Attendance.of(date, SessionKind.GROUP, LC);
  }

  @Test
  void anEventOnTheLastDayOfTheQuarterCounts_andOneOutsideDoesNot() {
    ParticipantRecord record = referred("P-1")
        .addAttendances(group(LocalDate.of(2023, 3, 31)), group(LocalDate.of(2023, 4, 1)),
            group(LocalDate.of(2023, 6, 30)), group(LocalDate.of(2023, 7, 1)))
        .addOutcomes(outcome("O-1", OutcomeType.EMPLOYMENT, LocalDate.of(2023, 7, 1)))
        .build();
    QuarterlyReport report = REPORTS.quarterly(
        ReportDataSet.builder().addParticipant(record).build(), LC, Q1);

    assertThat(report.count(ATTENDANCES)).isEqualTo(2);
    assertThat(report.line(ATTENDANCES).sources())
        .containsExactly("P-1/attendances[1]", "P-1/attendances[2]");
    assertThat(report.count(EMPLOYED)).isZero();
  }

  @Test
  void peopleAreCountedOncePerLine_howeverManyEventsTheyHave() {
    ParticipantRecord record = referred("P-1")
        .addAttendance(group(LocalDate.of(2023, 4, 5)))
        .addOutcomes(
            outcome("O-1", OutcomeType.EMPLOYMENT, LocalDate.of(2023, 4, 10)),
            outcome("O-2", OutcomeType.EMPLOYMENT, LocalDate.of(2023, 5, 10)),
            outcome("O-3", OutcomeType.VOLUNTEERING, LocalDate.of(2023, 5, 11)),
            outcome("O-4", OutcomeType.TRAINING_COMPLETED, LocalDate.of(2023, 5, 12)),
            outcome("O-5", OutcomeType.JOB_SEARCH_SUPPORT, LocalDate.of(2023, 5, 13)))
        .build();
    QuarterlyReport report = REPORTS.quarterly(
        ReportDataSet.builder().addParticipant(record).build(), LC, Q1);

    assertThat(report.count(EMPLOYED)).isEqualTo(1);
    assertThat(report.line(EMPLOYED).sources()).containsExactly("P-1");
    assertThat(report.line(EMPLOYED).evidence()).containsExactly("P-1/O-1", "P-1/O-2");
    assertThat(report.count(VOLUNTEERING)).isEqualTo(1);
    assertThat(report.count(ETE_OUTCOMES)).isEqualTo(1);
    assertThat(report.line(ETE_OUTCOMES).evidence())
        .containsExactly("P-1/O-1", "P-1/O-2", "P-1/O-3", "P-1/O-4");
    assertThat(report.training(TrainingType.SAFEGUARDING).count()).isEqualTo(1);
    assertThat(report.count(JOB_SEARCH_SUPPORT)).isEqualTo(1);
  }

  @Test
  void workedWithNeedsAReferralOrEnrolment_andActivityInThePeriod() {
    ParticipantRecord activeButNeverReferred = ParticipantRecord.builder()
        .participant(person("P-1")).addAttendance(group(LocalDate.of(2023, 4, 5))).build();
    ParticipantRecord referredButInactive = referred("P-2")
        .addAttendance(group(LocalDate.of(2023, 3, 5))).build();
    ParticipantRecord referredAndActive = referred("P-3")
        .addOutcome(outcome("O-1", OutcomeType.ADDITIONAL, LocalDate.of(2023, 6, 1))).build();
    ParticipantRecord referredToAnotherProgramme = ParticipantRecord.builder()
        .participant(person("P-4"))
        .addReferral(Referral.of(ProgrammeCode.UP, LocalDate.of(2023, 1, 1), ReferralSource.SELF))
        .addAttendance(group(LocalDate.of(2023, 4, 5)))
        .build();
    QuarterlyReport report = REPORTS.quarterly(ReportDataSet.builder()
        .addParticipants(activeButNeverReferred, referredButInactive, referredAndActive,
            referredToAnotherProgramme)
        .build(), LC, Q1);

    assertThat(report.line(YOUNG_PEOPLE_WORKED_WITH).sources()).containsExactly("P-3");
    // Their attendances still count: attendances are events of the programme.
    assertThat(report.count(ATTENDANCES)).isEqualTo(2);
  }

  @Test
  void sessionsAndOutcomesBelongToTheProgrammeTheyName() {
    ReportDataSet data = ReportDataSet.builder()
        .addParticipant(referred("P-1")
            .addOutcome(OutcomeEvent.builder().id(OutcomeId.of("O-1")).type(OutcomeType.EMPLOYMENT)
                .date(LocalDate.of(2023, 5, 1)).programme(ProgrammeCode.WIRE).build())
            .addOutcome(OutcomeEvent.builder().id(OutcomeId.of("O-2")).type(OutcomeType.EMPLOYMENT)
                .date(LocalDate.of(2023, 5, 2)).build())
            .build())
        .addSessions(
            Session.of(SessionId.of("S-1"), LC, LocalDate.of(2023, 4, 3), SessionKind.GROUP),
            Session.of(SessionId.of("S-2"), ProgrammeCode.WIRE, LocalDate.of(2023, 4, 3),
                SessionKind.WORKSHOP))
        .build();

    QuarterlyReport leavingCare = REPORTS.quarterly(data, LC, Q1);
    assertThat(leavingCare.count(EMPLOYED)).isZero();
    assertThat(leavingCare.line(SESSIONS_DELIVERED).sources()).containsExactly("S-1");

    QuarterlyReport all = REPORTS.quarterly(data, Q1);
    assertThat(all.programme()).isEmpty();
    assertThat(all.count(EMPLOYED)).isEqualTo(1);
    assertThat(all.line(EMPLOYED).evidence()).containsExactly("P-1/O-1", "P-1/O-2");
    assertThat(all.count(SESSIONS_DELIVERED)).isEqualTo(2);
  }

  @Test
  void partnersAndFundingAreCountedExactlyForThePeriodAndProgramme() {
    Partner hastings = Partner.builder().name("Hastings Direct").member(false)
        .addInvolvements(
            PartnerInvolvement.builder().type(InvolvementType.FUNDING)
                .date(LocalDate.of(2023, 5, 30)).programme(LC).amount(Money.ofPounds(1000)).build(),
            PartnerInvolvement.builder().type(InvolvementType.FUNDING)
                .date(LocalDate.of(2023, 6, 30)).amount(Money.ofPence(1)).build(),
            PartnerInvolvement.builder().type(InvolvementType.FUNDING)
                .date(LocalDate.of(2023, 7, 1)).programme(LC).amount(Money.ofPounds(500)).build(),
            PartnerInvolvement.builder().type(InvolvementType.FUNDING)
                .date(LocalDate.of(2023, 5, 1)).programme(ProgrammeCode.WIRE)
                .amount(Money.ofPounds(70)).build())
        .build();
    Partner wates = Partner.builder().name("Wates").member(false)
        .addInvolvement(PartnerInvolvement.builder().type(InvolvementType.RENOVATION)
            .date(LocalDate.of(2023, 6, 10)).programme(LC).build())
        .build();
    Partner idle = Partner.builder().name("Idle Ltd").member(true)
        .addInvolvement(PartnerInvolvement.builder().type(InvolvementType.MENTORING)
            .date(LocalDate.of(2022, 6, 10)).build())
        .build();
    QuarterlyReport report = REPORTS.quarterly(
        ReportDataSet.builder().addPartners(hastings, wates, idle).build(), LC, Q1);

    assertThat(report.fundingReceived()).isEqualTo(Money.ofPence(100_001));
    assertThat(report.count(PARTNERS_INVOLVED)).isEqualTo(2);
    assertThat(report.partners()).extracting(PartnerLine::partner)
        .containsExactly("Hastings Direct", "Wates");
    assertThat(report.partners().get(0).sources())
        .containsExactly("Hastings Direct/involvements[0]", "Hastings Direct/involvements[1]");
    assertThat(report.partners().get(1).involvements()).containsExactly(InvolvementType.RENOVATION);
  }

  @Test
  void stageLinesCountTheStageAtTheEndAndMovesDuringThePeriod() {
    // Group work in April (WITH), then rough sleeping from 1 June (back to WITHIN).
    ParticipantRecord record = forwardThenBack("P-1");
    QuarterlyReport report = REPORTS.quarterly(
        ReportDataSet.builder().addParticipant(record).build(), LC, Q1);

    assertThat(report.count(QuarterlyReport.STAGE_AT_END_PREFIX + "WITHIN")).isEqualTo(1);
    assertThat(report.count(MOVED_FORWARD)).isEqualTo(1);
    assertThat(report.line(MOVED_FORWARD).evidence()).containsExactly("P-1@2023-04-12");
    assertThat(report.count(MOVED_BACK)).isEqualTo(1);
    assertThat(report.line(MOVED_BACK).evidence()).containsExactly("P-1@2023-06-01");
  }

  @Test
  void stageAtStartAndMovesCountTheStageOnTheFirstDayAndThePairOfFirstAndLast() {
    // P-1: starting out on 1 April (WITHIN), a job from 10 May (TO).
    ParticipantRecord mover = referred("P-1")
        .addOutcome(outcome("O-1", OutcomeType.EMPLOYMENT, LocalDate.of(2023, 5, 10)))
        .build();
    // P-2: group work in April (WITH), rough sleeping from 1 June (back to WITHIN): WITHIN at
    // both ends, so on stageMoves.WITHIN.WITHIN, though it moved forward and back between.
    ParticipantRecord roundTrip = forwardThenBack("P-2");
    // P-3: a job in May but never referred to the programme: not worked with, on no stage line.
    ParticipantRecord stranger = ParticipantRecord.builder().participant(person("P-3"))
        .addOutcome(outcome("O-1", OutcomeType.EMPLOYMENT, LocalDate.of(2023, 5, 10)))
        .build();
    QuarterlyReport report = REPORTS.quarterly(ReportDataSet.builder()
        .addParticipants(mover, roundTrip, stranger).build(), LC, Q1);

    assertThat(report.line(QuarterlyReport.STAGE_AT_START_PREFIX + "WITHIN").sources())
        .containsExactly("P-1", "P-2");
    assertThat(report.line(QuarterlyReport.STAGE_AT_START_PREFIX + "WITHIN").evidence())
        .containsExactly("P-1@2023-04-01", "P-2@2023-04-01");
    assertThat(report.count(QuarterlyReport.STAGE_AT_START_PREFIX + "WITH")).isZero();
    assertThat(report.count(QuarterlyReport.STAGE_AT_START_PREFIX + "TO")).isZero();
    assertThat(report.line(QuarterlyReport.STAGE_AT_END_PREFIX + "TO").sources())
        .containsExactly("P-1");
    assertThat(report.line(QuarterlyReport.stageMove(Stage.WITHIN, Stage.TO)).sources())
        .containsExactly("P-1");
    assertThat(report.line(QuarterlyReport.stageMove(Stage.WITHIN, Stage.TO)).evidence())
        .containsExactly("P-1@2023-04-01", "P-1@2023-05-10");
    assertThat(report.line(QuarterlyReport.stageMove(Stage.WITHIN, Stage.WITHIN)).sources())
        .containsExactly("P-2");
    assertThat(report.line("stageMoves.WITHIN.TO").label()).isEqualTo(
        "Young people at power within at the start of the period and at power to at its end");
    long moves = 0;
    for (Stage from : Stage.values()) {
      for (Stage to : Stage.values()) {
        moves += report.count(QuarterlyReport.stageMove(from, to));
      }
    }
    assertThat(moves).isEqualTo(2);
  }

  @Test
  void stageLinesEqualTheFirstAndLastEntriesOfThePolicysStageHistory() {
    Policy policy = ReferencePolicy.withDefaults();
    qt().withExamples(40).forAll(ReportDataSets.dataSets(10)).checkAssert(data -> {
      QuarterlyReport report = ReportGenerator.using(policy).quarterly(data, LC, Q1);
      Set<String> workedWith = new HashSet<>(report.line(YOUNG_PEOPLE_WORKED_WITH).sources());
      for (ParticipantRecord record : data.participants()) {
        String id = record.id().value();
        List<StageChange> history = policy.stageHistory(record, Q1.start(), Q1.end());
        Stage first = history.get(0).stage();
        Stage last = history.get(history.size() - 1).stage();
        for (Stage stage : Stage.values()) {
          assertThat(report.line(QuarterlyReport.STAGE_AT_START_PREFIX + stage).sources()
              .contains(id)).as(id + " at start " + stage)
              .isEqualTo(workedWith.contains(id) && stage == first);
          assertThat(report.line(QuarterlyReport.STAGE_AT_END_PREFIX + stage).sources()
              .contains(id)).as(id + " at end " + stage)
              .isEqualTo(workedWith.contains(id) && stage == last);
          for (Stage to : Stage.values()) {
            assertThat(report.line(QuarterlyReport.stageMove(stage, to)).sources().contains(id))
                .as(id + " " + stage + "->" + to)
                .isEqualTo(workedWith.contains(id) && stage == first && to == last);
          }
        }
      }
    });
  }

  @Test
  void yearToDateAddsEventsAndCountsPeopleOnce() {
    ParticipantRecord record = referred("P-1")
        .addAttendances(group(LocalDate.of(2023, 4, 5)), group(LocalDate.of(2023, 8, 5)))
        .addOutcomes(outcome("O-1", OutcomeType.EMPLOYMENT, LocalDate.of(2023, 4, 10)),
            outcome("O-2", OutcomeType.EMPLOYMENT, LocalDate.of(2023, 8, 10)))
        .build();
    ReportDataSet data = ReportDataSet.builder().addParticipant(record).build();
    QuarterlyReport ytd = REPORTS.yearToDate(data, LC, Q1.next());

    assertThat(ytd.period().label()).isEqualTo("2023/24 Q1–Q2");
    assertThat(ytd.period().start()).isEqualTo(LocalDate.of(2023, 4, 1));
    assertThat(ytd.period().end()).isEqualTo(LocalDate.of(2023, 9, 30));
    assertThat(ytd.count(ATTENDANCES)).isEqualTo(2);
    assertThat(ytd.count(EMPLOYED)).isEqualTo(1);

    ReportComparison comparison =
        ReportComparison.of(REPORTS.quarterly(data, LC, Q1), REPORTS.quarterly(data, LC, Q1.next()));
    assertThat(comparison.row(ATTENDANCES).change()).isZero();
    assertThat(comparison.row(EMPLOYED).first()).isEqualTo(1);
    assertThat(comparison.row(EMPLOYED).second()).isEqualTo(1);
    assertThatThrownBy(() -> ReportComparison.of(REPORTS.quarterly(data, LC, Q1),
        REPORTS.quarterly(data, Q1))).isInstanceOf(InvalidRecordException.class);
  }

  @Test
  void everyLineListsAsManySourcesAsItCounts_andEveryKeyIsUnique() {
    qt().withExamples(60).forAll(ReportDataSets.dataSets(12)).checkAssert(data -> {
      QuarterlyReport report = REPORTS.quarterly(data, LC, Q1);
      Set<String> keys = new HashSet<>();
      for (ReportLine line : report.lines()) {
        assertThat(keys.add(line.key())).as(line.key()).isTrue();
        assertThat(line.sources()).as(line.key()).hasSize((int) line.count())
            .doesNotHaveDuplicates();
      }
    });
  }

  @Test
  void eventsOfTwoDisjointQuartersAddUpToTheirYearToDate() {
    qt().withExamples(60).forAll(ReportDataSets.dataSets(12)).checkAssert(data -> {
      for (ProgrammeCode programme : List.of(LC, ProgrammeCode.UP)) {
        QuarterlyReport q1 = REPORTS.quarterly(data, programme, Q1);
        QuarterlyReport q2 = REPORTS.quarterly(data, programme, Q1.next());
        QuarterlyReport both = REPORTS.yearToDate(data, programme, Q1.next());
        for (String events : List.of(ATTENDANCES, SESSIONS_DELIVERED, PLACEMENTS,
            PLACEMENTS_MENTORED, PLACEMENTS_UNPAID)) {
          assertThat(both.count(events)).as(events)
              .isEqualTo(q1.count(events) + q2.count(events));
        }
        assertThat(both.fundingReceived())
            .isEqualTo(q1.fundingReceived().plus(q2.fundingReceived()));
        // People are distinct across the quarters: never fewer than in either quarter, and for
        // the outcome lines (the same events, split in two) never more than the sum. Being worked
        // with and moving stage depend on activity anywhere in the period, so a year to date can
        // count someone no single quarter does (active in Q1, moving back in Q2).
        for (ReportLine line : both.lines()) {
          if (line.key().startsWith(QuarterlyReport.STAGE_AT_START_PREFIX)
              || line.key().startsWith(QuarterlyReport.STAGE_AT_END_PREFIX)
              || line.key().startsWith(QuarterlyReport.STAGE_MOVES_PREFIX)
              || line.key().equals(PARTNERS_INVOLVED)) {
            continue;
          }
          long first = q1.count(line.key());
          long second = q2.count(line.key());
          // An application in Q1 followed by housing in Q2 is on Q1's applications line, and the
          // year to date counts that person as housed only (no one is on both housing lines).
          if (!line.key().equals(HOUSING_APPLICATIONS)) {
            assertThat(line.count()).as(line.key())
                .isGreaterThanOrEqualTo(Math.max(first, second));
          }
          // A placement still running at the end of Q1 may reach two weeks only by the end of Q2.
          if (!List.of(YOUNG_PEOPLE_WORKED_WITH, MOVED_FORWARD, MOVED_BACK,
              PLACEMENTS_TWO_WEEKS_OR_LONGER).contains(line.key())) {
            assertThat(line.count()).as(line.key()).isLessThanOrEqualTo(first + second);
          }
        }
      }
    });
  }

  @Test
  void distinctPeopleNeverExceedTheEventsBehindThem() {
    qt().withExamples(60).forAll(ReportDataSets.dataSets(12)).checkAssert(data -> {
      QuarterlyReport report = REPORTS.quarterly(data, Q1);
      for (ReportLine line : report.lines()) {
        if (!line.evidence().isEmpty()) {
          assertThat(line.count()).as(line.key()).isLessThanOrEqualTo(line.evidence().size());
        }
      }
      assertThat(report.count(YOUNG_PEOPLE_WORKED_WITH))
          .isLessThanOrEqualTo(data.participants().size());
    });
  }

  @Test
  void shufflingTheInputNeverChangesAFigure() {
    qt().withExamples(60)
        .forAll(ReportDataSets.dataSets(12), Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert((data, seed) -> {
          ReportDataSet shuffled = ReportDataSets.shuffled(data, seed);
          for (ReportScope programme : List.of(ReportScope.of(LC), ReportScope.allProgrammes())) {
            QuarterlyReport a = REPORTS.report(data, programme, ReportPeriod.of(Q1));
            QuarterlyReport b = REPORTS.report(shuffled, programme, ReportPeriod.of(Q1));
            for (ReportLine line : a.lines()) {
              assertThat(b.count(line.key())).as(line.key()).isEqualTo(line.count());
            }
            assertThat(b.fundingReceived()).isEqualTo(a.fundingReceived());
          }
        });
  }

  @Test
  void aReportToDateCoversEveryDayBetweenItsEnds() {
    ParticipantRecord record = referred("P-1")
        .addAttendances(group(LocalDate.of(2019, 8, 31)), group(LocalDate.of(2019, 9, 1)),
            group(LocalDate.of(2024, 3, 31)), group(LocalDate.of(2024, 4, 1)))
        .build();
    ReportPeriod toDate = ReportPeriod.between(LocalDate.of(2019, 9, 1), LocalDate.of(2024, 3, 31));
    QuarterlyReport report = REPORTS.report(
        ReportDataSet.builder().addParticipant(record).build(), ReportScope.of(LC), toDate);

    assertThat(toDate.label()).isEqualTo("2019-09-01 to 2024-03-31");
    assertThat(report.period()).isEqualTo(toDate);
    assertThat(report.line(ATTENDANCES).sources())
        .containsExactly("P-1/attendances[1]", "P-1/attendances[2]");
    assertThat(ReportPeriod.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1)).label())
        .isEqualTo("2024-01-01 to 2024-01-01");
    assertThatThrownBy(() -> ReportPeriod.between(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("report end 2024-01-01 is before its start 2024-01-02");
    assertThatThrownBy(() -> ReportPeriod.between(null, LocalDate.of(2024, 1, 1)))
        .isInstanceOf(InvalidRecordException.class);
  }

  @Test
  void housedPeopleAreOnTheHousedLine_andApplicantsNotYetHousedOnTheApplicationsLine() {
    // 000: "Three candidates have also been successfully housed and a further two have submitted
    // housing applications and are actively bidding for properties."
    ParticipantRecord housed = referred("P-1")
        .addOutcome(outcome("O-1", OutcomeType.HOUSING_SECURED, LocalDate.of(2023, 5, 1))).build();
    ParticipantRecord applied = referred("P-2")
        .addOutcome(outcome("O-1", OutcomeType.HOUSING_APPLICATION, LocalDate.of(2023, 6, 30)))
        .build();
    ParticipantRecord appliedThenHoused = referredWith("P-3",
        OutcomeType.HOUSING_APPLICATION, LocalDate.of(2023, 4, 3),
        OutcomeType.HOUSING_SECURED, LocalDate.of(2023, 6, 1));
    ParticipantRecord housedThenAppliedAgain = referredWith("P-4",
        OutcomeType.HOUSING_SECURED, LocalDate.of(2023, 4, 3),
        OutcomeType.HOUSING_APPLICATION, LocalDate.of(2023, 6, 1));
    ParticipantRecord housedAfterThePeriod = referredWith("P-5",
        OutcomeType.HOUSING_APPLICATION, LocalDate.of(2023, 5, 3),
        OutcomeType.HOUSING_SECURED, LocalDate.of(2023, 7, 1));
    ParticipantRecord housedUnderAnotherProgramme = referred("P-6")
        .addOutcomes(outcome("O-1", OutcomeType.HOUSING_APPLICATION, LocalDate.of(2023, 5, 3)),
            OutcomeEvent.builder().id(OutcomeId.of("O-2")).type(OutcomeType.HOUSING_SECURED)
                .date(LocalDate.of(2023, 5, 3)).programme(ProgrammeCode.UP).build())
        .build();
    ParticipantRecord housedBeforeApplying = referredWith("P-7",
        OutcomeType.HOUSING_SECURED, LocalDate.of(2023, 3, 1),
        OutcomeType.HOUSING_APPLICATION, LocalDate.of(2023, 5, 3));
    QuarterlyReport report = REPORTS.quarterly(ReportDataSet.builder()
        .addParticipants(housed, applied, appliedThenHoused, housedThenAppliedAgain,
            housedAfterThePeriod, housedUnderAnotherProgramme, housedBeforeApplying)
        .build(), LC, Q1);

    assertThat(report.line(HOUSING_SECURED).sources()).containsExactly("P-1", "P-3", "P-4");
    assertThat(report.line(HOUSING_SECURED).evidence())
        .containsExactly("P-1/O-1", "P-3/O-2", "P-4/O-1");
    assertThat(report.line(HOUSING_APPLICATIONS).sources()).containsExactly("P-2", "P-5", "P-7");
    assertThat(report.line(HOUSING_APPLICATIONS).evidence())
        .containsExactly("P-2/O-1", "P-5/O-1", "P-7/O-2");
  }

  @Test
  void noOneIsOnBothHousingLines() {
    qt().withExamples(60).forAll(ReportDataSets.dataSets(12)).checkAssert(data -> {
      for (QuarterlyReport report : List.of(REPORTS.quarterly(data, Q1),
          REPORTS.quarterly(data, LC, Q1), REPORTS.yearToDate(data, LC, Q1.next().next()))) {
        Set<String> both = new HashSet<>(report.line(HOUSING_APPLICATIONS).sources());
        both.retainAll(report.line(HOUSING_SECURED).sources());
        assertThat(both).as(report.period().label()).isEmpty();
      }
    });
  }

  private static Enrolment enrolment(ProgrammeCode programme, LocalDate from) {
    return Enrolment.builder().programme(programme).status(EnrolmentStatus.ACTIVE).from(from)
        .build();
  }

  private static ParticipantRecord.Builder onUp(String id, LocalDate from) {
    return ParticipantRecord.builder().participant(person(id))
        .addEnrolment(enrolment(ProgrammeCode.UP, from));
  }

  @Test
  void referredToWireCountsUpParticipantsReferredOrEnrolledOntoWireInThePeriod_once() {
    // 000: "To date, six candidates have achieved this amazing feat and have successfully been
    // referred onto the WIRE project."
    ParticipantRecord referredAndEnrolled = onUp("P-1", LocalDate.of(2022, 9, 1))
        .addReferral(Referral.of(ProgrammeCode.WIRE, LocalDate.of(2023, 4, 1), ReferralSource.INTERNAL))
        .addEnrolment(enrolment(ProgrammeCode.WIRE, LocalDate.of(2023, 5, 2)))
        .build();
    ParticipantRecord joinedUpAfterTheReferral = onUp("P-2", LocalDate.of(2023, 5, 2))
        .addReferral(Referral.of(ProgrammeCode.WIRE, LocalDate.of(2023, 5, 1), ReferralSource.INTERNAL))
        .build();
    ParticipantRecord referredBeforeThePeriod = onUp("P-3", LocalDate.of(2022, 9, 1))
        .addReferral(Referral.of(ProgrammeCode.WIRE, LocalDate.of(2023, 3, 31), ReferralSource.INTERNAL))
        .build();
    ParticipantRecord neverOnUp = ParticipantRecord.builder().participant(person("P-4"))
        .addEnrolment(enrolment(ProgrammeCode.WIRE, LocalDate.of(2023, 5, 2)))
        .build();
    ParticipantRecord enrolledTheDayTheyJoinedUp = onUp("P-5", LocalDate.of(2023, 6, 30))
        .addEnrolment(enrolment(ProgrammeCode.WIRE, LocalDate.of(2023, 6, 30)))
        .build();
    ReportDataSet data = ReportDataSet.builder().addParticipants(referredAndEnrolled,
        joinedUpAfterTheReferral, referredBeforeThePeriod, neverOnUp, enrolledTheDayTheyJoinedUp)
        .build();

    for (QuarterlyReport report : List.of(REPORTS.quarterly(data, Q1),
        REPORTS.quarterly(data, ProgrammeCode.UP, Q1),
        REPORTS.quarterly(data, ProgrammeCode.WIRE, Q1))) {
      assertThat(report.count(REFERRED_TO_WIRE)).isEqualTo(2);
      assertThat(report.line(REFERRED_TO_WIRE).sources()).containsExactly("P-1", "P-5");
      assertThat(report.line(REFERRED_TO_WIRE).evidence())
          .containsExactly("P-1/referrals[0]", "P-1/enrolments[1]", "P-5/enrolments[1]");
    }
    assertThat(REPORTS.quarterly(data, LC, Q1).count(REFERRED_TO_WIRE)).isZero();
  }

  private static WorkPlacement placement(ProgrammeCode programme, LocalDate from,
      Optional<LocalDate> to, boolean mentored, boolean paid) {
    return WorkPlacement.builder().partner("Wates").programme(programme)
        .sector(Sector.CONSTRUCTION).from(from).to(to).mentored(mentored).paid(paid).build();
  }

  @Test
  void placementsOfTheProgrammeStartingInThePeriodAreCounted_withHowManyWereMentoredUnpaidAndTwoWeeks() {
    // 000: "This project provides two weeks unpaid mentored work placements for people with
    // convictions in order to get them ready for work."
    LocalDate monday = LocalDate.of(2023, 4, 3);
    ParticipantRecord record = ParticipantRecord.builder().participant(person("P-1"))
        .addEnrolment(enrolment(ProgrammeCode.WIRE, LocalDate.of(2023, 1, 2)))
        .addPlacements(
            // [0] the WIRE model: Monday to the Friday of the next week, mentored and unpaid.
            placement(ProgrammeCode.WIRE, monday, Optional.of(monday.plusDays(11)), true, false),
            // [1] before the period.
            placement(ProgrammeCode.WIRE, LocalDate.of(2023, 3, 20),
                Optional.of(LocalDate.of(2023, 4, 14)), true, false),
            // [2] another programme's.
            placement(ProgrammeCode.UP, monday, Optional.of(monday.plusDays(11)), true, false),
            // [3] paid, not mentored, nine working days.
            placement(ProgrammeCode.WIRE, monday, Optional.of(monday.plusDays(10)), false, true),
            // [4] still running, ten working days by the period's last day (Friday 30 June).
            placement(ProgrammeCode.WIRE, LocalDate.of(2023, 6, 19), Optional.empty(), true, false),
            // [5] still running, five working days by then.
            placement(ProgrammeCode.WIRE, LocalDate.of(2023, 6, 26), Optional.empty(), false, false),
            // [6] after the period.
            placement(ProgrammeCode.WIRE, LocalDate.of(2023, 7, 3), Optional.empty(), true, false))
        .build();
    ReportDataSet data = ReportDataSet.builder().addParticipant(record).build();
    QuarterlyReport wire = REPORTS.quarterly(data, ProgrammeCode.WIRE, Q1);

    assertThat(wire.line(PLACEMENTS).sources()).containsExactly("P-1/placements[0]",
        "P-1/placements[3]", "P-1/placements[4]", "P-1/placements[5]");
    assertThat(wire.line(PLACEMENTS).evidence()).isEmpty();
    assertThat(wire.line(PLACEMENTS_MENTORED).sources())
        .containsExactly("P-1/placements[0]", "P-1/placements[4]");
    assertThat(wire.line(PLACEMENTS_UNPAID).sources())
        .containsExactly("P-1/placements[0]", "P-1/placements[4]", "P-1/placements[5]");
    assertThat(wire.line(PLACEMENTS_TWO_WEEKS_OR_LONGER).sources())
        .containsExactly("P-1/placements[0]", "P-1/placements[4]");
    // A placement is activity: the young person on it is worked with.
    assertThat(wire.line(YOUNG_PEOPLE_WORKED_WITH).sources()).containsExactly("P-1");

    assertThat(REPORTS.quarterly(data, ProgrammeCode.UP, Q1).line(PLACEMENTS).sources())
        .containsExactly("P-1/placements[2]");
    assertThat(REPORTS.quarterly(data, Q1).count(PLACEMENTS)).isEqualTo(5);
    assertThat(REPORTS.quarterly(data, LC, Q1).count(PLACEMENTS)).isZero();
  }

  private static Enrolment finished(EnrolmentStatus status, LocalDate from, LocalDate to) {
    return Enrolment.builder().programme(ProgrammeCode.WIRE).status(status).from(from).to(to)
        .build();
  }

  /** A WIRE finisher with one outcome: most of the WIRE indicator's cases. */
  private static ParticipantRecord wireFinisher(String id, EnrolmentStatus status,
      LocalDate started, LocalDate finished, OutcomeEvent outcome) {
    return ParticipantRecord.builder().participant(person(id))
        .addEnrolment(finished(status, started, finished)).addOutcome(outcome).build();
  }

  /**
   * Referred to Leaving Care in January, group work on 12 April (WITH), then rough sleeping from
   * 1 June (back to WITHIN): a move forward and a move back in Q1.
   */
  private static ParticipantRecord forwardThenBack(String id) {
    return ParticipantRecord.builder()
        .participant(Participant.builder().from(person(id))
            .addCircumstance(Circumstance.of(CircumstanceType.ROUGH_SLEEPING,
                LocalDate.of(2023, 6, 1)))
            .build())
        .addReferral(Referral.of(LC, LocalDate.of(2023, 1, 10), ReferralSource.SELF))
        .addAttendance(group(LocalDate.of(2023, 4, 12)))
        .build();
  }

  /** A referred participant with two outcomes, O-1 and O-2, in that order. */
  private static ParticipantRecord referredWith(String id, OutcomeType first, LocalDate firstOn,
      OutcomeType second, LocalDate secondOn) {
    return referred(id)
        .addOutcomes(outcome("O-1", first, firstOn), outcome("O-2", second, secondOn)).build();
  }

  private static OutcomeEvent event(String id, OutcomeType type, LocalDate date) {
    OutcomeEvent.Builder event = OutcomeEvent.builder().id(OutcomeId.of(id)).type(type).date(date);
    if (type == OutcomeType.TRAINING_COMPLETED) {
      event.training(TrainingType.CSCS);
    }
    return event.build();
  }

  @Test
  void wireIndicator_ofThoseWhoFinishedWire_countsFurtherTrainingOrEmploymentSustainedAt13Weeks() {
    // 000: "Impressively, two thirds of candidates go onto further training and sustainable
    // employment."
    LocalDate started = LocalDate.of(2023, 1, 2);
    LocalDate finished = LocalDate.of(2023, 4, 28);
    ParticipantRecord trained = wireFinisher("P-1", EnrolmentStatus.COMPLETED, started,
        finished, event("O-1", OutcomeType.TRAINING_COMPLETED, LocalDate.of(2023, 2, 1)));
    // Began work on 1 March: 13 weeks later, 31 May, is before the period's end and still held.
    ParticipantRecord sustained = wireFinisher("P-2", EnrolmentStatus.PROGRESSED, started,
        finished, event("O-1", OutcomeType.EMPLOYMENT, LocalDate.of(2023, 3, 1)));
    // Began work on 5 June: not 13 weeks by 30 June, the day the report is about.
    ParticipantRecord notYetSustained = wireFinisher("P-3", EnrolmentStatus.COMPLETED, started,
        finished, event("O-1", OutcomeType.EMPLOYMENT, LocalDate.of(2023, 6, 5)));
    ParticipantRecord withdrew = wireFinisher("P-4", EnrolmentStatus.WITHDRAWN, started,
        finished, event("O-1", OutcomeType.TRAINING_COMPLETED, LocalDate.of(2023, 2, 1)));
    ParticipantRecord finishedBeforeThePeriod =
        wireFinisher("P-5", EnrolmentStatus.COMPLETED, started, LocalDate.of(2023, 3, 31),
            event("O-1", OutcomeType.TRAINING_COMPLETED, LocalDate.of(2023, 2, 1)));
    ParticipantRecord trainedBeforeWire = ParticipantRecord.builder().participant(person("P-6"))
        .addEnrolment(finished(EnrolmentStatus.COMPLETED, started, LocalDate.of(2023, 6, 30)))
        .addOutcomes(event("O-1", OutcomeType.TRAINING_COMPLETED, LocalDate.of(2023, 1, 1)),
            event("O-2", OutcomeType.VOLUNTEERING, LocalDate.of(2023, 2, 1)))
        .build();
    ReportDataSet data = ReportDataSet.builder().addParticipants(trained, sustained,
        notYetSustained, withdrew, finishedBeforeThePeriod, trainedBeforeWire).build();

    for (QuarterlyReport report : List.of(REPORTS.quarterly(data, ProgrammeCode.WIRE, Q1),
        REPORTS.quarterly(data, Q1))) {
      ReportIndicator wire =
          report.indicator(QuarterlyReport.WIRE_FURTHER_TRAINING_OR_SUSTAINED_EMPLOYMENT);
      assertThat(report.indicators()).containsExactly(wire);
      assertThat(wire.denominatorSources()).containsExactly("P-1", "P-2", "P-3", "P-6");
      assertThat(wire.numeratorSources()).containsExactly("P-1", "P-2");
      assertThat(wire.percent()).hasValue(new java.math.BigDecimal("50.0"));
    }
    // A quarter later P-3's job has lasted 13 weeks, but P-3 finished WIRE in Q1, not Q2.
    assertThat(REPORTS.quarterly(data, ProgrammeCode.WIRE, Q1.next())
        .indicator(QuarterlyReport.WIRE_FURTHER_TRAINING_OR_SUSTAINED_EMPLOYMENT)
        .denominator()).isZero();
    // Over both quarters, as of 30 September, it has.
    assertThat(REPORTS.yearToDate(data, ProgrammeCode.WIRE, Q1.next())
        .indicator(QuarterlyReport.WIRE_FURTHER_TRAINING_OR_SUSTAINED_EMPLOYMENT)
        .numeratorSources()).containsExactly("P-1", "P-2", "P-3");
  }

  @Test
  void wireIndicator_withNoOneFinishing_hasNoPercentage_andOtherProgrammesCountNoOne() {
    ParticipantRecord finisher = ParticipantRecord.builder().participant(person("P-1"))
        .addEnrolment(finished(EnrolmentStatus.COMPLETED, LocalDate.of(2023, 1, 2),
            LocalDate.of(2023, 4, 28)))
        .build();
    ReportDataSet data = ReportDataSet.builder().addParticipant(finisher).build();

    ReportIndicator empty = REPORTS.quarterly(ReportDataSet.builder().build(), ProgrammeCode.WIRE, Q1)
        .indicator(QuarterlyReport.WIRE_FURTHER_TRAINING_OR_SUSTAINED_EMPLOYMENT);
    ReportIndicator leavingCare = REPORTS.quarterly(data, LC, Q1)
        .indicator(QuarterlyReport.WIRE_FURTHER_TRAINING_OR_SUSTAINED_EMPLOYMENT);
    ReportIndicator none = REPORTS.quarterly(data, ProgrammeCode.WIRE, Q1)
        .indicator(QuarterlyReport.WIRE_FURTHER_TRAINING_OR_SUSTAINED_EMPLOYMENT);

    assertThat(empty.denominator()).isZero();
    assertThat(empty.percent()).isEmpty();
    assertThat(leavingCare.denominator()).isZero();
    assertThat(leavingCare.percent()).isEmpty();
    assertThat(none.denominatorSources()).containsExactly("P-1");
    assertThat(none.numerator()).isZero();
    assertThat(none.percent()).hasValue(new java.math.BigDecimal("0.0"));
    assertThatThrownBy(() -> REPORTS.quarterly(data, LC, Q1).indicator("biscuits"))
        .isInstanceOf(InvalidRecordException.class);
  }

  @Test
  void workingDaysCountMondayToFriday_bothEndsIncluded() {
    LocalDate monday = LocalDate.of(2023, 4, 3);
    assertThat(ReportGenerator.workingDays(monday, monday)).isEqualTo(1);
    assertThat(ReportGenerator.workingDays(monday, monday.plusDays(11))).isEqualTo(10);
    assertThat(ReportGenerator.workingDays(monday, monday.plusDays(13))).isEqualTo(10);
    assertThat(ReportGenerator.workingDays(monday.minusDays(2), monday.minusDays(1))).isZero();
    assertThat(ReportGenerator.workingDays(monday.plusDays(4), monday.plusDays(17))).isEqualTo(10);
    assertThat(ReportGenerator.workingDays(monday.plusDays(1), monday)).isZero();
    // Fourteen days in a row always hold ten working days.
    for (int start = 0; start < 7; start++) {
      assertThat(ReportGenerator.workingDays(monday.plusDays(start), monday.plusDays(start + 13)))
          .isEqualTo(10);
    }
  }

  @Test
  void reportPeriodsAreValidated() {
    assertThatThrownBy(() -> ReportPeriod.of(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 4, 1), "x"))
        .isInstanceOf(InvalidRecordException.class);
    assertThat(ReportPeriod.yearToDate(PlanYear.startingIn(2023).quarter(1)).label())
        .isEqualTo("2023/24 Q1");
    assertThatThrownBy(() -> REPORTS.quarterly(null, LC, Q1))
        .isInstanceOf(InvalidRecordException.class);
  }

  @Test
  void reportTellsItsListenerAfterEachParticipant_andGivesTheSameReport() {
    ReportDataSet data = ReportDataSets.dataSet(new Random(18), 25);
    ReportPeriod period = ReportPeriod.of(Q1);
    List<Integer> counted = new ArrayList<>();

    QuarterlyReport report = REPORTS.report(data, ReportScope.of(LC), period, counted::add);

    assertThat(counted).hasSize(data.participants().size());
    for (int i = 0; i < counted.size(); i++) {
      assertThat(counted.get(i)).isEqualTo(i + 1);
    }
    assertThat(report).isEqualTo(REPORTS.report(data, ReportScope.of(LC), period));
  }

  @Test
  void reportListener_thatThrows_endsTheReport_andANullOneIsRejected() {
    ReportDataSet data = ReportDataSets.dataSet(new Random(18), 5);
    ReportPeriod period = ReportPeriod.of(Q1);

    assertThatThrownBy(() -> REPORTS.report(data, ReportScope.allProgrammes(), period, counted -> {
      throw new IllegalStateException("stop at " + counted);
    })).isInstanceOf(IllegalStateException.class).hasMessage("stop at 1");
    assertThatThrownBy(() -> REPORTS.report(data, ReportScope.allProgrammes(), period, null))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("afterEachParticipant");
  }
}
