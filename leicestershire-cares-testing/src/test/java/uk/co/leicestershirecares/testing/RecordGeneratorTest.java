package uk.co.leicestershirecares.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.engagement.EnrolmentStatus;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.LeapDayBirthday;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.stage.EmploymentPathway;
import uk.co.leicestershirecares.core.stage.Stage;

/** The recipe's combinators steer records as they promise, and never change the recipe. */
final class RecordGeneratorTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
  private static final Policy POLICY = ReferencePolicy.withDefaults();

  @Test
  void agedBetweenGivesThoseAgesOnTheDayAndReachesBothEnds() {
    RandomGenerator random = new SplittableRandom(11);
    RecordGenerator recipe = CaresGenerators.records().agedBetween(18, 25).on(DAY);
    Set<Integer> ages = new HashSet<>();
    int turningEighteenToday = 0;
    int turningTwentySixTomorrow = 0;
    int leapDayBirths = 0;
    for (int i = 0; i < 5_000; i++) {
      ParticipantRecord record = recipe.next(random);
      assertThat(CaresGeneratorsTest.rebuilt(record)).isEqualTo(record);
      LocalDate dob = record.participant().dateOfBirth().orElseThrow();
      int age = LeapDayBirthday.DEFAULT.ageOn(dob, DAY);
      assertThat(age).isBetween(18, 25);
      ages.add(age);
      if (LeapDayBirthday.DEFAULT.birthday(dob, 18).equals(DAY)) {
        turningEighteenToday++;
      }
      if (LeapDayBirthday.DEFAULT.birthday(dob, 26).equals(DAY.plusDays(1))) {
        turningTwentySixTomorrow++;
      }
      if (dob.getMonthValue() == 2 && dob.getDayOfMonth() == 29) {
        leapDayBirths++;
      }
    }
    assertThat(ages).containsExactlyInAnyOrder(18, 19, 20, 21, 22, 23, 24, 25);
    assertThat(turningEighteenToday).isGreaterThan(500);
    assertThat(turningTwentySixTomorrow).isGreaterThan(500);
    assertThat(leapDayBirths).isGreaterThan(500);
  }

  @Test
  void steeredFactsHoldOnTheDayAndTheRecordsStayValid() {
    RandomGenerator random = new SplittableRandom(12);
    RecordGenerator recipe = CaresGenerators.records().agedBetween(16, 30).on(DAY)
        .withCircumstance(CircumstanceType.CONVICTION).inCrisis().completed(ProgrammeCode.UP);
    for (int i = 0; i < 2_000; i++) {
      ParticipantRecord record = recipe.next(random);
      assertThat(CaresGeneratorsTest.rebuilt(record)).isEqualTo(record);
      assertThat(record.participant().hasCircumstanceOn(CircumstanceType.CONVICTION, DAY))
          .isTrue();
      assertThat(record.participant().circumstancesOn(DAY))
          .containsAnyOf(CircumstanceType.ROUGH_SLEEPING, CircumstanceType.HOMELESS,
              CircumstanceType.ABUSIVE_RELATIONSHIP);
      assertThat(record.enrolments()).anySatisfy(e -> {
        assertThat(e.programme()).isEqualTo(ProgrammeCode.UP);
        assertThat(e.status()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(e.isCompletedBy(DAY)).isTrue();
      });
    }
  }

  @Test
  void theReferencePolicyAnswersSteeredRecordsAsTheRecipeSays() {
    RandomGenerator random = new SplittableRandom(13);
    RecordGenerator base = CaresGenerators.records().livingIn(HomeArea.LEICESTERSHIRE)
        .withoutOtherFacts();
    RecordGenerator upCandidates = base.agedBetween(18, 25).on(DAY)
        .withCircumstance(CircumstanceType.CONVICTION);
    RecordGenerator tooYoung = base.agedBetween(15, 17).on(DAY)
        .withCircumstance(CircumstanceType.AT_RISK_OF_OFFENDING);
    RecordGenerator inCrisis = base.agedBetween(18, 25).on(DAY).inCrisis();
    RecordGenerator upCompleters = base.agedBetween(18, 25).on(DAY).completed(ProgrammeCode.UP);
    for (int i = 0; i < 500; i++) {
      PolicyAssertions.assertThat(POLICY.assess(upCandidates.next(random), DAY))
          .isEligibleFor(ProgrammeCode.UP).because("UP.age", "UP.offending", "UP.area").and()
          .isEligibleFor(ProgrammeCode.WIRE).because("WIRE.conviction");
      PolicyAssertions.assertThat(POLICY.assess(tooYoung.next(random), DAY))
          .isNotEligibleFor(ProgrammeCode.UP).missing("UP.age").and()
          .isNotEligibleFor(ProgrammeCode.WIRE).missing("WIRE.conviction");
      PolicyAssertions.assertThat(POLICY.assess(inCrisis.next(random), DAY))
          .hasStage(Stage.WITHIN).hasEmploymentPathway(EmploymentPathway.ON_HOLD);
      PolicyAssertions.assertThat(POLICY.assess(upCompleters.next(random), DAY))
          .isEligibleFor(ProgrammeCode.WIRE).because("WIRE.progression-from-UP");
    }
  }

  @Test
  void bornBetweenSpreadsDatesOfBirthOverTheRangeAndKeepsRecordsValid() {
    RandomGenerator random = new SplittableRandom(17);
    LocalDate earliest = LocalDate.of(1950, 1, 1);
    LocalDate latest = LocalDate.of(2010, 12, 31);
    RecordGenerator recipe = CaresGenerators.records().bornBetween(earliest, latest);
    int before1970 = 0;
    for (int i = 0; i < 2_000; i++) {
      ParticipantRecord record = recipe.next(random);
      // Valid: building it again from its parts gives an equal record.
      assertThat(ParticipantRecord.builder().from(record).build()).isEqualTo(record);
      if (record.participant().dateOfBirth().isPresent()) {
        LocalDate dob = record.participant().dateOfBirth().get();
        assertThat(dob).isBetween(earliest, latest);
        before1970 += dob.getYear() < 1970 ? 1 : 0;
      }
    }
    assertThat(before1970).as("births before 1970, of 2,000 records").isGreaterThan(300);
    assertThatThrownBy(() -> CaresGenerators.records().bornBetween(latest, earliest))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
        () -> CaresGenerators.records().agedBetween(18, 25).on(DAY).bornBetween(earliest, latest))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anUnknownDateOfBirthNeedsInformation() {
    RandomGenerator random = new SplittableRandom(16);
    RecordGenerator unknownAge = CaresGenerators.records().withoutOtherFacts()
        .livingIn(HomeArea.LEICESTER_CITY).withoutDateOfBirth()
        .withCircumstance(CircumstanceType.AT_RISK_OF_OFFENDING).on(DAY);
    for (int i = 0; i < 100; i++) {
      ParticipantRecord record = unknownAge.next(random);
      assertThat(record.participant().dateOfBirth()).isEmpty();
      PolicyAssertions.assertThat(POLICY.assess(record, DAY))
          .hasOutcomeFor(ProgrammeCode.UP, EligibilityOutcome.NEEDS_INFORMATION)
          .missing("UP.age");
    }
    RandomGenerator more = new SplittableRandom(17);
    RecordGenerator onTheDay = CaresGenerators.records().inCrisis()
        .withCircumstance(CircumstanceType.NEET).completed(ProgrammeCode.UP).on(DAY);
    for (int i = 0; i < 1_000; i++) {
      AsOfCase c = onTheDay.cases().next(more);
      assertThat(c.asOf()).isEqualTo(DAY);
      assertThat(CaresGeneratorsTest.rebuilt(c.record())).isEqualTo(c.record());
      assertThat(c.record().participant().hasCircumstanceOn(CircumstanceType.NEET, DAY)).isTrue();
      PolicyAssertions.assertThat(POLICY.assess(c.record(), DAY)).hasStage(Stage.WITHIN)
          .hasEmploymentPathway(EmploymentPathway.ON_HOLD);
    }
  }

  @Test
  void everyCombinatorReturnsANewRecipeAndLeavesThisOneAlone() {
    RecordGenerator base = CaresGenerators.records().withoutOtherFacts()
        .livingIn(HomeArea.RUTLAND);
    RecordGenerator steered = base.withCircumstance(CircumstanceType.NEET);
    assertThat(steered).isNotSameAs(base);
    RandomGenerator random = new SplittableRandom(14);
    for (int i = 0; i < 200; i++) {
      assertThat(base.next(random).participant().circumstances()).isEmpty();
      assertThat(steered.next(random).participant().circumstances()).hasSize(1);
    }
    assertThat(base.inCrisis()).isNotSameAs(base);
    assertThat(base.completed(ProgrammeCode.UP)).isNotSameAs(base);
    assertThat(base.agedBetween(18, 25).on(DAY)).isNotSameAs(base);
  }

  @Test
  void impossibleAgesAreRejected() {
    assertThatThrownBy(() -> CaresGenerators.records().agedBetween(20, 18))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CaresGenerators.records().agedBetween(200, 210).on(DAY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CaresGenerators.records().agedBetween(18, 25).on(DAY)
        .withoutDateOfBirth()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anAssessmentCanBeCheckedWithoutEchoingPersonalData() {
    ParticipantRecord record = CaresGenerators.records().withoutOtherFacts()
        .livingIn(HomeArea.LEICESTER_CITY).agedBetween(15, 17).on(DAY)
        .withCircumstance(CircumstanceType.CONVICTION).next(new SplittableRandom(15));
    Assessment assessment = POLICY.assess(record, DAY);
    String dob = record.participant().dateOfBirth().orElseThrow().toString();
    assertThatThrownBy(() -> PolicyAssertions.assertThat(assessment)
        .isEligibleFor(ProgrammeCode.UP))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(record.participant().id().toString())
        .hasMessageContaining("UP.age")
        .hasMessageNotContaining(dob)
        .hasMessageNotContaining("CONVICTION");
    assertThatThrownBy(() -> PolicyAssertions.assertThat(assessment).hasStage(Stage.TO))
        .isInstanceOf(AssertionError.class).hasMessageNotContaining(dob);
    assertThatThrownBy(() -> PolicyAssertions.assertThat(assessment)
        .hasEmploymentPathway(EmploymentPathway.ON_HOLD))
        .isInstanceOf(AssertionError.class).hasMessageNotContaining(dob);
    assertThatThrownBy(() -> PolicyAssertions.assertThat(assessment)
        .isNotEligibleFor(ProgrammeCode.UP).missing("UP.area"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("UP.age")
        .hasMessageNotContaining(dob);
    assertThatThrownBy(() -> PolicyAssertions.assertThat(assessment)
        .isNotEligibleFor(ProgrammeCode.UP).because("UP.nothing"))
        .isInstanceOf(AssertionError.class).hasMessageNotContaining(dob);
  }
}
