package uk.co.leicestershirecares.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.engagement.Attendance;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.engagement.Referral;
import uk.co.leicestershirecares.core.engagement.Session;
import uk.co.leicestershirecares.core.engagement.WorkPlacement;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.outcome.OutcomeCategory;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.outcome.TrainingType;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.partner.InvolvementType;
import uk.co.leicestershirecares.core.partner.Money;
import uk.co.leicestershirecares.core.partner.Partner;
import uk.co.leicestershirecares.core.partner.PartnerInvolvement;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.stage.Stage;
import uk.co.leicestershirecares.core.stage.StageChange;

/**
 * Computes {@link QuarterlyReport}s from a {@link ReportDataSet}, classifying outcomes with a
 * {@link Policy}.
 *
 * <pre>{@code
 * ReportGenerator reports = ReportGenerator.using(ReferencePolicy.withDefaults());
 * QuarterlyReport q1 = reports.quarterly(
 *     data, ProgrammeCode.LEAVING_CARE, FinancialQuarter.parse("2023/24 Q1"));
 * q1.count(QuarterlyReport.ATTENDANCES);              // 527
 * q1.line(QuarterlyReport.EMPLOYED).sources();        // [P-0003, P-0011, P-0017]
 * }</pre>
 *
 * <h2>Counting rules</h2>
 *
 * <ul>
 *   <li>A day counts when it lies in the period, both ends included: an event on the last day of
 *       a quarter is in that quarter; an event outside the period is never counted.
 *   <li>Events (attendances, sessions) are counted once each. People are counted once per line,
 *       however many events they have on it; a person may count on several lines.
 *   <li>An attendance, session or outcome belongs to a programme's report when it names that
 *       programme; a report for all programmes takes every one. Outcomes are classified by the
 *       policy as of the period's last day: a person counts on {@code eteOutcomes} when at least
 *       one of their outcomes in the period is ETE (volunteering included), and on the line of
 *       each category (and training type) they reached.
 *   <li>A young person is worked with ("directly referred to the project", in seed 001's
 *       words) when they were referred to or enrolled on the programme on
 *       or before the period's last day and were active in the period: at least one attendance,
 *       work placement (starting in it) or outcome of the programme in it.
 *   <li>{@code housingSecured} counts the people housed in the period (an outcome classified
 *       {@code HOUSING_SECURED}). {@code housingApplications} counts the people who submitted a
 *       housing application in the period (an outcome classified {@code HOUSING_APPLICATION})
 *       and were not housed by the period's end: no outcome of theirs, of any programme, secured
 *       housing on or after the day of that application and on or before the period's last day.
 *       No one is on both lines: someone housed in the period counts as housed only.
 *   <li>{@code referredToWire} counts the UP participants referred or enrolled onto WIRE in the
 *       period: a WIRE referral dated in it, or a WIRE enrolment starting in it, of someone with a
 *       UP enrolment starting on or before that day. People count once; the evidence is the
 *       referral ({@code P-0001/referrals[0]}) or enrolment ({@code P-0001/enrolments[1]}). The
 *       line counts in reports for all programmes, for UP and for WIRE, and is 0 in the others.
 *   <li>{@code placements} counts the work placements of the programme (by {@link
 *       WorkPlacement#programme()}) starting in the period, as events ({@code
 *       P-0001/placements[0]}); {@code placements.mentored}, {@code placements.unpaid} and {@code
 *       placements.twoWeeksOrLonger} count those of them that were mentored, unpaid, and two
 *       weeks or longer: at least ten working days (Monday to Friday, the WIRE model of a Monday
 *       to the Friday of the next week) from the first day to the last, both included; one still
 *       running counts once it has run ten working days by the period's last day.
 *   <li>Stage lines count the young people worked with: their stage on the period's first day
 *       ({@code stageAtStart.<STAGE>}: the first entry of {@link Policy#stageHistory
 *       policy.stageHistory(record, start, end)}), on its last day ({@code stageAtEnd.<STAGE>}:
 *       that history's last entry), the pair of the two ({@code stageMoves.<FROM>.<TO>}, nine
 *       lines; someone back where they started, whatever happened between, is on {@code
 *       stageMoves.WITH.WITH} or the like), and whether their stage moved forward or back on some
 *       day of the period after its first. Each young person worked with is on exactly one line
 *       of each of the three families; the evidence is the participant and the day the stage
 *       began or changed, {@code P-0001@2023-04-01}.
 *   <li>A partner is involved when it has an involvement in the period for the programme or for
 *       no programme in particular; funding is the exact sum of those {@code FUNDING} amounts.
 * </ul>
 *
 * <h2>Indicators</h2>
 *
 * <p>{@code wireFurtherTrainingOrSustainedEmployment} (seed 000: "Impressively, two thirds of
 * candidates go onto further training and sustainable employment."):
 *
 * <ul>
 *   <li>The denominator counts the people who finished WIRE in the period: a WIRE enrolment with
 *       status {@code COMPLETED} or {@code PROGRESSED} whose {@code to} is in the period.
 *   <li>The numerator counts those of them with at least one outcome, of any programme, dated on
 *       or after the first day of such an enrolment (the earliest, if several) and on or before
 *       the period's last day that is either a completed training (classified {@code TRAINING})
 *       or a job or place in education (classified {@code EMPLOYMENT} or {@code EDUCATION})
 *       sustained at 13 weeks. Sustainment is judged as of the period's last day, the day the
 *       report is about: a job that began less than 13 weeks before it does not count yet.
 *   <li>Both count people, once each. The percentage has one decimal place, rounded half up;
 *       with no finishers there is none ({@link ReportIndicator#percent()} is empty).
 *   <li>The indicator is counted in reports for all programmes and for WIRE; in a report for
 *       another programme both counts are 0.
 * </ul>
 *
 * <p>Each report is one pass over the events; the stage lines ask the policy about each young
 * person worked with. Instances are immutable and thread-safe.
 */
