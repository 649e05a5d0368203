package uk.co.leicestershirecares.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.engagement.EnrolmentStatus;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.LeapDayBirthday;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantId;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.testing.internal.Draw;
import uk.co.leicestershirecares.testing.internal.Facts;

/**
 * An immutable recipe for valid {@link ParticipantRecord}s; every method returns a new recipe and
 * leaves this one unchanged. Start from {@link CaresGenerators#records()} and steer it:
 *
 * <pre>{@code
 * Generator<ParticipantRecord> upCandidates = CaresGenerators.records()
 *     .agedBetween(18, 25).on(LocalDate.of(2026, 11, 25))
 *     .withCircumstance(CircumstanceType.CONVICTION);
 * }</pre>
 *
 * <p>Without steering, dates of birth lie in 1995-2012 (29 February and turns of years weighted
 * up; unknown one time in eight), and a record has up to five circumstances and outcomes and a
 * few referrals, enrolments (mostly UP, every status), attendances, placements and mentoring
 * matches, all dated on or after the date of birth. Ends are never before starts, outcome ids are
 * unique, and exactly the {@code TRAINING_COMPLETED} outcomes name a training. Participant ids
 * run from {@code P-1} to {@code P-9999}, so they never contain a written date.
 */
public final class RecordGenerator implements Generator<ParticipantRecord> {
  private static final ZoneId UK = ZoneId.of("Europe/London");

  /** How the date of birth is chosen. */
  private enum Birth { MAYBE_KNOWN, KNOWN, UNKNOWN }

  private final Birth birth;
  private final int minAge;
  private final int maxAge;
  // The as-of date, home area and date-of-birth range a recipe fixes; null when it leaves them.
  private final @Nullable LocalDate on;
  private final List<CircumstanceType> circumstances;
  private final boolean crisis;
  private final List<ProgrammeCode> completed;
  private final @Nullable HomeArea area;
  private final boolean onlySteered;
  private final @Nullable LocalDate bornEarliest;
  private final @Nullable LocalDate bornLatest;

  private RecordGenerator(Birth birth, int minAge, int maxAge, @Nullable LocalDate on,
      List<CircumstanceType> circumstances, boolean crisis, List<ProgrammeCode> completed,
      @Nullable HomeArea area, boolean onlySteered) {
    this(birth, minAge, maxAge, on, circumstances, crisis, completed, area, onlySteered, null,
        null);
  }

  private RecordGenerator(Birth birth, int minAge, int maxAge, @Nullable LocalDate on,
      List<CircumstanceType> circumstances, boolean crisis, List<ProgrammeCode> completed,
      @Nullable HomeArea area, boolean onlySteered, @Nullable LocalDate bornEarliest,
      @Nullable LocalDate bornLatest) {
    this.birth = birth;
    this.minAge = minAge;
    this.maxAge = maxAge;
    this.on = on;
    this.circumstances = List.copyOf(circumstances);
    this.crisis = crisis;
    this.completed = List.copyOf(completed);
    this.area = area;
    this.onlySteered = onlySteered;
    this.bornEarliest = bornEarliest;
    this.bornLatest = bornLatest;
  }

  static RecordGenerator any() {
    return new RecordGenerator(Birth.MAYBE_KNOWN, -1, -1, null, List.of(), false,
        List.of(), null, false);
  }

  /**
   * The second step of {@link RecordGenerator#agedBetween(int, int)}: names the date the age
   * holds on.
   */
  public static final class AgeStep {
    private final RecordGenerator recipe;
    private final int minAge;
    private final int maxAge;

    private AgeStep(RecordGenerator recipe, int minAge, int maxAge) {
      this.recipe = recipe;
      this.minAge = minAge;
      this.maxAge = maxAge;
    }

    /**
     * Returns a recipe whose participants have a date of birth and are aged from the minimum to
     * the maximum age on {@code date} (birthdays by {@link LeapDayBirthday#DEFAULT}), with extra
     * weight on turning the minimum age that very day, turning one more than the maximum the next
     * day, and 29 February births. The circumstances, crisis and completions the recipe asks for
     * then hold on {@code date}.
     *
     * @param date the date the age holds on
     * @return a new recipe
     * @throws IllegalArgumentException if nobody born between 1900 and today has such an age on
     *     {@code date}
     */
    public RecordGenerator on(LocalDate date) {
      Objects.requireNonNull(date, "date");
      RecordGenerator next = new RecordGenerator(Birth.KNOWN, minAge, maxAge, date,
          recipe.circumstances, recipe.crisis, recipe.completed, recipe.area,
          // The age decides the date of birth: a range from bornBetween no longer applies.
          recipe.onlySteered, null, null);
      var unused = next.birthRange(); // fails early when no date of birth fits
      return next;
    }
  }

