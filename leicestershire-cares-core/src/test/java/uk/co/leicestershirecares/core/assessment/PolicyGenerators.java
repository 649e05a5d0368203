package uk.co.leicestershirecares.core.assessment;

import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import uk.co.leicestershirecares.core.engagement.Attendance;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.engagement.EnrolmentStatus;
import uk.co.leicestershirecares.core.engagement.MentoringMatch;
import uk.co.leicestershirecares.core.engagement.Referral;
import uk.co.leicestershirecares.core.engagement.ReferralSource;
import uk.co.leicestershirecares.core.engagement.Sector;
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
import uk.co.leicestershirecares.core.participant.LeapDayBirthday;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantId;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * QuickTheories generators of valid {@link ParticipantRecord}s and as-of dates, biased towards the
 * edges of the reference policy: 29 February births, the 15th/16th/18th/25th/26th birthdays, the
 * crises (rough sleeping, homelessness, an abusive relationship) with and without end dates, UP
 * enrolments in every status, group attendances, placements, mentoring matches, outcome events of
 * every type, the 13-week recent window, and the days the 2021-22 and 2024-25 annual plans come
 * into force.
 *
 * <p>Every record is valid: every dated fact is on or after the date of birth (when known), no end
 * is before its start, outcome ids are unique and {@code training} is set exactly for {@code
 * TRAINING_COMPLETED}. The data is synthetic, so {@link #describe(ParticipantRecord)} prints all of
 * it to make a falsifying example readable.
 */
final class PolicyGenerators {
  /** The earliest as-of date generated. */
  static final LocalDate EARLIEST_AS_OF = LocalDate.of(2019, 1, 1);
  /** The latest as-of date generated. */
  static final LocalDate LATEST_AS_OF = LocalDate.of(2028, 12, 31);
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
      CircumstanceType.CONVICTION, CircumstanceType.AT_RISK_OF_OFFENDING,
      CircumstanceType.YOUTH_JUSTICE);

  /** The programmes of the standard catalogue. */
  static final List<ProgrammeCode> PROGRAMMES = List.of(
      ProgrammeCode.UP, ProgrammeCode.WIRE, ProgrammeCode.LEAVING_CARE,
      ProgrammeCode.CARE_LEAVER_MENTORING, ProgrammeCode.MIND_MATTERS,
      ProgrammeCode.TARGETED_YOUTH_WORK);

  private static final List<String> PARTNERS = List.of(
      "Acme Print Ltd", "Charnwood Builders", "Rutland Water Cafe", "Leicester Tigers Foundation",
      "Soar Valley Recycling", "Fosse IT Services");

  /** The facts lie no later than this. */
  private static final LocalDate LATEST_FACT = LocalDate.of(2029, 6, 30);
  /** Facts of people whose date of birth is unknown lie no earlier than this. */
  private static final LocalDate UNKNOWN_BIRTH_BASE = LocalDate.of(2012, 1, 1);
  /** Most facts lie no earlier than this (or the date of birth, if later). */
  private static final LocalDate EARLY_FACTS = LocalDate.of(2016, 1, 1);

  private PolicyGenerators() {}

  /** A record and the date it is asked about. */
  record Case(ParticipantRecord record, LocalDate asOf) {
    @Override
    public String toString() {
      return "asOf=" + asOf + " " + describe(record);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Dates

  /** Dates from {@code first} to {@code last}, both included, shrinking towards {@code first}. */
  static Gen<LocalDate> datesBetween(LocalDate first, LocalDate last) {
    return Generate.longRange(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /** The 29 February dates of birth in 1995–2012. */
  static List<LocalDate> leapDayBirths() {
    List<LocalDate> days = new ArrayList<>();
    for (int year = 1995; year <= 2012; year++) {
      if (Year.isLeap(year)) {
        days.add(LocalDate.of(year, Month.FEBRUARY, 29));
      }
    }
    return days;
  }

  /** Dates of birth from 1995 to 2012, with extra weight on 29 February and the turns of years. */
  static Gen<LocalDate> datesOfBirth() {
    List<LocalDate> edges = new ArrayList<>();
    for (int year = 1995; year <= 2012; year++) {
      edges.add(LocalDate.of(year, 1, 1));
      edges.add(LocalDate.of(year, 2, 28));
      edges.add(LocalDate.of(year, 3, 1));
      edges.add(LocalDate.of(year, 3, 31));
      edges.add(LocalDate.of(year, 4, 1));
      edges.add(LocalDate.of(year, 12, 31));
    }
    return Generate.frequency(
        Pair.of(6, datesBetween(LocalDate.of(1995, 1, 1), LocalDate.of(2012, 12, 31))),
        Pair.of(3, Generate.pick(leapDayBirths())),
        Pair.of(1, Generate.pick(edges)));
  }

  /** Dates of birth as {@link #datesOfBirth()}, unknown one time in eight. */
  static Gen<Optional<LocalDate>> optionalDatesOfBirth() {
    return Generate.frequency(
        Pair.of(7, datesOfBirth().map(Optional::of)),
        Pair.of(1, Generate.constant(Optional.<LocalDate>empty())));
  }

  /** As-of dates from 2019-01-01 to 2028-12-31, weighted towards the plans' start days. */
  static Gen<LocalDate> asOfDates() {
    List<LocalDate> edges = new ArrayList<>();
    for (LocalDate start : List.of(PLAN_2021_START, PLAN_2024_START)) {
      for (int d = -2; d <= 2; d++) {
        edges.add(start.plusDays(d));
      }
    }
    edges.add(EARLIEST_AS_OF);
    edges.add(LATEST_AS_OF);
    edges.add(LocalDate.of(2025, 3, 31));
    edges.add(LocalDate.of(2025, 4, 1));
    return Generate.frequency(
        Pair.of(6, datesBetween(EARLIEST_AS_OF, LATEST_AS_OF)),
        Pair.of(3, Generate.pick(edges)));
  }

  /** Optional end dates from {@code start}: open, the same day, short, around 13 weeks, long. */
  static Gen<Optional<LocalDate>> endsFrom(LocalDate start) {
    Gen<Integer> lengths = Generate.frequency(
        Pair.of(1, Generate.constant(0)),
        Pair.of(2, Generate.range(1, 30)),
        Pair.of(2, Generate.pick(List.of(11, 13, 89, 90, 91, 92, 181, 182, 183))),
        Pair.of(2, Generate.range(31, 700)));
    return Generate.frequency(
        Pair.of(2, Generate.constant(Optional.<LocalDate>empty())),
        Pair.of(5, lengths.map(days -> Optional.of(start.plusDays(days)))));
  }

  /**
   * Dates of facts of someone born on {@code base} (or, when unknown, facts no earlier than
   * {@code base}): mostly 2016 to mid-2029, sometimes the date of birth itself, sometimes the days
   * around the plans' start days.
   */
  static Gen<LocalDate> factDates(LocalDate base) {
    LocalDate low = base.isAfter(EARLY_FACTS) ? base : EARLY_FACTS;
    List<LocalDate> edges = new ArrayList<>();
    for (LocalDate start : List.of(PLAN_2021_START, PLAN_2024_START)) {
      for (int d = -1; d <= 1; d++) {
        if (!start.plusDays(d).isBefore(base)) {
          edges.add(start.plusDays(d));
        }
      }
    }
    edges.add(base);
    return Generate.frequency(
        Pair.of(8, datesBetween(low, LATEST_FACT)),
        Pair.of(1, datesBetween(base, LATEST_FACT)),
        Pair.of(2, Generate.pick(edges)));
  }

  // ---------------------------------------------------------------------------------------------
  // Facts

  /** Circumstance types, weighted towards the crises and the offending circumstances. */
  static Gen<CircumstanceType> circumstanceTypes() {
    return Generate.frequency(
        Pair.of(3, Generate.pick(CRISES)),
        Pair.of(3, Generate.pick(OFFENDING)),
        Pair.of(1, Generate.pick(List.of(CircumstanceType.SEND, CircumstanceType.CARE_EXPERIENCED,
            CircumstanceType.NEET))),
        Pair.of(2, Generate.enumValues(CircumstanceType.class)));
  }

  /** Circumstances of the given types dated no earlier than {@code base}. */
  static Gen<Circumstance> circumstances(Gen<CircumstanceType> types, LocalDate base) {
    return in -> {
      CircumstanceType type = types.generate(in);
      LocalDate from = factDates(base).generate(in);
      Optional<LocalDate> to = endsFrom(from).generate(in);
      return Circumstance.builder().type(type).from(from).to(to).build();
    };
  }

  /** Enrolments, mostly on UP, in every status, dated no earlier than {@code base}. */
  static Gen<Enrolment> enrolments(LocalDate base) {
    Gen<ProgrammeCode> programmes = Generate.frequency(
        Pair.of(4, Generate.constant(ProgrammeCode.UP)),
        Pair.of(1, Generate.pick(PROGRAMMES)));
    return in -> {
      ProgrammeCode programme = programmes.generate(in);
      EnrolmentStatus status = Generate.enumValues(EnrolmentStatus.class).generate(in);
      LocalDate from = factDates(base).generate(in);
      Optional<LocalDate> to = endsFrom(from).generate(in);
      return Enrolment.builder().programme(programme).status(status).from(from).to(to).build();
    };
  }

  /** Attendances, mostly at group sessions, dated no earlier than {@code base}. */
  static Gen<Attendance> attendances(LocalDate base) {
    Gen<SessionKind> kinds = Generate.frequency(
        Pair.of(3, Generate.constant(SessionKind.GROUP)),
        Pair.of(2, Generate.enumValues(SessionKind.class)));
    return in -> {
      LocalDate date = factDates(base).generate(in);
      SessionKind kind = kinds.generate(in);
      ProgrammeCode programme = Generate.pick(PROGRAMMES).generate(in);
      Optional<SessionId> session = sessionIds().generate(in);
      return Attendance.builder().date(date).kind(kind).programme(programme).session(session)
          .build();
    };
  }

  /** Optional session ids. */
  static Gen<Optional<SessionId>> sessionIds() {
    return Generate.frequency(
        Pair.of(1, Generate.constant(Optional.<SessionId>empty())),
        Pair.of(2, Generate.range(1, 999).map(n -> Optional.of(SessionId.of("S-" + n)))));
  }

  /** Work placements, often the WIRE model of two weeks, dated no earlier than {@code base}. */
  static Gen<WorkPlacement> placements(LocalDate base) {
    return in -> {
      LocalDate from = factDates(base).generate(in);
      Optional<LocalDate> to = Generate.frequency(
          Pair.of(2, Generate.constant(Optional.of(from.plusDays(11)))),
          Pair.of(3, endsFrom(from))).generate(in);
      return WorkPlacement.builder()
          .partner(Generate.pick(PARTNERS).generate(in))
          .sector(Generate.enumValues(Sector.class).generate(in))
          .from(from)
          .to(to)
          .mentored(Generate.booleans().generate(in))
          .paid(Generate.booleans().generate(in))
          .build();
    };
  }

  /** Mentoring matches dated no earlier than {@code base}. */
  static Gen<MentoringMatch> mentoringMatches(LocalDate base) {
    return in -> {
      LocalDate from = factDates(base).generate(in);
      return MentoringMatch.builder()
          .programme(Generate.pick(PROGRAMMES).generate(in))
          .from(from)
          .to(endsFrom(from).generate(in))
          .build();
    };
  }

  /** Referrals dated no earlier than {@code base}. */
  static Gen<Referral> referrals(LocalDate base) {
    return in -> Referral.of(
        Generate.pick(PROGRAMMES).generate(in),
        factDates(base).generate(in),
        Generate.enumValues(ReferralSource.class).generate(in));
  }

  /**
   * Outcome events of every type with id {@code O-<index>}, dated no earlier than {@code base};
   * a {@code TRAINING_COMPLETED} event names a training, no other does.
   */
  static Gen<OutcomeEvent> outcomes(LocalDate base, int index) {
    return in -> {
      OutcomeType type = Generate.enumValues(OutcomeType.class).generate(in);
      LocalDate date = factDates(base).generate(in);
      Optional<LocalDate> end = endsFrom(date).generate(in);
      Optional<ProgrammeCode> programme = Generate.pick(PROGRAMMES).toOptionals(25).generate(in);
      Optional<TrainingType> training = type == OutcomeType.TRAINING_COMPLETED
          ? Optional.of(Generate.enumValues(TrainingType.class).generate(in))
          : Optional.empty();
      return OutcomeEvent.builder()
          .id(OutcomeId.of("O-" + index))
          .type(type)
          .date(date)
          .end(end)
          .programme(programme)
          .training(training)
          .build();
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Records

  /** Valid records; the date of birth is unknown one time in eight. */
  static Gen<ParticipantRecord> records() {
    return records(optionalDatesOfBirth());
  }

  /** Valid records of people whose date of birth is not recorded. */
  static Gen<ParticipantRecord> recordsWithoutDateOfBirth() {
    return records(Generate.constant(Optional.empty()));
  }

  /** Valid records whose date of birth comes from {@code datesOfBirth}. */
  static Gen<ParticipantRecord> records(Gen<Optional<LocalDate>> datesOfBirth) {
    Gen<ParticipantRecord> records = in -> {
      Optional<LocalDate> dob = datesOfBirth.generate(in);
      LocalDate base = dob.orElse(UNKNOWN_BIRTH_BASE);
      Participant participant = Participant.builder()
          .id(ParticipantId.of("P-" + Generate.range(1, 9999).generate(in)))
          .dateOfBirth(dob)
          .homeArea(homeAreas().generate(in))
          .circumstances(lists().of(circumstances(circumstanceTypes(), base)).ofSizeBetween(0, 5)
              .generate(in))
          .build();
      int outcomeCount = Generate.range(0, 5).generate(in);
      List<OutcomeEvent> outcomes = new ArrayList<>();
      for (int i = 1; i <= outcomeCount; i++) {
        outcomes.add(outcomes(base, i).generate(in));
      }
      return ParticipantRecord.builder()
          .participant(participant)
          .referrals(lists().of(referrals(base)).ofSizeBetween(0, 2).generate(in))
          .enrolments(lists().of(enrolments(base)).ofSizeBetween(0, 3).generate(in))
          .attendances(lists().of(attendances(base)).ofSizeBetween(0, 6).generate(in))
          .placements(lists().of(placements(base)).ofSizeBetween(0, 2).generate(in))
          .mentoringMatches(lists().of(mentoringMatches(base)).ofSizeBetween(0, 2).generate(in))
          .outcomes(outcomes)
          .build();
    };
    return records.describedAs(PolicyGenerators::describe);
  }

  /** Home areas, mostly inside LLR. */
  static Gen<HomeArea> homeAreas() {
    return Generate.frequency(
        Pair.of(4, Generate.pick(List.of(HomeArea.LEICESTER_CITY, HomeArea.LEICESTERSHIRE,
            HomeArea.RUTLAND))),
        Pair.of(1, Generate.constant(HomeArea.OUTSIDE_LLR)));
  }

  /**
   * Records with an as-of date: either any as-of date, or a day on which something in the record
   * changes (a birthday that opens or closes an age band, a fact's start or end, the end of its
   * 13-week window) or the day before it, within 2019–2028.
   */
  static Gen<Case> cases() {
    return cases(records());
  }

  /** {@link #cases()} over the given records. */
  static Gen<Case> cases(Gen<ParticipantRecord> records) {
    Gen<Case> cases = in -> {
      ParticipantRecord record = records.generate(in);
      List<LocalDate> edges = edgeDates(record);
      Gen<LocalDate> asOf = edges.isEmpty() ? asOfDates()
          : Generate.frequency(Pair.of(1, asOfDates()), Pair.of(1, Generate.pick(edges)));
      return new Case(record, asOf.generate(in));
    };
    return cases.describedAs(Case::toString);
  }

  /** The days in 2019–2028 on which something in {@code record} may change, and the days
   * before them. */
  static List<LocalDate> edgeDates(ParticipantRecord record) {
    TreeSet<LocalDate> days = new TreeSet<>();
    record.participant().dateOfBirth().ifPresent(dob -> {
      for (int age : List.of(15, 16, 18, 25, 26)) {
        days.add(LeapDayBirthday.DEFAULT.birthday(dob, age));
      }
    });
    record.participant().circumstances().forEach(c -> addRange(days, c.from(), c.to()));
    record.enrolments().forEach(e -> addRange(days, e.from(), e.to()));
    record.attendances().forEach(a -> addRange(days, a.date(), Optional.of(a.date())));
    record.placements().forEach(p -> addRange(days, p.from(), p.to()));
    record.mentoringMatches().forEach(m -> addRange(days, m.from(), m.to()));
    record.outcomes().forEach(o -> {
      addRange(days, o.date(), o.end());
      days.add(o.date().plusWeeks(13));
      days.add(o.date().plusWeeks(26));
    });
    List<LocalDate> withDayBefore = new ArrayList<>();
    for (LocalDate day : days) {
      withDayBefore.add(day.minusDays(1));
      withDayBefore.add(day);
    }
    return withDayBefore.stream()
        .filter(d -> !d.isBefore(EARLIEST_AS_OF) && !d.isAfter(LATEST_AS_OF))
        .distinct()
        .sorted()
        .collect(Collectors.toList());
  }

  private static void addRange(TreeSet<LocalDate> days, LocalDate start, Optional<LocalDate> end) {
    days.add(start);
    end.ifPresent(e -> {
      days.add(e);
      days.add(e.plusDays(1));
      days.add(e.plusDays(RECENT_WINDOW_DAYS));
      days.add(e.plusDays(RECENT_WINDOW_DAYS + 1));
    });
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
    Participant p = record.participant();
    StringBuilder out = new StringBuilder()
        .append(p.id()).append(" born ").append(p.dateOfBirth().map(Object::toString).orElse("?"))
        .append(" in ").append(p.homeArea());
    p.circumstances().forEach(c -> out.append("; ").append(c.type()).append(' ')
        .append(range(c.from(), c.to())));
    record.referrals().forEach(r -> out.append("; referral ").append(r.programme()).append(' ')
        .append(r.date()).append(' ').append(r.source()));
    record.enrolments().forEach(e -> out.append("; enrolment ").append(e.programme()).append(' ')
        .append(e.status()).append(' ').append(range(e.from(), e.to())));
    record.attendances().forEach(a -> out.append("; attended ").append(a.kind()).append(' ')
        .append(a.programme()).append(' ').append(a.date())
        .append(a.session().map(s -> " " + s).orElse("")));
    record.placements().forEach(w -> out.append("; placement ").append(w.partner()).append(' ')
        .append(w.sector()).append(' ').append(range(w.from(), w.to()))
        .append(w.mentored() ? " mentored" : "").append(w.paid() ? " paid" : " unpaid"));
    record.mentoringMatches().forEach(m -> out.append("; mentoring ").append(m.programme())
        .append(' ').append(range(m.from(), m.to())));
    record.outcomes().forEach(o -> out.append("; outcome ").append(o.id()).append(' ')
        .append(o.type()).append(o.training().map(t -> "(" + t + ")").orElse("")).append(' ')
        .append(range(o.date(), o.end()))
        .append(o.programme().map(c -> " for " + c).orElse("")));
    return out.toString();
  }

  private static String range(LocalDate from, Optional<LocalDate> to) {
    return from + ".." + to.map(Object::toString).orElse("");
  }
}