public final class ReportGenerator {
  private final Policy policy;

  private ReportGenerator(Policy policy) {
    this.policy = policy;
  }

  /** Returns a generator that classifies outcomes with {@code policy}. */
  public static ReportGenerator using(Policy policy) {
    return new ReportGenerator(Checks.notNull(policy, "policy"));
  }

  /** Returns a generator that uses {@link ReferencePolicy#withDefaults()}. */
  public static ReportGenerator withReferencePolicy() {
    return using(ReferencePolicy.withDefaults());
  }

  /**
   * Returns the report for {@code programme} over {@code quarter}.
   *
   * @throws InvalidRecordException if an argument is null
   */
  public QuarterlyReport quarterly(
      ReportDataSet data, ProgrammeCode programme, FinancialQuarter quarter) {
    return report(data, ReportScope.of(programme),
        ReportPeriod.of(quarter));
  }

  /** Returns the report for all programmes over {@code quarter}. */
  public QuarterlyReport quarterly(ReportDataSet data, FinancialQuarter quarter) {
    return report(data, ReportScope.allProgrammes(), ReportPeriod.of(quarter));
  }

  /**
   * Returns the year-to-date report for {@code programme}: from the first day of {@code
   * through}'s plan year to the end of {@code through}. Events add up over the quarters; people
   * are counted once however many quarters they appear in.
   */
  public QuarterlyReport yearToDate(
      ReportDataSet data, ProgrammeCode programme, FinancialQuarter through) {
    return report(data, ReportScope.of(programme),
        ReportPeriod.yearToDate(through));
  }

  /**
   * Returns the report on the programmes of {@code scope} over any period.
   *
   * @throws InvalidRecordException if an argument is null
   */
  public QuarterlyReport report(ReportDataSet data, ReportScope scope, ReportPeriod period) {
    return report(data, scope, period, counted -> { });
  }

  /**
   * Returns the same report as {@link #report(ReportDataSet, ReportScope, ReportPeriod)}, telling
   * {@code afterEachParticipant} how far it has got: after each participant record of {@code
   * data} is counted, it is called with the number counted so far, from 1 to {@code
   * data.participants().size()}, on the calling thread. Participants are most of a report's work
   * (the stage lines ask the policy about each young person worked with), so a caller can show
   * progress out of {@code data.participants().size()}; the sessions and partners, counted after
   * the last participant, are not reported. An exception thrown by {@code afterEachParticipant}
   * ends the report and is thrown to the caller.
   *
   * <pre>{@code
   * int total = data.participants().size();
   * reports.report(data, ReportScope.allProgrammes(), period,
   *     counted -> log.info("{} of {} participants counted", counted, total));
   * }</pre>
   *
   * @param afterEachParticipant called with the number of participants counted so far
   * @throws InvalidRecordException if an argument is null
   */
  public QuarterlyReport report(ReportDataSet data, ReportScope scope,
      ReportPeriod period, IntConsumer afterEachParticipant) {
    Checks.notNull(data, "data");
    return new Tally(scope, period, afterEachParticipant).count(data);
  }