  /**
   * Starts a recipe whose participants are aged {@code minAge} to {@code maxAge} (both included)
   * on a date named next with {@link AgeStep#on(LocalDate)}.
   *
   * @param minAge the youngest age, in whole years
   * @param maxAge the oldest age, in whole years
   * @return the step naming the date
   * @throws IllegalArgumentException if {@code minAge} is negative or above {@code maxAge}
   */
  public AgeStep agedBetween(int minAge, int maxAge) {
    if (minAge < 0 || minAge > maxAge) {
      throw new IllegalArgumentException(
          "ages must satisfy 0 <= minAge <= maxAge, got " + minAge + " and " + maxAge);
    }
    return new AgeStep(this, minAge, maxAge);
  }

  /**
   * Returns a recipe whose participants also have an ongoing circumstance of {@code type} (from a
   * date on or after the date of birth; holding on the {@linkplain #on(LocalDate) date} if one is
   * set).
   *
   * @param type the circumstance every participant has
   * @return a new recipe
   */
  public RecordGenerator withCircumstance(CircumstanceType type) {
    Objects.requireNonNull(type, "type");
    List<CircumstanceType> more = new ArrayList<>(circumstances);
    more.add(type);
    return new RecordGenerator(birth, minAge, maxAge, on, more, crisis, completed, area,
        onlySteered, bornEarliest, bornLatest);
  }

  /**
   * Returns a recipe whose participants are also in an unresolved crisis (rough sleeping,
   * homelessness or an abusive relationship, with no end date), so the reference policy puts them
   * in the {@code WITHIN} stage with the employment pathway on hold.
   *
   * @return a new recipe
   */
  public RecordGenerator inCrisis() {
    return new RecordGenerator(birth, minAge, maxAge, on, circumstances, true, completed, area,
        onlySteered, bornEarliest, bornLatest);
  }

  /**
   * Returns a recipe whose records also have a {@code COMPLETED} enrolment on {@code programme},
   * ended (on or before the {@linkplain #on(LocalDate) date}, if one is set).
   *
   * @param programme the programme every participant completed
   * @return a new recipe
   */
  public RecordGenerator completed(ProgrammeCode programme) {
    Objects.requireNonNull(programme, "programme");
    List<ProgrammeCode> more = new ArrayList<>(completed);
    more.add(programme);
    return new RecordGenerator(birth, minAge, maxAge, on, circumstances, crisis, more, area,
        onlySteered, bornEarliest, bornLatest);
  }

  /**
   * Returns a recipe whose dates of birth, when recorded, lie from {@code earliest} to {@code
   * latest} (both included) instead of the default 1995-2012: for example 1950-2010 to test
   * validation and privacy over a wide spread of ages. Facts stay dated on or after the date of
   * birth.
   *
   * @param earliest the earliest date of birth, not before 1900-01-01
   * @param latest the latest date of birth, not after today in the UK
   * @return a new recipe
   * @throws IllegalArgumentException if the range is empty or outside those bounds
   * @throws IllegalStateException if the recipe already sets an age
   */
  public RecordGenerator bornBetween(LocalDate earliest, LocalDate latest) {
    if (minAge >= 0) {
      throw new IllegalStateException("a recipe with an age already decides the date of birth");
    }
    if (earliest.isBefore(Participant.EARLIEST_DATE_OF_BIRTH) || latest.isAfter(LocalDate.now(UK))
        || latest.isBefore(earliest)) {
      throw new IllegalArgumentException("dates of birth must run forwards within 1900-01-01 and"
          + " today, not " + earliest + " to " + latest);
    }
    return new RecordGenerator(birth, minAge, maxAge, on, circumstances, crisis, completed, area,
        onlySteered, earliest, latest);
  }

  private LocalDate unsteeredBirth(RandomGenerator random) {
    LocalDate earliest = bornEarliest;
    LocalDate latest = bornLatest;
    return earliest != null && latest != null ? Draw.date(random, earliest, latest)
        : Facts.dateOfBirth(random);
  }

