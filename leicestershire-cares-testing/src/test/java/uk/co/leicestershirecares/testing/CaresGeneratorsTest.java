package uk.co.leicestershirecares.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.engagement.EnrolmentStatus;
import uk.co.leicestershirecares.core.engagement.Sector;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.outcome.OutcomeType;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.LeapDayBirthday;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.plan.PlanYear;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * Every generated record is valid (it built, and re-building it from its parts gives an equal
 * record), and over 20,000 draws generation reaches every enum value and every boundary the kit
 * promises: birthdays and the days before them, 1 April and 31 March, quarter starts and ends,
 * 29 February births.
 */
final class CaresGeneratorsTest {
  private static final int DRAWS = 20_000;

  @Test
  void everyGeneratedRecordRebuildsFromItsPartsToAnEqualRecord() {
    RandomGenerator random = new SplittableRandom(1);
    for (int i = 0; i < DRAWS; i++) {
      ParticipantRecord record = CaresGenerators.records().next(random);
      assertThat(rebuilt(record)).isEqualTo(record);
      assertThat(ParticipantRecord.builder().from(record).build()).isEqualTo(record);
    }
  }

  /** Builds the record again through every builder, field by field. */
  static ParticipantRecord rebuilt(ParticipantRecord record) {
    Participant p = record.participant();
    Participant.Builder participant = Participant.builder().id(p.id())
        .dateOfBirth(p.dateOfBirth()).homeArea(p.homeArea());
    for (Circumstance c : p.circumstances()) {
      participant.addCircumstance(
          Circumstance.builder().type(c.type()).from(c.from()).to(c.to()).build());
    }
    ParticipantRecord.Builder copy = ParticipantRecord.builder().participant(participant.build());
    record.referrals().forEach(copy::addReferral);
    record.enrolments().forEach(copy::addEnrolment);
    record.attendances().forEach(copy::addAttendance);
    record.placements().forEach(copy::addPlacement);
    record.mentoringMatches().forEach(copy::addMentoringMatch);
    for (OutcomeEvent o : record.outcomes()) {
      copy.addOutcome(OutcomeEvent.builder().id(o.id()).type(o.type()).date(o.date())
          .end(o.end()).programme(o.programme()).training(o.training()).build());
    }
    return copy.build();
  }

  @Test
  void generationReachesEveryEnumValueAndLeapDayBirths() {
    RandomGenerator random = new SplittableRandom(2);
    Set<CircumstanceType> circumstances = EnumSet.noneOf(CircumstanceType.class);
    Set<OutcomeType> outcomes = EnumSet.noneOf(OutcomeType.class);
    Set<HomeArea> areas = EnumSet.noneOf(HomeArea.class);
    Set<EnrolmentStatus> statuses = EnumSet.noneOf(EnrolmentStatus.class);
    Set<Sector> sectors = EnumSet.noneOf(Sector.class);
    Set<ProgrammeCode> placementProgrammes = new HashSet<>();
    Set<LocalDate> leapBirths = new HashSet<>();
    int unknownBirth = 0;
    for (int i = 0; i < DRAWS; i++) {
      ParticipantRecord record = CaresGenerators.records().next(random);
      record.participant().circumstances().forEach(c -> circumstances.add(c.type()));
      record.outcomes().forEach(o -> outcomes.add(o.type()));
      areas.add(record.participant().homeArea());
      record.enrolments().forEach(e -> statuses.add(e.status()));
      record.placements().forEach(w -> sectors.add(w.sector()));
      record.placements().forEach(w -> placementProgrammes.add(w.programme()));
      Optional<LocalDate> dob = record.participant().dateOfBirth();
      dob.filter(d -> d.getMonth() == Month.FEBRUARY && d.getDayOfMonth() == 29)
          .ifPresent(leapBirths::add);
      if (dob.isEmpty()) {
        unknownBirth++;
      }
    }
    assertThat(circumstances).containsExactlyInAnyOrder(CircumstanceType.values());
    assertThat(outcomes).containsExactlyInAnyOrder(OutcomeType.values());
    assertThat(areas).containsExactlyInAnyOrder(HomeArea.values());
    assertThat(statuses).containsExactlyInAnyOrder(EnrolmentStatus.values());
    assertThat(sectors).containsExactlyInAnyOrder(Sector.values());
    assertThat(placementProgrammes).containsExactlyInAnyOrder(ProgrammeCode.WIRE, ProgrammeCode.UP);
    assertThat(leapBirths).containsExactlyInAnyOrderElementsOf(CaresGenerators.leapDayBirths());
    assertThat(unknownBirth).isBetween(DRAWS / 16, DRAWS / 5);
  }