  /**
   * Returns the same report as {@link #report(ReportDataSet, ReportScope, ReportPeriod,
   * IntConsumer)} on a data set of the same records, sessions and partners, reading the
   * participant records one at a time from {@code source}: only the report's counts and the ids
   * it needs to check are kept, so the memory grows with the report's evidence (the ids of the
   * records behind each number), not with the records. {@code source} is read once.
   *
   * <p>As {@link ReportDataSet} does, participant ids, session ids and partner names must be
   * unique: participant ids are checked as the records arrive, so a repeated one ends the report
   * when it is reached. {@code afterEachParticipant} is called as for a data set; the number of
   * records is not known beforehand.
   *
   * @param afterEachParticipant called with the number of participants counted so far
   * @throws InvalidRecordException if an argument is null, {@code source} gives a null record,
   *     or an id or name is repeated ({@code participants[3].id P-0001 appears twice})
   */
  public QuarterlyReport report(ReportSource source, ReportScope scope,
      ReportPeriod period, IntConsumer afterEachParticipant) {
    Checks.notNull(source, "source");
    return new Tally(scope, period, afterEachParticipant).count(source);
  }

  /** The counter of {@code key}: each of a tally's maps holds one for every constant. */
  private static <K> Counter counter(Map<K, Counter> counters, K key) {
    return Objects.requireNonNull(counters.get(key));
  }

  /** The running counts of one report. */
  private final class Tally {
    private final ReportScope scope;
    private final ReportPeriod period;
    private final IntConsumer afterEachParticipant;
    /** The ids the lines' sources and evidence refer to. */
    private final Provenance provenance = new Provenance();
    /** The record being counted: its id, and its index in {@link #provenance}, or -1. */
    private String id = "";
    private int person;
    /** Whether the record being counted is worked with: 0 not yet known, 1 yes, 2 no. */
    private int worked;
    /** Its housing applications in the period, counted once its outcomes are all seen. */
    private long[] applications = new long[4];
    /**
     * The record's outcomes classified so far, by position (null where not yet asked): the
     * housing and WIRE lines ask again about outcomes already classified (ReportBenchmark: a
     * classification costs more than the rest of an outcome's counting).
     */
    private OutcomeClassification[] classified = new OutcomeClassification[4];
    private final Counter workedWith = Counter.people();
    private final Counter attendances = Counter.events();
    private final Counter sessions = Counter.events();
    private final Counter ete = Counter.people();
    private final Map<OutcomeCategory, Counter> byCategory = new EnumMap<>(OutcomeCategory.class);
    private final Map<TrainingType, Counter> byTraining = new EnumMap<>(TrainingType.class);
    private final Map<Stage, Counter> stageAtStart = new EnumMap<>(Stage.class);
    private final Map<Stage, Counter> stageAtEnd = new EnumMap<>(Stage.class);
    private final Map<Stage, Map<Stage, Counter>> stageMoves = new EnumMap<>(Stage.class);
    private final Counter referredToWire = Counter.people();
    private final Counter placements = Counter.events();
    private final Counter placementsMentored = Counter.events();
    private final Counter placementsUnpaid = Counter.events();
    private final Counter placementsTwoWeeks = Counter.events();
    private final List<String> wireFinished = new ArrayList<>();
    private final List<String> wireOnward = new ArrayList<>();
    private final Counter movedForward = Counter.people();
    private final Counter movedBack = Counter.people();
    private final Counter partnersInvolved = Counter.events();
    private final List<PartnerLine> partnerLines = new ArrayList<>();
    private Money funding = Money.ZERO;