  /**
   * Returns a recipe whose participants always have a recorded date of birth.
   *
   * @return a new recipe
   */
  public RecordGenerator withDateOfBirth() {
    return new RecordGenerator(Birth.KNOWN, minAge, maxAge, on, circumstances, crisis, completed,
        area, onlySteered, bornEarliest, bornLatest);
  }

  /**
   * Returns a recipe whose participants never have a recorded date of birth.
   *
   * @return a new recipe
   * @throws IllegalStateException if the recipe already sets an age
   */
  public RecordGenerator withoutDateOfBirth() {
    if (minAge >= 0) {
      throw new IllegalStateException("a recipe with an age needs a date of birth");
    }
    return new RecordGenerator(Birth.UNKNOWN, minAge, maxAge, on, circumstances, crisis,
        completed, area, onlySteered, bornEarliest, bornLatest);
  }

  /**
   * Returns a recipe whose circumstances, crisis and completions hold on {@code date}, and whose
   * {@linkplain #cases() cases} ask about {@code date}, without constraining the age (use {@code
   * agedBetween(min, max).on(date)} for that). A steered fact can only hold on {@code date} if the
   * date of birth, when known, is on or before it: the default dates of birth (1995-2012) are, for
   * any date from 2013.
   *
   * @param date the date the steered facts hold on
   * @return a new recipe
   */
  public RecordGenerator on(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new RecordGenerator(birth, minAge, maxAge, date, circumstances, crisis,
        completed, area, onlySteered, bornEarliest, bornLatest);
  }

  /**
   * Returns a recipe whose participants all live in {@code homeArea}.
   *
   * @param homeArea the home area of every participant
   * @return a new recipe
   */
  public RecordGenerator livingIn(HomeArea homeArea) {
    Objects.requireNonNull(homeArea, "homeArea");
    return new RecordGenerator(birth, minAge, maxAge, on, circumstances, crisis, completed,
        homeArea, onlySteered, bornEarliest, bornLatest);
  }

  /**
   * Returns a recipe whose records hold only what the recipe asks for (its circumstances, crisis
   * and completions) and no other generated circumstances, referrals, enrolments, attendances,
   * placements, mentoring matches or outcomes: for examples whose answer must not depend on
   * chance facts.
   *
   * @return a new recipe
   */
  public RecordGenerator withoutOtherFacts() {
    return new RecordGenerator(birth, minAge, maxAge, on, circumstances, crisis, completed, area,
        true, bornEarliest, bornLatest);
  }

  /**
   * Returns the participants of this recipe's records.
   *
   * @return a generator of participants
   */
  public Generator<Participant> participants() {
    return random -> next(random).participant();
  }

  /**
   * Returns cases of this recipe's records with an as-of date: the {@linkplain #on(LocalDate)
   * date} if set, else either any as-of date or a day on which something
   * in the record changes (a birthday opening or closing an age band, a fact's start or end, the
   * end of its 13-week window) or the day before it, within 2019-2028.
   *
   * @return a generator of cases
   */
  public Generator<AsOfCase> cases() {
    return random -> {
      ParticipantRecord record = next(random);
      LocalDate day = on;
      if (day != null) {
        return new AsOfCase(record, day);
      }
      return new AsOfCase(record, CaresGenerators.asOfDatesFor(record).next(random));
    };
  }

