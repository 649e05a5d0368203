package uk.co.leicestershirecares.testing.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.plan.PlanYear;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * The distributions behind the kit's generators, biased towards the reference policy's edges: 29
 * February births, the 15th/16th/18th/25th/26th birthdays, crises with and without an end (and
 * the housing and mental-health states next to them that are not crises), UP
 * enrolments in every status, the 13-week recent window, and the days plan years and quarters
 * begin and end.
 */
public final class Facts {
  /** The earliest as-of date generated. */
  public static final LocalDate EARLIEST_AS_OF = LocalDate.of(2019, 1, 1);
  /** The latest as-of date generated. */
  public static final LocalDate LATEST_AS_OF = LocalDate.of(2028, 12, 31);
  /** The day the 2021-22 annual plan comes into force. */
  public static final LocalDate PLAN_2021_START = LocalDate.of(2021, 4, 1);
  /** The day the 2024-25 annual plan comes into force. */
  public static final LocalDate PLAN_2024_START = LocalDate.of(2024, 4, 1);
  /** The 13-week recent window of the default parameters, in days. */
  public static final int RECENT_WINDOW_DAYS = 91;
  /** The earliest default date of birth. */
  public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1995, 1, 1);
  /** The latest default date of birth. */
  public static final LocalDate LATEST_BIRTH = LocalDate.of(2012, 12, 31);
  /** Facts of people whose date of birth is unknown lie no earlier than this. */
  public static final LocalDate UNKNOWN_BIRTH_BASE = LocalDate.of(2012, 1, 1);
  /** The facts lie no later than this. */
  public static final LocalDate LATEST_FACT = LocalDate.of(2029, 6, 30);
  /** Most facts lie no earlier than this (or the date of birth, if later). */
  private static final LocalDate EARLY_FACTS = LocalDate.of(2016, 1, 1);

  /** The crisis circumstances of the default parameters. */
  public static final List<CircumstanceType> CRISES = List.of(
      CircumstanceType.ROUGH_SLEEPING, CircumstanceType.HOMELESS,
      CircumstanceType.ABUSIVE_RELATIONSHIP);

  /**
   * The housing and mental-health circumstances next to the crises that are not crises by
   * default: a roof secured (temporary or supported accommodation), insecure housing, a
   * mental-health need and an acute mental-health crisis.
   */
  public static final List<CircumstanceType> NOT_CRISES = List.of(
      CircumstanceType.TEMPORARY_ACCOMMODATION, CircumstanceType.SUPPORTED_ACCOMMODATION,
      CircumstanceType.INSECURE_HOUSING, CircumstanceType.MENTAL_HEALTH_NEED,
      CircumstanceType.MENTAL_HEALTH_CRISIS);

  /** The circumstances UP's offending condition reads. */
  public static final List<CircumstanceType> OFFENDING = List.of(
      CircumstanceType.CONVICTION, CircumstanceType.AT_RISK_OF_OFFENDING,
      CircumstanceType.YOUTH_JUSTICE);

  /** The programmes of the standard catalogue. */
  public static final List<ProgrammeCode> PROGRAMMES = List.of(
      ProgrammeCode.UP, ProgrammeCode.WIRE, ProgrammeCode.LEAVING_CARE,
      ProgrammeCode.CARE_LEAVER_MENTORING, ProgrammeCode.MIND_MATTERS,
      ProgrammeCode.TARGETED_YOUTH_WORK);

  private static final List<String> PARTNERS = List.of(
      "Acme Print Ltd", "Charnwood Builders", "Rutland Water Cafe", "Leicester Tigers Foundation",
      "Soar Valley Recycling", "Fosse IT Services");

  private static final List<LocalDate> BIRTH_EDGES = birthEdges();
  private static final List<LocalDate> LEAP_DAY_BIRTHS = leapDaysBetween(1995, 2012);
  private static final List<LocalDate> POLICY_EDGES = policyEdges();
  private static final List<LocalDate> CALENDAR_EDGES = calendarEdges();

  private Facts() {}

  /** Returns the 29 February dates from {@code firstYear} to {@code lastYear}. */
  public static List<LocalDate> leapDaysBetween(int firstYear, int lastYear) {
    List<LocalDate> days = new ArrayList<>();
    for (int year = firstYear; year <= lastYear; year++) {
      if (Year.isLeap(year)) {
        days.add(LocalDate.of(year, Month.FEBRUARY, 29));
      }
    }
    return List.copyOf(days);
  }

  /** Returns the 29 February dates of birth of the default range, 1995-2012. */
  public static List<LocalDate> leapDayBirths() {
    return LEAP_DAY_BIRTHS;
  }

  private static List<LocalDate> birthEdges() {
    List<LocalDate> edges = new ArrayList<>();
    for (int year = 1995; year <= 2012; year++) {
      edges.add(LocalDate.of(year, 1, 1));
      edges.add(LocalDate.of(year, 2, 28));
      edges.add(LocalDate.of(year, 3, 1));
      edges.add(LocalDate.of(year, 3, 31));
      edges.add(LocalDate.of(year, 4, 1));
      edges.add(LocalDate.of(year, 12, 31));
    }
    return List.copyOf(edges);
  }

  private static List<LocalDate> policyEdges() {
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
    return List.copyOf(edges);
  }

  /** The first and last days of every plan year and quarter within the as-of range. */
  private static List<LocalDate> calendarEdges() {
    TreeSet<LocalDate> edges = new TreeSet<>();
    for (int year = EARLIEST_AS_OF.getYear() - 1; year <= LATEST_AS_OF.getYear(); year++) {
      PlanYear plan = PlanYear.startingIn(year);
      plan.quarters().forEach(q -> {
        edges.add(q.start());
        edges.add(q.end());
      });
    }
    return edges.stream().filter(d -> !d.isBefore(EARLIEST_AS_OF) && !d.isAfter(LATEST_AS_OF))
        .collect(Collectors.toUnmodifiableList());
  }

  // ---------------------------------------------------------------------------------------------
  // Dates

  /** Dates of birth from 1995 to 2012, with extra weight on 29 February and turns of years. */
  public static LocalDate dateOfBirth(RandomGenerator random) {
    return switch (Draw.weighted(random, 6, 3, 1)) {
      case 0 -> Draw.date(random, EARLIEST_BIRTH, LATEST_BIRTH);
      case 1 -> Draw.pick(random, LEAP_DAY_BIRTHS);
      default -> Draw.pick(random, BIRTH_EDGES);
    };
  }

  /** Dates of birth as {@link #dateOfBirth}, unknown one time in eight. */
  public static Optional<LocalDate> optionalDateOfBirth(RandomGenerator random) {
    return Draw.weighted(random, 7, 1) == 0 ? Optional.of(dateOfBirth(random)) : Optional.empty();
  }

  /**
   * As-of dates from 2019-01-01 to 2028-12-31, weighted towards the plans' start days and the
   * first and last days of plan years and quarters.
   */
  public static LocalDate asOfDate(RandomGenerator random) {
    return switch (Draw.weighted(random, 6, 3, 2)) {
      case 0 -> Draw.date(random, EARLIEST_AS_OF, LATEST_AS_OF);
      case 1 -> Draw.pick(random, POLICY_EDGES);
      default -> Draw.pick(random, CALENDAR_EDGES);
    };
  }

  /** Optional end dates from {@code start}: open, the same day, short, around 13 weeks, long. */
  public static Optional<LocalDate> endFrom(RandomGenerator random, LocalDate start) {
    if (Draw.weighted(random, 2, 5) == 0) {
      return Optional.empty();
    }
    int days;
    switch (Draw.weighted(random, 1, 2, 2, 2)) {
      case 0 -> days = 0;
      case 1 -> days = Draw.between(random, 1, 30);
      case 2 -> days = Draw.pick(random, List.of(11, 13, 89, 90, 91, 92, 181, 182, 183));
      default -> days = Draw.between(random, 31, 700);
    }
    return Optional.of(start.plusDays(days));
  }

  /**
   * Dates of facts of someone born on {@code base} (or, when unknown, facts no earlier than
   * {@code base}): mostly 2016 to mid-2029, sometimes the date of birth itself, sometimes the days
   * around the plans' start days.
   */
  public static LocalDate factDate(RandomGenerator random, LocalDate base) {
    LocalDate low = base.isAfter(EARLY_FACTS) ? base : EARLY_FACTS;
    LocalDate high = LATEST_FACT.isBefore(low) ? low : LATEST_FACT;
    return switch (Draw.weighted(random, 8, 1, 2)) {
      case 0 -> Draw.date(random, low, high);
      case 1 -> Draw.date(random, base, high);
      default -> {
        List<LocalDate> edges = new ArrayList<>();
        edges.add(base);
        for (LocalDate start : List.of(PLAN_2021_START, PLAN_2024_START)) {
          for (int d = -1; d <= 1; d++) {
            if (!start.plusDays(d).isBefore(base)) {
              edges.add(start.plusDays(d));
            }
          }
        }
        yield Draw.pick(random, edges);
    
      }
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Facts

  /**
   * Circumstance types, weighted towards the crises, the states next to them that are not crises
   * ({@link #NOT_CRISES}) and the offending circumstances.
   */
  public static CircumstanceType circumstanceType(RandomGenerator random) {
    return switch (Draw.weighted(random, 3, 3, 1, 1, 2)) {
      case 0 -> Draw.pick(random, CRISES);
      case 1 -> Draw.pick(random, OFFENDING);
      case 2 -> Draw.pick(random, List.of(CircumstanceType.SEND, CircumstanceType.CARE_EXPERIENCED,
          CircumstanceType.NEET));
      case 3 -> Draw.pick(random, NOT_CRISES);
      default -> Draw.pick(random, CircumstanceType.class);
    };
  }

  /** A circumstance dated no earlier than {@code base}. */
  public static Circumstance circumstance(RandomGenerator random, LocalDate base) {
    return circumstance(random, circumstanceType(random), base);
  }

  /** A circumstance of {@code type} dated no earlier than {@code base}. */
  public static Circumstance circumstance(
      RandomGenerator random, CircumstanceType type, LocalDate base) {
    LocalDate from = factDate(random, base);
    return Circumstance.builder().type(type).from(from).to(endFrom(random, from)).build();
  }

  /** An enrolment, mostly on UP, in any status, dated no earlier than {@code base}. */
  public static Enrolment enrolment(RandomGenerator random, LocalDate base) {
    ProgrammeCode programme = Draw.weighted(random, 4, 1) == 0 ? ProgrammeCode.UP
        : Draw.pick(random, PROGRAMMES);
    EnrolmentStatus status = Draw.pick(random, EnrolmentStatus.class);
    LocalDate from = factDate(random, base);
    return Enrolment.builder().programme(programme).status(status).from(from)
        .to(endFrom(random, from)).build();
  }

  /** An attendance, mostly at a group session, dated no earlier than {@code base}. */
  public static Attendance attendance(RandomGenerator random, LocalDate base) {
    LocalDate date = factDate(random, base);
    SessionKind kind = Draw.weighted(random, 3, 2) == 0 ? SessionKind.GROUP
        : Draw.pick(random, SessionKind.class);
    ProgrammeCode programme = Draw.pick(random, PROGRAMMES);
    Optional<SessionId> session = Draw.weighted(random, 1, 2) == 0 ? Optional.empty()
        : Optional.of(SessionId.of("S-" + Draw.between(random, 1, 999)));
    return Attendance.builder().date(date).kind(kind).programme(programme).session(session)
        .build();
  }

  /**
   * A work placement, often the WIRE model of two weeks under WIRE (otherwise under UP), dated no
   * earlier than {@code base}.
   */
  public static WorkPlacement placement(RandomGenerator random, LocalDate base) {
    LocalDate from = factDate(random, base);
    Optional<LocalDate> to = Draw.weighted(random, 2, 3) == 0 ? Optional.of(from.plusDays(11))
        : endFrom(random, from);
    return WorkPlacement.builder()
        .partner(Draw.pick(random, PARTNERS))
        .programme(Draw.weighted(random, 3, 1) == 0 ? ProgrammeCode.WIRE : ProgrammeCode.UP)
        .sector(Draw.pick(random, Sector.class))
        .from(from)
        .to(to)
        .mentored(Draw.bool(random))
        .paid(Draw.bool(random))
        .build();
  }

  /** A mentoring match dated no earlier than {@code base}. */
  public static MentoringMatch mentoringMatch(RandomGenerator random, LocalDate base) {
    LocalDate from = factDate(random, base);
    return MentoringMatch.builder().programme(Draw.pick(random, PROGRAMMES)).from(from)
        .to(endFrom(random, from)).build();
  }

  /** A referral dated no earlier than {@code base}. */
  public static Referral referral(RandomGenerator random, LocalDate base) {
    return Referral.of(Draw.pick(random, PROGRAMMES), factDate(random, base),
        Draw.pick(random, ReferralSource.class));
  }

  /**
   * An outcome event of any type with id {@code O-<index>}, dated no earlier than {@code base};
   * a {@code TRAINING_COMPLETED} event names a training, no other does.
   */
  public static OutcomeEvent outcome(RandomGenerator random, LocalDate base, int index) {
    OutcomeType type = Draw.pick(random, OutcomeType.class);
    LocalDate date = factDate(random, base);
    Optional<LocalDate> end = endFrom(random, date);
    Optional<ProgrammeCode> programme = Draw.optional(random, 25,
        r -> Draw.pick(r, PROGRAMMES));
    Optional<TrainingType> training = type == OutcomeType.TRAINING_COMPLETED
        ? Optional.of(Draw.pick(random, TrainingType.class))
        : Optional.empty();
    return OutcomeEvent.builder().id(OutcomeId.of("O-" + index)).type(type).date(date).end(end)
        .programme(programme).training(training).build();
  }

  /** Home areas, mostly inside LLR. */
  public static HomeArea homeArea(RandomGenerator random) {
    return Draw.weighted(random, 4, 1) == 0
        ? Draw.pick(random, List.of(HomeArea.LEICESTER_CITY, HomeArea.LEICESTERSHIRE,
            HomeArea.RUTLAND))
        : HomeArea.OUTSIDE_LLR;
  }

  // ---------------------------------------------------------------------------------------------
  // Edges of a record

  /**
   * The days in 2019-2028 on which something in {@code record} may change (a birthday that opens
   * or closes an age band, a fact's start or end, the end of its 13-week window), and the days
   * before them.
   */
  public static List<LocalDate> edgeDates(ParticipantRecord record) {
    TreeSet<LocalDate> days = new TreeSet<>();
    record.participant().dateOfBirth().ifPresent(dob -> {
      for (int age : List.of(15, 16, 18, 25, 26)) {
        days.add(LeapDayBirthday.DEFAULT.birthday(dob, age));
      }
    });
    record.participant().circumstances()
        .forEach(c -> addRange(days, c.from(), c.to().orElse(null)));
    record.enrolments().forEach(e -> addRange(days, e.from(), e.to().orElse(null)));
    record.attendances().forEach(a -> addRange(days, a.date(), a.date()));
    record.placements().forEach(p -> addRange(days, p.from(), p.to().orElse(null)));
    record.mentoringMatches().forEach(m -> addRange(days, m.from(), m.to().orElse(null)));
    record.outcomes().forEach(o -> {
      addRange(days, o.date(), o.end().orElse(null));
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

  private static void addRange(TreeSet<LocalDate> days, LocalDate start, @Nullable LocalDate end) {
    days.add(start);
    if (end != null) {
      days.add(end);
      days.add(end.plusDays(1));
      days.add(end.plusDays(RECENT_WINDOW_DAYS));
      days.add(end.plusDays(RECENT_WINDOW_DAYS + 1));
    }
  }

  /** The whole record in one line, for falsifying examples (the data is synthetic). */
  public static String describe(ParticipantRecord record) {
    Participant p = record.participant();
    StringBuilder out = new StringBuilder()
        .append(p.id()).append(" born ").append(p.dateOfBirth().map(Object::toString).orElse("?"))
        .append(" in ").append(p.homeArea());
    p.circumstances().forEach(c -> out.append("; ").append(c.type()).append(' ')
        .append(range(c.from(), c.to().orElse(null))));
    record.referrals().forEach(r -> out.append("; referral ").append(r.programme()).append(' ')
        .append(r.date()).append(' ').append(r.source()));
    record.enrolments().forEach(e -> out.append("; enrolment ").append(e.programme()).append(' ')
        .append(e.status()).append(' ').append(range(e.from(), e.to().orElse(null))));
    record.attendances().forEach(a -> out.append("; attended ").append(a.kind()).append(' ')
        .append(a.programme()).append(' ').append(a.date())
        .append(a.session().map(s -> " " + s).orElse("")));
    record.placements().forEach(w -> out.append("; placement ").append(w.partner()).append(' ')
        .append(w.programme()).append(' ').append(w.sector()).append(' ')
        .append(range(w.from(), w.to().orElse(null)))
        .append(w.mentored() ? " mentored" : "").append(w.paid() ? " paid" : " unpaid"));
    record.mentoringMatches().forEach(m -> out.append("; mentoring ").append(m.programme())
        .append(' ').append(range(m.from(), m.to().orElse(null))));
    record.outcomes().forEach(o -> out.append("; outcome ").append(o.id()).append(' ')
        .append(o.type()).append(o.training().map(t -> "(" + t + ")").orElse("")).append(' ')
        .append(range(o.date(), o.end().orElse(null)))
        .append(o.programme().map(c -> " for " + c).orElse("")));
    return out.toString();
  }

  private static String range(LocalDate from, @Nullable LocalDate to) {
    return from + ".." + (to == null ? "" : to);
  }
}
