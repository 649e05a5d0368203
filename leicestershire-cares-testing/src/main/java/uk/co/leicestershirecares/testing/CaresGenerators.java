package uk.co.leicestershirecares.testing;

import java.time.LocalDate;
import java.util.List;
import uk.co.leicestershirecares.core.engagement.Attendance;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.engagement.MentoringMatch;
import uk.co.leicestershirecares.core.engagement.Referral;
import uk.co.leicestershirecares.core.engagement.WorkPlacement;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.plan.PlanYear;
import uk.co.leicestershirecares.testing.internal.Draw;
import uk.co.leicestershirecares.testing.internal.Facts;

/**
 * The entry point of the testing kit: engine-neutral generators of valid domain objects, biased
 * towards the edges of the policy (birthdays, 29 February, the first and last days of plan years
 * and quarters, the 13-week recent window), and of {@linkplain #invalidInputs() invalid inputs}.
 *
 * <p>A plain seeded loop drives them:
 *
 * <pre>{@code
 * RandomGenerator random = new SplittableRandom(42);
 * Generator<AsOfCase> cases = CaresGenerators.cases();
 * for (int i = 0; i < 1_000; i++) {
 *   AsOfCase c = cases.next(random);
 *   myService.assess(c.record(), c.asOf());
 * }
 * }</pre>
 *
 * <p>QuickTheories users wrap them with {@link
 * uk.co.leicestershirecares.testing.quicktheories.QuickTheoriesGenerators#gen(Generator)} to get
 * shrinking; any other engine plugs them in with {@code random -> generator.next(random)}.
 */
public final class CaresGenerators {
  /** The earliest as-of date {@link #asOfDates()} returns. */
  public static final LocalDate EARLIEST_AS_OF = Facts.EARLIEST_AS_OF;

  /** The latest as-of date {@link #asOfDates()} returns. */
  public static final LocalDate LATEST_AS_OF = Facts.LATEST_AS_OF;

  private CaresGenerators() {}

  /**
   * Returns a recipe for valid participant records, which can be steered (see {@link
   * RecordGenerator}).
   *
   * @return the default recipe
   */
  public static RecordGenerator records() {
    return RecordGenerator.any();
  }

  /**
   * Returns valid participants: the participants of {@link #records()}.
   *
   * @return a generator of participants
   */
  public static Generator<Participant> participants() {
    return records().participants();
  }

  /**
   * Returns records of {@link #records()} with an as-of date, half the time a day on which
   * something in the record changes or the day before it.
   *
   * @return a generator of cases
   */
  public static Generator<AsOfCase> cases() {
    return records().cases();
  }

  /**
   * Returns as-of dates from {@link #EARLIEST_AS_OF} to {@link #LATEST_AS_OF}, weighted towards
   * the days the 2021-22 and 2024-25 annual plans come into force and the first and last days of
   * every plan year (1 April, 31 March) and quarter.
   *
   * @return a generator of dates
   */
  public static Generator<LocalDate> asOfDates() {
    return Facts::asOfDate;
  }

  /**
   * Returns dates from {@code first} to {@code last}, both included, shrinking towards {@code
   * first}.
   *
   * @param first the earliest date
   * @param last the latest date
   * @return a generator of dates
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static Generator<LocalDate> datesBetween(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last " + last + " is before first " + first);
    }
    return random -> Draw.date(random, first, last);
  }

  /**
   * Returns dates of birth from 1995 to 2012, weighted towards 29 February and the turns of
   * years.
   *
   * @return a generator of dates
   */
  public static Generator<LocalDate> datesOfBirth() {
    return Facts::dateOfBirth;
  }

  /**
   * Returns the 29 February dates {@link #datesOfBirth()} can return.
   *
   * @return the leap days of 1995-2012
   */
  public static List<LocalDate> leapDayBirths() {
    return Facts.leapDayBirths();
  }

  /**
   * Returns valid outcome events of every type with ids {@code O-1} to {@code O-999}, dated 2016
   * to mid-2029; exactly the {@code TRAINING_COMPLETED} ones name a training.
   *
   * @return a generator of outcome events
   */
  public static Generator<OutcomeEvent> outcomeEvents() {
    return random -> Facts.outcome(random, Facts.UNKNOWN_BIRTH_BASE, Draw.between(random, 1, 999));
  }

  /**
   * Returns circumstances dated on or after {@code notBefore} (mostly 2016 to mid-2029), of every
   * type but weighted towards the crises and offending, open or ended.
   *
   * @param notBefore the date of birth, or the earliest date a fact may have
   * @return a generator of circumstances
   */
  public static Generator<Circumstance> circumstances(LocalDate notBefore) {
    return random -> Facts.circumstance(random, notBefore);
  }