    Tally(ReportScope scope, ReportPeriod period, IntConsumer afterEachParticipant) {
      this.scope = Checks.notNull(scope, "scope");
      this.period = Checks.notNull(period, "period");
      this.afterEachParticipant = Checks.notNull(afterEachParticipant, "afterEachParticipant");
      for (OutcomeCategory category : OutcomeCategory.values()) {
        byCategory.put(category, Counter.people());
      }
      for (TrainingType training : TrainingType.values()) {
        byTraining.put(training, Counter.people());
      }
      for (Stage stage : Stage.values()) {
        stageAtStart.put(stage, Counter.people());
        stageAtEnd.put(stage, Counter.people());
        Map<Stage, Counter> to = new EnumMap<>(Stage.class);
        for (Stage end : Stage.values()) {
          to.put(end, Counter.people());
        }
        stageMoves.put(stage, to);
      }
    }

    /** The line of the people with an outcome of {@code category} in the period. */
    private ReportLine categoryLine(String[] names, OutcomeCategory category, String key,
        String label) {
      return counter(byCategory, category).line(names, key, label);
    }

    private Counter move(Stage from, Stage to) {
      return counter(Objects.requireNonNull(stageMoves.get(from)), to);
    }

    private boolean forProgramme(ProgrammeCode code) {
      return scope.includes(code);
    }

    /** An outcome credited to no programme counts only in the report for all programmes. */
    private boolean forProgramme(OutcomeEvent outcome) {
      return outcome.programme().map(scope::includes).orElse(scope.programme().isEmpty());
    }

    QuarterlyReport count(ReportDataSet data) {
      int counted = 0;
      for (ParticipantRecord record : data.participants()) {
        countParticipant(record);
        afterEachParticipant.accept(++counted);
      }
      return countTheRest(data.sessions(), data.partners());
    }

    QuarterlyReport count(ReportSource source) {
      // The checks ReportDataSet makes of a whole list, made as the records arrive: the ids
      // seen, kept compactly, since with many records they outweigh the report itself.
      IdSet seen = new IdSet();
      source.forEachParticipant(new Consumer<ParticipantRecord>() {
        private int counted;

        @Override
        public void accept(ParticipantRecord record) {
          String path = "participants[" + counted + "]";
          Checks.notNull(record, path);
          String id = record.id().value();
          if (!seen.add(id)) {
            throw new InvalidRecordException(path + ".id", path + ".id " + id + " appears twice");
          }
          countParticipant(record);
          afterEachParticipant.accept(++counted);
        }
      });
      // Sessions and partners are held, so ReportDataSet checks them as it does for a data set.
      ReportDataSet rest = ReportDataSet.builder()
          .sessions(Checks.notNull(source.sessions(), "sessions"))
          .partners(Checks.notNull(source.partners(), "partners"))
          .build();
      return countTheRest(rest.sessions(), rest.partners());
    }

    /** Counts the sessions and partners, after the participants, and builds the report. */
    private QuarterlyReport countTheRest(List<Session> allSessions, List<Partner> partners) {
      for (Session session : allSessions) {
        if (forProgramme(session.programme()) && period.contains(session.date())) {
          sessions.event(name(session.id().value()));
        }
      }
      for (Partner partner : partners) {
        countPartner(partner);
      }
      return build();
    }

    /** Returns the entry of {@code name} itself. */
    private long name(String name) {
      return Provenance.entry(Provenance.NAME, provenance.name(name), 0);
    }

    /** Returns the index of the record being counted, adding its id when first needed. */
    private int person() {
      if (person < 0) {
        person = provenance.name(id);
      }
      return person;
    }

    /** Returns the entry of the record being counted's event of {@code kind} at {@code index}. */
    private long event(int kind, int index) {
      return Provenance.entry(kind, person(), index);
    }

    /** Returns the entry of the record being counted on {@code day}. */
    private long day(LocalDate day) {
      return provenance.day(person(), id, day);
    }

    /** Counts an event of the record that makes it active, if it is worked with. */
    private void activity(ParticipantRecord record, long event) {
      if (worked == 0) {
        worked = referredOrEnrolled(record) ? 1 : 2;
      }
      if (worked == 1) {
        workedWith.person(person(), event);
      }
    }

    /** Returns the policy's classification of the record's outcome at {@code index}. */
    private OutcomeClassification classification(ParticipantRecord record, int index) {
      OutcomeClassification c = classified[index];
      if (c == null) {
        c = policy.classify(record.outcomes().get(index), period.end());
        classified[index] = c;
      }
      return c;
    }