  @Override
  public ParticipantRecord next(RandomGenerator random) {
    Optional<LocalDate> dob;
    switch (birth) {
      case KNOWN -> dob = Optional.of(minAge >= 0 ? steeredBirth(random) : unsteeredBirth(random));
      case UNKNOWN -> dob = Optional.empty();
      default -> {
        dob = bornEarliest != null
            ? (Draw.weighted(random, 7, 1) == 0 ? Optional.of(unsteeredBirth(random))
                : Optional.empty())
            : Facts.optionalDateOfBirth(random);
      }
    }
    LocalDate known = dob.orElse(null);
    LocalDate base = known != null ? known : Facts.UNKNOWN_BIRTH_BASE;
    int most = onlySteered ? 0 : 1;
    List<Circumstance> facts = Draw.list(random, 0, 5 * most, r -> Facts.circumstance(r, base));
    for (CircumstanceType type : circumstances) {
      facts.add(Circumstance.builder().type(type).from(steeredStart(random, base, known)).build());
    }
    if (crisis) {
      facts.add(Circumstance.builder().type(Draw.pick(random, Facts.CRISES))
          .from(steeredStart(random, base, known)).build());
    }
    Participant participant = Participant.builder()
        .id(ParticipantId.of("P-" + Draw.between(random, 1, 9999)))
        .dateOfBirth(dob)
        .homeArea(area != null ? area : Facts.homeArea(random))
        .circumstances(facts)
        .build();
    int outcomeCount = Draw.between(random, 0, 5 * most);
    List<OutcomeEvent> outcomes = new ArrayList<>();
    for (int i = 1; i <= outcomeCount; i++) {
      outcomes.add(Facts.outcome(random, base, i));
    }
    List<Enrolment> enrolments = Draw.list(random, 0, 3 * most, r -> Facts.enrolment(r, base));
    for (ProgrammeCode programme : completed) {
      LocalDate from = steeredStart(random, base, known);
      LocalDate last = on != null ? on : from.plusDays(400);
      LocalDate to = Draw.date(random, from, last.isBefore(from) ? from : last);
      enrolments.add(Enrolment.builder().programme(programme).status(EnrolmentStatus.COMPLETED)
          .from(from).to(to).build());
    }
    return ParticipantRecord.builder()
        .participant(participant)
        .referrals(Draw.list(random, 0, 2 * most, r -> Facts.referral(r, base)))
        .enrolments(enrolments)
        .attendances(Draw.list(random, 0, 6 * most, r -> Facts.attendance(r, base)))
        .placements(Draw.list(random, 0, 2 * most, r -> Facts.placement(r, base)))
        .mentoringMatches(Draw.list(random, 0, 2 * most, r -> Facts.mentoringMatch(r, base)))
        .outcomes(outcomes)
        .build();
  }

  /**
   * A start on or after the date of birth (or {@code base}), and on or before the {@code on} date
   * if one is set and the date of birth allows it.
   */
  private LocalDate steeredStart(RandomGenerator random, LocalDate base, @Nullable LocalDate dob) {
    LocalDate last = on;
    if (last == null) {
      return Facts.factDate(random, base);
    }
    LocalDate first = last.minusDays(800);
    if (dob != null && dob.isAfter(first)) {
      first = dob;
    }
    return first.isAfter(last) ? first : Draw.date(random, first, last);
  }

  /** The earliest and latest dates of birth giving an age in range on the age date. */
  private LocalDate[] birthRange() {
    LocalDate date = Objects.requireNonNull(on, "on");
    LeapDayBirthday rule = LeapDayBirthday.DEFAULT;
    LocalDate latest = date.minusYears(minAge);
    while (rule.ageOn(latest, date) < minAge) {
      latest = latest.minusDays(1);
    }
    while (!latest.plusDays(1).isAfter(date) && rule.ageOn(latest.plusDays(1), date) >= minAge) {
      latest = latest.plusDays(1);
    }
    LocalDate earliest = date.minusYears(maxAge + 1L).plusDays(1);
    while (rule.ageOn(earliest, date) > maxAge) {
      earliest = earliest.plusDays(1);
    }
    while (rule.ageOn(earliest.minusDays(1), date) <= maxAge) {
      earliest = earliest.minusDays(1);
    }
    LocalDate today = LocalDate.now(UK);
    if (latest.isAfter(today)) {
      latest = today;
    }
    if (earliest.isBefore(Participant.EARLIEST_DATE_OF_BIRTH)) {
      earliest = Participant.EARLIEST_DATE_OF_BIRTH;
    }
    if (earliest.isAfter(latest)) {
      throw new IllegalArgumentException("nobody born between 1900 and today is aged " + minAge
          + " to " + maxAge + " on " + date);
    }
    return new LocalDate[] {earliest, latest};
  }

  /** A date of birth giving an age in range on the age date, weighted to the edges. */
  private LocalDate steeredBirth(RandomGenerator random) {
    LocalDate[] range = birthRange();
    LocalDate earliest = range[0];
    LocalDate latest = range[1];
    return switch (Draw.weighted(random, 6, 2, 2, 2)) {
      case 1 -> latest;
      case 2 -> earliest;
      case 3 -> {
        List<LocalDate> leapDays = new ArrayList<>();
        for (LocalDate d : Facts.leapDaysBetween(earliest.getYear(), latest.getYear())) {
          if (!d.isBefore(earliest) && !d.isAfter(latest)) {
            leapDays.add(d);
          }
        }
        if (!leapDays.isEmpty()) {
          yield Draw.pick(random, leapDays);
        }
        yield Draw.date(random, earliest, latest);
      }
      default -> Draw.date(random, earliest, latest);
    };
  }
}
