package uk.co.leicestershirecares.core.policy;

import static uk.co.leicestershirecares.testing.quicktheories.QuickTheoriesGenerators.gen;
import static uk.co.leicestershirecares.testing.quicktheories.QuickTheoriesGenerators.randomOver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import uk.co.leicestershirecares.core.engagement.Attendance;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.engagement.Referral;
import uk.co.leicestershirecares.core.engagement.SessionId;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.testing.CaresGenerators;

/**
 * The names the reference policy's property tests use, as QuickTheories views of the testing
 * kit's generators ({@link CaresGenerators} through {@code QuickTheoriesGenerators.gen}), plus the
 * policy's constants and list-shuffling helpers. It generates nothing itself: the records, as-of
 * dates and facts all come from the kit, so these tests check the kit's distributions too.
 */
final class PolicyGenerators {
  /** The earliest as-of date generated. */
  static final LocalDate EARLIEST_AS_OF = CaresGenerators.EARLIEST_AS_OF;
  /** The latest as-of date generated. */
  static final LocalDate LATEST_AS_OF = CaresGenerators.LATEST_AS_OF;
  /** The day the 2021-22 annual plan comes into force. */
  static final LocalDate PLAN_2021_START = LocalDate.of(2021, 4, 1);
  /** The day the 2024-25 annual plan comes into force. */
  static final LocalDate PLAN_2024_START = LocalDate.of(2024, 4, 1);

  /** The 13-week recent window of the default parameters, in days. */
  static final int RECENT_WINDOW_DAYS = 91;

  /** The crisis circumstances of the default parameters. */
  static final List<CircumstanceType> CRISES = List.of(
      CircumstanceType.ROUGH_SLEEPING, CircumstanceType.HOMELESS,
      CircumstanceType.ABUSIVE_RELATIONSHIP);

  /** The circumstances UP's offending condition reads. */
  static final List<CircumstanceType> OFFENDING = List.of(
      CircumstanceType.CONVICTION, CircumstanceType.AT_RISK_OF_OFFENDING);

  /** The programmes of the standard catalogue. */
  static final List<ProgrammeCode> PROGRAMMES = List.of(
      ProgrammeCode.UP, ProgrammeCode.WIRE, ProgrammeCode.LEAVING_CARE,
      ProgrammeCode.CARE_LEAVER_MENTORING, ProgrammeCode.MIND_MATTERS,
      ProgrammeCode.TARGETED_YOUTH_WORK);

  private PolicyGenerators() {}

  /** A record and the date it is asked about. */
  record Case(ParticipantRecord record, LocalDate asOf) {
    @Override
    public String toString() {
      return "asOf=" + asOf + " " + describe(record);
    }
  }

  /** Dates from {@code first} to {@code last}, both included, shrinking towards {@code first}. */
  static Gen<LocalDate> datesBetween(LocalDate first, LocalDate last) {
    return gen(CaresGenerators.datesBetween(first, last));
  }

  /** The 29 February dates of birth in 1995-2012. */
  static List<LocalDate> leapDayBirths() {
    return CaresGenerators.leapDayBirths();
  }

  /** The kit's dates of birth: 1995-2012, weighted to 29 February and the turns of years. */
  static Gen<LocalDate> datesOfBirth() {
    return gen(CaresGenerators.datesOfBirth());
  }

  /** The kit's as-of dates, 2019-2028, weighted to the plans' and quarters' first/last days. */
  static Gen<LocalDate> asOfDates() {
    return gen(CaresGenerators.asOfDates());
  }

  /** The kit's circumstances of the given types dated no earlier than {@code base}. */
  static Gen<Circumstance> circumstances(Gen<CircumstanceType> types, LocalDate base) {
    return in -> CaresGenerators.circumstances(List.of(types.generate(in)), base)
        .next(randomOver(in));
  }

  /** The kit's enrolments dated no earlier than {@code base}. */
  static Gen<Enrolment> enrolments(LocalDate base) {
    return gen(CaresGenerators.enrolments(base));
  }

  /** The kit's attendances dated no earlier than {@code base}. */
  static Gen<Attendance> attendances(LocalDate base) {
    return gen(CaresGenerators.attendances(base));
  }

  /** The kit's referrals dated no earlier than {@code base}. */
  static Gen<Referral> referrals(LocalDate base) {
    return gen(CaresGenerators.referrals(base));
  }

  /** Optional session ids. */
  static Gen<Optional<SessionId>> sessionIds() {
    return Generate.frequency(
        Pair.of(1, Generate.constant(Optional.<SessionId>empty())),
        Pair.of(2, Generate.range(1, 999).map(n -> Optional.of(SessionId.of("S-" + n)))));
  }

  /** The kit's valid records; the date of birth is unknown one time in eight. */
  static Gen<ParticipantRecord> records() {
    return gen(CaresGenerators.records()).describedAs(PolicyGenerators::describe);
  }

  /** The kit's valid records of people whose date of birth is not recorded. */
  static Gen<ParticipantRecord> recordsWithoutDateOfBirth() {
    return gen(CaresGenerators.records().withoutDateOfBirth())
        .describedAs(PolicyGenerators::describe);
  }

  /** The kit's cases: records with an as-of date, half the time on or before an edge. */
  static Gen<Case> cases() {
    return cases(records());
  }

  /** {@link #cases()} over the given records, as-of dates from the kit. */
  static Gen<Case> cases(Gen<ParticipantRecord> records) {
    Gen<Case> cases = in -> {
      ParticipantRecord record = records.generate(in);
      return new Case(record, CaresGenerators.asOfDatesFor(record).next(randomOver(in)));
    };
    return cases.describedAs(Case::toString);
  }

  /** The kit's edge dates of {@code record}. */
  static List<LocalDate> edgeDates(ParticipantRecord record) {
    return CaresGenerators.edgeDates(record);
  }

  /** Seeds for {@link #shuffled(List, long)}. */
  static Gen<Long> seeds() {
    return Generate.longRange(0, Long.MAX_VALUE / 2);
  }

  /** {@code items} in an order fixed by {@code seed}. */
  static <T> List<T> shuffled(List<T> items, long seed) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }

  /** Every list of {@code record} (circumstances included) in an order fixed by {@code seed}. */
  static ParticipantRecord shuffledLists(ParticipantRecord record, long seed) {
    Participant p = record.participant();
    return ParticipantRecord.builder()
        .participant(Participant.builder()
            .id(p.id())
            .dateOfBirth(p.dateOfBirth())
            .homeArea(p.homeArea())
            .circumstances(shuffled(p.circumstances(), seed))
            .build())
        .referrals(shuffled(record.referrals(), seed + 1))
        .enrolments(shuffled(record.enrolments(), seed + 2))
        .attendances(shuffled(record.attendances(), seed + 3))
        .placements(shuffled(record.placements(), seed + 4))
        .mentoringMatches(shuffled(record.mentoringMatches(), seed + 5))
        .outcomes(shuffled(record.outcomes(), seed + 6))
        .build();
  }

  /** The whole record in one line, for falsifying examples (the data is synthetic). */
  static String describe(ParticipantRecord record) {
    return CaresGenerators.describe(record);
  }
}