    // The record's provenance is kept as Provenance entries, not id strings
    // (ReportBenchmark: the strings were most of a report's allocation).
    private void countParticipant(ParticipantRecord record) {
      id = record.id().value();
      person = -1;
      worked = 0;
      int outcomes = record.outcomes().size();
      if (classified.length < outcomes) {
        classified = new OutcomeClassification[Math.max(outcomes, 2 * classified.length)];
      } else {
        Arrays.fill(classified, 0, outcomes, null);
      }
      for (int i = 0; i < record.placements().size(); i++) {
        WorkPlacement p = record.placements().get(i);
        if (forProgramme(p.programme()) && period.contains(p.from())) {
          long placement = event(Provenance.PLACEMENT, i);
          placements.event(placement);
          activity(record, placement);
          if (p.mentored()) {
            placementsMentored.event(placement);
          }
          if (!p.paid()) {
            placementsUnpaid.event(placement);
          }
          if (lastsTwoWeeks(p)) {
            placementsTwoWeeks.event(placement);
          }
        }
      }
      for (int i = 0; i < record.attendances().size(); i++) {
        Attendance a = record.attendances().get(i);
        if (forProgramme(a.programme()) && period.contains(a.date())) {
          long attendance = event(Provenance.ATTENDANCE, i);
          attendances.event(attendance);
          activity(record, attendance);
        }
      }
      int pending = 0;
      for (int i = 0; i < record.outcomes().size(); i++) {
        OutcomeEvent o = record.outcomes().get(i);
        if (forProgramme(o) && period.contains(o.date())) {
          long evidence = Provenance.entry(Provenance.OUTCOME, person(),
              provenance.name(o.id().value()));
          activity(record, evidence);
          OutcomeClassification c = classification(record, i);
          if (c.ete()) {
            ete.person(person, evidence);
          }
          if (c.category() == OutcomeCategory.HOUSING_APPLICATION) {
            if (!housedOnOrAfter(record, o.date())) {
              if (pending == applications.length) {
                applications = Arrays.copyOf(applications, pending * 2);
              }
              applications[pending++] = evidence;
            }
          } else {
            counter(byCategory, c.category()).person(person, evidence);
          }
          if (o.training().isPresent()) {
            counter(byTraining, o.training().get()).person(person, evidence);
          }
        }
      }
      // No one is on both housing lines: someone housed in the period is counted as housed.
      if (pending > 0 && !counter(byCategory, OutcomeCategory.HOUSING_SECURED).has(person)) {
        Counter housingApplications = counter(byCategory, OutcomeCategory.HOUSING_APPLICATION);
        for (int i = 0; i < pending; i++) {
          housingApplications.person(person, applications[i]);
        }
      }
      countReferralToWire(record);
      countWireFinisher(record);
      if (worked == 1) {
        List<StageChange> history = policy.stageHistory(record, period.start(), period.end());
        // The history's first entry is the stage on the period's first day; its last entry
        // holds from its day to the period's end.
        StageChange first = history.get(0);
        StageChange last = history.get(history.size() - 1);
        long firstDay = day(first.date());
        long lastDay = day(last.date());
        counter(stageAtStart, first.stage()).person(person, firstDay);
        counter(stageAtEnd, last.stage()).person(person, lastDay);
        Counter move = move(first.stage(), last.stage());
        move.person(person, firstDay);
        if (history.size() > 1) {
          move.person(person, lastDay);
        }
        for (int i = 0; i < history.size(); i++) {
          StageChange change = history.get(i);
          if (change.isForward()) {
            movedForward.person(person, day(change.date()));
          } else if (change.isBack()) {
            movedBack.person(person, day(change.date()));
          }
        }
      }
    }