  @Test
  void asOfDatesOftenFallOnPlanYearAndQuarterBoundaries() {
    RandomGenerator random = new SplittableRandom(3);
    int firstApril = 0;
    int thirtyFirstMarch = 0;
    int quarterStarts = 0;
    int quarterEnds = 0;
    Set<LocalDate> seen = new HashSet<>();
    for (int i = 0; i < DRAWS; i++) {
      LocalDate d = CaresGenerators.asOfDates().next(random);
      assertThat(d).isBetween(CaresGenerators.EARLIEST_AS_OF, CaresGenerators.LATEST_AS_OF);
      seen.add(d);
      firstApril += d.getMonth() == Month.APRIL && d.getDayOfMonth() == 1 ? 1 : 0;
      thirtyFirstMarch += d.getMonth() == Month.MARCH && d.getDayOfMonth() == 31 ? 1 : 0;
      FinancialQuarter q = FinancialQuarter.containing(d);
      quarterStarts += d.equals(q.start()) ? 1 : 0;
      quarterEnds += d.equals(q.end()) ? 1 : 0;
    }
    // Uniform dates would put about 5 of 20,000 on each; the bias puts hundreds there.
    assertThat(firstApril).isGreaterThan(DRAWS / 100);
    assertThat(thirtyFirstMarch).isGreaterThan(DRAWS / 100);
    assertThat(quarterStarts).isGreaterThan(DRAWS / 25);
    assertThat(quarterEnds).isGreaterThan(DRAWS / 25);
    for (int year = 2019; year <= 2028; year++) {
      PlanYear plan = PlanYear.startingIn(year);
      for (FinancialQuarter q : plan.quarters()) {
        if (!q.end().isAfter(CaresGenerators.LATEST_AS_OF)) {
          assertThat(seen).contains(q.start(), q.end());
        }
      }
    }
    for (LocalDate start : List.of(LocalDate.of(2021, 4, 1), LocalDate.of(2024, 4, 1))) {
      assertThat(seen).contains(start.minusDays(1), start, start.plusDays(1));
    }
  }

  @Test
  void casesOftenAskOnABirthdayOrTheDayBefore() {
    RandomGenerator random = new SplittableRandom(4);
    int onBirthday = 0;
    int dayBefore = 0;
    int onAnEdge = 0;
    for (int i = 0; i < DRAWS; i++) {
      AsOfCase c = CaresGenerators.cases().next(random);
      assertThat(c.asOf())
          .isBetween(CaresGenerators.EARLIEST_AS_OF, CaresGenerators.LATEST_AS_OF);
      if (CaresGenerators.edgeDates(c.record()).contains(c.asOf())) {
        onAnEdge++;
      }
      Optional<LocalDate> dob = c.record().participant().dateOfBirth();
      if (dob.isPresent()) {
        int age = LeapDayBirthday.DEFAULT.ageOn(dob.get(), c.asOf());
        if (age > 0 && LeapDayBirthday.DEFAULT.birthday(dob.get(), age).equals(c.asOf())) {
          onBirthday++;
        }
        if (LeapDayBirthday.DEFAULT.birthday(dob.get(), age + 1).equals(c.asOf().plusDays(1))) {
          dayBefore++;
        }
      }
    }
    assertThat(onAnEdge).isGreaterThan(DRAWS * 3 / 10);
    // Uniform dates would put about 1 in 365 on a birthday; the bias puts several per cent there.
    assertThat(onBirthday).isGreaterThan(DRAWS / 50);
    assertThat(dayBefore).isGreaterThan(DRAWS / 50);
  }

  @Test
  void outcomeEventsPlanYearsAndQuartersCoverTheirValues() {
    RandomGenerator random = new SplittableRandom(5);
    Set<OutcomeType> types = EnumSet.noneOf(OutcomeType.class);
    Set<PlanYear> years = new HashSet<>();
    Set<Integer> quarters = new HashSet<>();
    for (int i = 0; i < DRAWS; i++) {
      OutcomeEvent event = CaresGenerators.outcomeEvents().next(random);
      types.add(event.type());
      assertThat(event.training().isPresent())
          .isEqualTo(event.type() == OutcomeType.TRAINING_COMPLETED);
      years.add(CaresGenerators.planYears().next(random));
      quarters.add(CaresGenerators.quarters().next(random).number());
    }
    assertThat(types).containsExactlyInAnyOrder(OutcomeType.values());
    assertThat(years).contains(PlanYear.startingIn(2021), PlanYear.startingIn(2024));
    assertThat(quarters).containsExactlyInAnyOrder(1, 2, 3, 4);
  }

  @Test
  void theSameSeedGivesTheSameRecords() {
    RandomGenerator a = new SplittableRandom(99);
    RandomGenerator b = new SplittableRandom(99);
    for (int i = 0; i < 200; i++) {
      assertThat(CaresGenerators.cases().next(a)).isEqualTo(CaresGenerators.cases().next(b));
    }
  }
}
