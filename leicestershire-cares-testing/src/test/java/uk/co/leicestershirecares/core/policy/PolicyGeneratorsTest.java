package uk.co.leicestershirecares.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.engagement.EnrolmentStatus;
import uk.co.leicestershirecares.core.engagement.SessionKind;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.outcome.OutcomeType;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.PolicyGenerators.Case;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * Checks that {@link PolicyGenerators} produce valid records and reach the edges the property
 * tests rely on: 29 February births, unknown dates of birth, crises with and without an end, UP
 * enrolments in every status, group attendances, placements, mentoring matches, every outcome
 * type, and as-of dates on and around the days the annual plans come into force. If a generator
 * lost one of these, the properties would pass without testing it.
 */
final class PolicyGeneratorsTest {

  @Test
  void generatedRecordsAreValidAndCoverThePolicysEdges() {
    Set<CircumstanceType> openCrises = EnumSet.noneOf(CircumstanceType.class);
    Set<CircumstanceType> endedCrises = EnumSet.noneOf(CircumstanceType.class);
    Set<EnrolmentStatus> upStatuses = EnumSet.noneOf(EnrolmentStatus.class);
    Set<OutcomeType> outcomeTypes = EnumSet.noneOf(OutcomeType.class);
    Set<LocalDate> leapBirths = new HashSet<>();
    AtomicInteger unknownBirth = new AtomicInteger();
    AtomicInteger groups = new AtomicInteger();
    AtomicInteger placements = new AtomicInteger();
    AtomicInteger matches = new AtomicInteger();
    AtomicInteger factsOnTheBirthday = new AtomicInteger();

    qt().withFixedSeed(20261125L).withExamples(2000).forAll(PolicyGenerators.records())
        .checkAssert(record -> {
          assertValid(record);
          Optional<LocalDate> dob = record.participant().dateOfBirth();
          dob.filter(d -> d.getMonth() == Month.FEBRUARY && d.getDayOfMonth() == 29)
              .ifPresent(leapBirths::add);
          if (dob.isEmpty()) {
            unknownBirth.incrementAndGet();
          }
          for (Circumstance c : record.participant().circumstances()) {
            if (PolicyGenerators.CRISES.contains(c.type())) {
              (c.to().isPresent() ? endedCrises : openCrises).add(c.type());
            }
            if (dob.isPresent() && c.from().equals(dob.get())) {
              factsOnTheBirthday.incrementAndGet();
            }
          }
          record.enrolments().stream().filter(e -> e.programme().equals(ProgrammeCode.UP))
              .forEach(e -> upStatuses.add(e.status()));
          record.outcomes().forEach(o -> outcomeTypes.add(o.type()));
          groups.addAndGet((int) record.attendances().stream()
              .filter(a -> a.kind() == SessionKind.GROUP).count());
          placements.addAndGet(record.placements().size());
          matches.addAndGet(record.mentoringMatches().size());
        });

    assertThat(leapBirths).containsExactlyInAnyOrderElementsOf(PolicyGenerators.leapDayBirths());
    assertThat(unknownBirth.get()).isBetween(100, 500);
    assertThat(openCrises).containsExactlyInAnyOrderElementsOf(PolicyGenerators.CRISES);
    assertThat(endedCrises).containsExactlyInAnyOrderElementsOf(PolicyGenerators.CRISES);
    assertThat(upStatuses).containsExactlyInAnyOrder(EnrolmentStatus.values());
    assertThat(outcomeTypes).containsExactlyInAnyOrder(OutcomeType.values());
    assertThat(groups.get()).isGreaterThan(1000);
    assertThat(placements.get()).isGreaterThan(500);
    assertThat(matches.get()).isGreaterThan(500);
    assertThat(factsOnTheBirthday.get()).isGreaterThan(10);
  }

  @Test
  void asOfDatesStayIn2019To2028AndOftenFallOnThePlansStartDays() {
    Set<LocalDate> seen = new HashSet<>();
    qt().withFixedSeed(20261125L).withExamples(2000).forAll(PolicyGenerators.asOfDates())
        .checkAssert(d -> {
          assertThat(d).isBetween(PolicyGenerators.EARLIEST_AS_OF, PolicyGenerators.LATEST_AS_OF);
          seen.add(d);
        });
    for (LocalDate start : List.of(PolicyGenerators.PLAN_2021_START,
        PolicyGenerators.PLAN_2024_START)) {
      assertThat(seen).contains(start.minusDays(1), start, start.plusDays(1));
    }
  }

  @Test
  void casesAskAboutDaysOnWhichSomethingInTheRecordChanges() {
    AtomicInteger onAnEdge = new AtomicInteger();
    qt().withFixedSeed(20261125L).withExamples(1000).forAll(PolicyGenerators.cases())
        .checkAssert((Case c) -> {
          assertThat(c.asOf())
              .isBetween(PolicyGenerators.EARLIEST_AS_OF, PolicyGenerators.LATEST_AS_OF);
          if (PolicyGenerators.edgeDates(c.record()).contains(c.asOf())) {
            onAnEdge.incrementAndGet();
          }
        });
    assertThat(onAnEdge.get()).isGreaterThan(300);
  }

  private static void assertValid(ParticipantRecord record) {
    Optional<LocalDate> dob = record.participant().dateOfBirth();
    dob.ifPresent(born -> {
      assertThat(born).isBetween(LocalDate.of(1995, 1, 1), LocalDate.of(2012, 12, 31));
      record.participant().circumstances()
          .forEach(c -> assertThat(c.from()).isAfterOrEqualTo(born));
      record.referrals().forEach(r -> assertThat(r.date()).isAfterOrEqualTo(born));
      record.enrolments().forEach(e -> assertThat(e.from()).isAfterOrEqualTo(born));
      record.attendances().forEach(a -> assertThat(a.date()).isAfterOrEqualTo(born));
      record.placements().forEach(w -> assertThat(w.from()).isAfterOrEqualTo(born));
      record.mentoringMatches().forEach(m -> assertThat(m.from()).isAfterOrEqualTo(born));
      record.outcomes().forEach(o -> assertThat(o.date()).isAfterOrEqualTo(born));
    });
    record.participant().circumstances()
        .forEach(c -> c.to().ifPresent(to -> assertThat(to).isAfterOrEqualTo(c.from())));
    record.enrolments()
        .forEach(e -> e.to().ifPresent(to -> assertThat(to).isAfterOrEqualTo(e.from())));
    record.placements()
        .forEach(w -> w.to().ifPresent(to -> assertThat(to).isAfterOrEqualTo(w.from())));
    record.mentoringMatches()
        .forEach(m -> m.to().ifPresent(to -> assertThat(to).isAfterOrEqualTo(m.from())));
    for (OutcomeEvent o : record.outcomes()) {
      o.end().ifPresent(end -> assertThat(end).isAfterOrEqualTo(o.date()));
      assertThat(o.training().isPresent())
          .isEqualTo(o.type() == OutcomeType.TRAINING_COMPLETED);
    }
    assertThat(record.outcomes().stream().map(OutcomeEvent::id).distinct().count())
        .isEqualTo(record.outcomes().size());
  }
}