    /**
     * Whether {@code record} secured housing (an outcome of any programme classified {@code
     * HOUSING_SECURED}) on or after {@code day} and on or before the period's end.
     */
    private boolean housedOnOrAfter(ParticipantRecord record, LocalDate day) {
      for (int i = 0; i < record.outcomes().size(); i++) {
        OutcomeEvent o = record.outcomes().get(i);
        if (!o.date().isBefore(day) && !o.date().isAfter(period.end())
            && classification(record, i).category() == OutcomeCategory.HOUSING_SECURED) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a placement lasted two weeks: ten working days (Monday to Friday) from its first
     * day to its last, or, while it runs, to the period's end.
     */
    private boolean lastsTwoWeeks(WorkPlacement placement) {
      LocalDate last = placement.to().orElse(period.end());
      return workingDays(placement.from(), last) >= TWO_WEEKS_IN_WORKING_DAYS;
    }

    /** Counts a UP participant referred or enrolled onto WIRE in the period, once. */
    private void countReferralToWire(ParticipantRecord record) {
      if (!(scope.includes(ProgrammeCode.UP) || scope.includes(ProgrammeCode.WIRE))) {
        return;
      }
      Optional<LocalDate> joinedUp = Optional.empty();
      for (Enrolment e : record.enrolments()) {
        if (e.programme().equals(ProgrammeCode.UP)
            && (joinedUp.isEmpty() || e.from().isBefore(joinedUp.get()))) {
          joinedUp = Optional.of(e.from());
        }
      }
      if (joinedUp.isEmpty()) {
        return;
      }
      for (int i = 0; i < record.referrals().size(); i++) {
        Referral r = record.referrals().get(i);
        if (r.programme().equals(ProgrammeCode.WIRE) && period.contains(r.date())
            && !joinedUp.get().isAfter(r.date())) {
          referredToWire.person(person(), event(Provenance.REFERRAL, i));
        }
      }
      for (int i = 0; i < record.enrolments().size(); i++) {
        Enrolment e = record.enrolments().get(i);
        if (e.programme().equals(ProgrammeCode.WIRE) && period.contains(e.from())
            && !joinedUp.get().isAfter(e.from())) {
          referredToWire.person(person(), event(Provenance.ENROLMENT, i));
        }
      }
    }

    /**
     * Counts a WIRE finisher in the period (the indicator's denominator) and whether they went
     * on to further training or sustained employment or education (its numerator).
     */
    private void countWireFinisher(ParticipantRecord record) {
      if (!forProgramme(ProgrammeCode.WIRE)) {
        return;
      }
      Optional<LocalDate> earliestStart = Optional.empty();
      for (Enrolment e : record.enrolments()) {
        if (e.programme().equals(ProgrammeCode.WIRE) && e.status().isSuccessfulCompletion()
            && e.to().isPresent() && period.contains(e.to().get())
            && (earliestStart.isEmpty() || e.from().isBefore(earliestStart.get()))) {
          earliestStart = Optional.of(e.from());
        }
      }
      if (earliestStart.isEmpty()) {
        return;
      }
      wireFinished.add(id);
      for (int i = 0; i < record.outcomes().size(); i++) {
        OutcomeEvent o = record.outcomes().get(i);
        if (!o.date().isBefore(earliestStart.get()) && !o.date().isAfter(period.end())
            && trainingOrSustained(classification(record, i))) {
          wireOnward.add(id);
          return;
        }
      }
    }

    private boolean referredOrEnrolled(ParticipantRecord record) {
      LocalDate end = period.end();
      for (Referral r : record.referrals()) {
        if (forProgramme(r.programme()) && !r.date().isAfter(end)) {
          return true;
        }
      }
      for (Enrolment e : record.enrolments()) {
        if (forProgramme(e.programme()) && !e.from().isAfter(end)) {
          return true;
        }
      }
      return false;
    }

    private void countPartner(Partner partner) {
      Set<InvolvementType> types = new LinkedHashSet<>();
      List<String> sources = new ArrayList<>();
      Money partnerFunding = Money.ZERO;
      for (int i = 0; i < partner.involvements().size(); i++) {
        PartnerInvolvement involvement = partner.involvements().get(i);
        boolean forThisReport = involvement.programme().map(scope::includes).orElse(true);
        if (forThisReport && period.contains(involvement.date())) {
          types.add(involvement.type());
          sources.add(partner.name() + "/involvements[" + i + "]");
          partnerFunding = partnerFunding.plus(involvement.amount().orElse(Money.ZERO));
        }
      }
      if (!types.isEmpty()) {
        partnersInvolved.event(name(partner.name()));
        funding = funding.plus(partnerFunding);
        partnerLines.add(PartnerLine.builder()
            .partner(partner.name())
            .member(partner.member())
            .involvements(types)
            .funding(partnerFunding)
            .sources(sources)
            .build());
      }
    }

    private QuarterlyReport build() {
      String[] names = provenance.names();
      List<ReportLine> lines = new ArrayList<>();
      lines.add(workedWith.line(names, QuarterlyReport.YOUNG_PEOPLE_WORKED_WITH,
          "Young people worked with who have been directly referred to the project"));
      lines.add(attendances.line(names, QuarterlyReport.ATTENDANCES, "Attendances"));
      lines.add(sessions.line(names, QuarterlyReport.SESSIONS_DELIVERED, "Sessions delivered"));
      lines.add(ete.line(names, QuarterlyReport.ETE_OUTCOMES,
          "Participants with education, training & employment outcomes including volunteering"));
      lines.add(categoryLine(names, OutcomeCategory.EMPLOYMENT, QuarterlyReport.EMPLOYED,
          "Participants employed"));
      lines.add(categoryLine(names, OutcomeCategory.VOLUNTEERING, QuarterlyReport.VOLUNTEERING,
          "Participants volunteering"));
      lines.add(categoryLine(names, OutcomeCategory.EDUCATION, QuarterlyReport.EDUCATION,
          "Young people who entered or retained a place in education"));
      for (TrainingType training : TrainingType.values()) {
        lines.add(counter(byTraining, training).line(names,
            QuarterlyReport.TRAININGS_PREFIX + training.name(),
            "Participants who completed " + trainingName(training) + " training"));
      }
      lines.add(categoryLine(names, OutcomeCategory.JOB_SEARCH_SUPPORT,
          QuarterlyReport.JOB_SEARCH_SUPPORT, "Participants supported with job searching"));
      lines.add(categoryLine(names, OutcomeCategory.HOUSING_SECURED,
          QuarterlyReport.HOUSING_SECURED, "Participants who were housed"));
      lines.add(categoryLine(names, OutcomeCategory.HOUSING_APPLICATION,
          QuarterlyReport.HOUSING_APPLICATIONS,
          "Participants who submitted a housing application and are not yet housed"));
      lines.add(categoryLine(names, OutcomeCategory.WELLBEING, QuarterlyReport.WELLBEING,
          "Participants with a wellbeing outcome"));
      lines.add(categoryLine(names, OutcomeCategory.PROGRESSION, QuarterlyReport.PROGRESSION,
          "Participants who progressed to another programme"));
      lines.add(categoryLine(names, OutcomeCategory.CAMPAIGNING, QuarterlyReport.CAMPAIGNING,
          "Participants in peer research or campaigning"));
      lines.add(categoryLine(names, OutcomeCategory.ADDITIONAL, QuarterlyReport.ADDITIONAL_OUTCOMES,
          "Young people who achieved additional outcomes"));
      lines.add(referredToWire.line(names, QuarterlyReport.REFERRED_TO_WIRE,
          "UP participants referred onto the WIRE project"));
      lines.add(placements.line(names, QuarterlyReport.PLACEMENTS, "Work placements started"));
      lines.add(placementsMentored.line(names, QuarterlyReport.PLACEMENTS_MENTORED,
          "Work placements started that were mentored"));
      lines.add(placementsUnpaid.line(names, QuarterlyReport.PLACEMENTS_UNPAID,
          "Work placements started that were unpaid"));
      lines.add(placementsTwoWeeks.line(names, QuarterlyReport.PLACEMENTS_TWO_WEEKS_OR_LONGER,
          "Work placements started that lasted two weeks or longer"));
      for (Stage stage : Stage.values()) {
        lines.add(counter(stageAtStart, stage).line(names,
            QuarterlyReport.STAGE_AT_START_PREFIX + stage.name(),
            "Young people at " + stageName(stage) + " at the start of the period"));
      }
      for (Stage stage : Stage.values()) {
        lines.add(counter(stageAtEnd, stage).line(names,
            QuarterlyReport.STAGE_AT_END_PREFIX + stage.name(),
            "Young people at " + stageName(stage) + " at the end of the period"));
      }
      for (Stage from : Stage.values()) {
        for (Stage to : Stage.values()) {
          lines.add(move(from, to).line(names, QuarterlyReport.stageMove(from, to),
              "Young people at " + stageName(from) + " at the start of the period and at "
                  + stageName(to) + " at its end"));
        }
      }
      lines.add(movedForward.line(names, QuarterlyReport.MOVED_FORWARD,
          "Young people who moved forward a stage"));
      lines.add(movedBack.line(names, QuarterlyReport.MOVED_BACK,
          "Young people who moved back a stage"));
      lines.add(partnersInvolved.line(names, QuarterlyReport.PARTNERS_INVOLVED,
          "Partners involved"));
      ReportIndicator wire = ReportIndicator.builder()
          .key(QuarterlyReport.WIRE_FURTHER_TRAINING_OR_SUSTAINED_EMPLOYMENT)
          .label("WIRE finishers who went on to further training or sustained employment")
          .numeratorSources(wireOnward)
          .denominatorSources(wireFinished)
          .build();
      return QuarterlyReport.builder()
          .programme(scope.programme())
          .period(period)
          .lines(lines)
          .indicators(List.of(wire))
          .partners(partnerLines)
          .fundingReceived(funding)
          .build();
    }
  }

  /**
   * Whether an outcome is further training (a completed training) or sustained employment: a
   * job or a place in education still held 13 weeks after it began.
   */
  private static boolean trainingOrSustained(OutcomeClassification c) {
    return switch (c.category()) {
      case TRAINING -> true;
      case EMPLOYMENT, EDUCATION -> c.sustained13Weeks();
      default -> false;
    };
  }

  /** Returns "power within", "power with" or "power to". */
  static String stageName(Stage stage) {
    return "power " + stage.name().toLowerCase(java.util.Locale.ROOT);
  }

  static String trainingName(TrainingType training) {
    return switch (training) {
      case CSCS -> "CSCS card";
      case PEER_RESEARCHER -> "peer researcher";
      case SAFEGUARDING -> "safeguarding";
      case TRAUMA_INFORMED_TIER_1 -> "tier 1 trauma informed practice";
      case INTERVIEW_PREPARATION -> "interview preparation";
      case DISCLOSURE_OF_CONVICTIONS -> "disclosure of convictions";
      case EMPLOYABILITY -> "employability";
      case OTHER -> "other";
    };
  }

  /** Two weeks of a work placement, Monday to Friday. */
  private static final int TWO_WEEKS_IN_WORKING_DAYS = 10;

  /** Counts the days Monday to Friday from {@code first} to {@code last}, both included. */
  static long workingDays(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      return 0;
    }
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    long working = days / 7 * 5;
    LocalDate day = first.plusDays(days / 7 * 7);
    while (!day.isAfter(last)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        working++;
      }
      day = day.plusDays(1);
    }
    return working;
  }