  /**
   * Returns circumstances of the given types, dated as {@link #circumstances(LocalDate)}.
   *
   * @param types the types to choose from, the first the simplest
   * @param notBefore the date of birth, or the earliest date a fact may have
   * @return a generator of circumstances
   * @throws IllegalArgumentException if {@code types} is empty
   */
  public static Generator<Circumstance> circumstances(
      List<CircumstanceType> types, LocalDate notBefore) {
    List<CircumstanceType> choices = List.copyOf(types);
    if (choices.isEmpty()) {
      throw new IllegalArgumentException("no circumstance types to choose from");
    }
    return random -> Facts.circumstance(random, Draw.pick(random, choices), notBefore);
  }

  /**
   * Returns referrals to the standard programmes dated on or after {@code notBefore}.
   *
   * @param notBefore the date of birth, or the earliest date a fact may have
   * @return a generator of referrals
   */
  public static Generator<Referral> referrals(LocalDate notBefore) {
    return random -> Facts.referral(random, notBefore);
  }

  /**
   * Returns enrolments, mostly on UP, in every status, dated on or after {@code notBefore}.
   *
   * @param notBefore the date of birth, or the earliest date a fact may have
   * @return a generator of enrolments
   */
  public static Generator<Enrolment> enrolments(LocalDate notBefore) {
    return random -> Facts.enrolment(random, notBefore);
  }

  /**
   * Returns attendances, mostly at group sessions, dated on or after {@code notBefore}.
   *
   * @param notBefore the date of birth, or the earliest date a fact may have
   * @return a generator of attendances
   */
  public static Generator<Attendance> attendances(LocalDate notBefore) {
    return random -> Facts.attendance(random, notBefore);
  }

  /**
   * Returns work placements, often two weeks long, mostly under WIRE (otherwise UP), dated on or
   * after {@code notBefore}.
   *
   * @param notBefore the date of birth, or the earliest date a fact may have
   * @return a generator of placements
   */
  public static Generator<WorkPlacement> placements(LocalDate notBefore) {
    return random -> Facts.placement(random, notBefore);
  }

  /**
   * Returns mentoring matches dated on or after {@code notBefore}.
   *
   * @param notBefore the date of birth, or the earliest date a fact may have
   * @return a generator of mentoring matches
   */
  public static Generator<MentoringMatch> mentoringMatches(LocalDate notBefore) {
    return random -> Facts.mentoringMatch(random, notBefore);
  }

  /**
   * Returns plan years 2015/16 to 2030/31, weighted towards 2021/22 and 2024/25, the years whose
   * annual plans the policy names, and the years before them.
   *
   * @return a generator of plan years
   */
  public static Generator<PlanYear> planYears() {
    return random -> Draw.weighted(random, 2, 1) == 0
        ? PlanYear.startingIn(Draw.between(random, 2015, 2030))
        : PlanYear.startingIn(Draw.pick(random, List.of(2020, 2021, 2023, 2024)));
  }

  /**
   * Returns financial quarters of {@link #planYears()}.
   *
   * @return a generator of quarters
   */
  public static Generator<FinancialQuarter> quarters() {
    Generator<PlanYear> years = planYears();
    return random -> years.next(random).quarter(Draw.between(random, 1, 4));
  }

  /**
   * Returns as-of dates for {@code record}: half the time any of {@link #asOfDates()}, half the
   * time one of its {@link #edgeDates(ParticipantRecord) edge dates}.
   *
   * @param record a record
   * @return a generator of as-of dates
   */
  public static Generator<LocalDate> asOfDatesFor(ParticipantRecord record) {
    List<LocalDate> edges = Facts.edgeDates(record);
    return random -> edges.isEmpty() || Draw.bool(random) ? Facts.asOfDate(random)
        : Draw.pick(random, edges);
  }

  /**
   * Returns the days in 2019-2028 on which something in {@code record} may change (a birthday at
   * 15, 16, 18, 25 or 26, a fact's start or end, the end of its 13-week window), and the days
   * before them.
   *
   * @param record a record
   * @return the days, sorted
   */
  public static List<LocalDate> edgeDates(ParticipantRecord record) {
    return List.copyOf(Facts.edgeDates(record));
  }

  /**
   * Returns the whole record in one line, dates of birth and circumstances included, for
   * falsifying examples of generated (synthetic) data. Never use it on real data.
   *
   * @param record a generated record
   * @return a description
   */
  public static String describe(ParticipantRecord record) {
    return Facts.describe(record);
  }

  /**
   * Returns every kind of invalid input of {@link InvalidInputs}, mixed.
   *
   * @return a generator of invalid inputs
   */
  public static Generator<InvalidInput> invalidInputs() {
    return InvalidInputs.all();
  }
}