  /**
   * Counts events once each, or people once each with the events behind them, as {@link
   * Provenance} entries. A record's people are counted while that record is counted, so a person
   * already counted is the one counted last.
   */
  private static final class Counter {
    /** The events, or the people, in the order counted. */
    private final Provenance.Entries sources = new Provenance.Entries();
    /** The events behind the people; none for a counter of events. */
    private final Provenance.Entries evidence;
    /** The index of the person counted last, or -1. */
    private int last = -1;

    private Counter(Provenance.Entries evidence) {
      this.evidence = evidence;
    }

    static Counter events() {
      return new Counter(new Provenance.Entries());
    }

    static Counter people() {
      return new Counter(new Provenance.Entries());
    }

    void event(long entry) {
      // A list, not a set: every event is unique by construction (ReportDataSet rejects
      // duplicate participant ids, session ids and partner names, and an attendance is named by
      // its record and position), and hashing a million new ids was a third of a report's time.
      sources.add(entry);
    }

    /** Whether {@code person}, the record being counted (or -1 for none yet), is counted. */
    boolean has(int person) {
      return person >= 0 && last == person;
    }

    void person(int person, long because) {
      if (last != person) {
        last = person;
        sources.add(Provenance.entry(Provenance.NAME, person, 0));
      }
      evidence.add(because);
    }

    ReportLine line(String[] names, String key, String label) {
      return new CompactReportLine(key, label, names, sources, evidence);
    }
  }
}
