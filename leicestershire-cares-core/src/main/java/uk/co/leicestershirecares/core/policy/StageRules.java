package uk.co.leicestershirecares.core.policy;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.engagement.Attendance;
import uk.co.leicestershirecares.core.engagement.MentoringMatch;
import uk.co.leicestershirecares.core.engagement.SessionKind;
import uk.co.leicestershirecares.core.engagement.WorkPlacement;
import uk.co.leicestershirecares.core.outcome.OutcomeCategory;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.reason.Sources;
import uk.co.leicestershirecares.core.stage.Stage;
import uk.co.leicestershirecares.core.stage.StageFinding;
import uk.co.leicestershirecares.core.table.CrisisTable;
import uk.co.leicestershirecares.core.table.RecentActivityTable;

/**
 * The Power to Change stage and the employment pathway, concluded as {@link StageFinding}s (core's
 * {@code Explainer} words them). One path serves both the assessment and the stage alone.
 *
 * <ol>
 *   <li>{@code STAGE.crisis}: a crisis circumstance is active, so the stage is {@code WITHIN} and
 *       ({@code PATHWAY.on-hold}) the employment pathway is on hold.
 *   <li>{@code STAGE.power-to}: otherwise, recent power-to evidence (a work placement, a mentoring
 *       match, or an outcome that evidences power to: a job, volunteering, education, a completed
 *       training, campaigning) gives {@code TO}.
 *   <li>{@code STAGE.power-with}: otherwise, recent group sessions give {@code WITH}.
 *   <li>{@code STAGE.starting-out}: otherwise {@code WITHIN}, identifying the issues.
 * </ol>
 */
final class StageRules {
  static final String CRISIS = "STAGE.crisis";
  static final String POWER_TO = "STAGE.power-to";
  static final String POWER_WITH = "STAGE.power-with";
  static final String STARTING_OUT = "STAGE.starting-out";
  static final String PATHWAY_ON_HOLD = "PATHWAY.on-hold";
  static final String PATHWAY_OPEN = "PATHWAY.open";

  private final CrisisTable crises;
  private final RecentActivityTable recentActivity;
  // Worked out once from the table: every stage history asks for it. Null unless the table has
  // one window, of whole days.
  private final @Nullable Period plainWindow;
  // The findings of the last day asked about that rest on no one's facts, made once and shared
  // with their reasons. Benchmark: AssessmentBenchmark.reference.
  private volatile @Nullable Shared shared;

  /** A day's findings that rest on no fact: starting out and an open pathway. */
  private record Shared(LocalDate asOf, StageFinding startingOut, StageFinding open) {
    static Shared on(LocalDate asOf, Period window) {
      return new Shared(asOf,
          StageFinding.startingOut(STARTING_OUT, Sources.STARTING_OUT, window, asOf),
          StageFinding.open(PATHWAY_OPEN, Sources.CHAOS_FIRST, asOf));
    }
  }

  private Shared shared(LocalDate asOf) {
    Shared today = shared;
    if (today == null || !today.asOf().equals(asOf)) {
      today = Shared.on(asOf, recentActivity.windowOn(asOf));
      shared = today;
    }
    return today;
  }

  StageRules(CrisisTable crises, RecentActivityTable recentActivity) {
    this.crises = crises;
    this.recentActivity = recentActivity;
    this.plainWindow = plainWindow(recentActivity);
  }

  /**
   * The last day an outcome event holds as evidence: jobs, volunteering and education hold until
   * their end (null while ongoing); every other outcome is a one-day event unless it has an end.
   */
  static @Nullable LocalDate lastDayHeld(OutcomeEvent event) {
    return switch (OutcomeRules.category(event.type())) {
      case EMPLOYMENT, VOLUNTEERING, EDUCATION -> event.end().orElse(null);
      default -> event.end().orElse(event.date());
    };
  }

  /**
   * Where the layers report what they find. One walk over the record serves both the assessment
   * (which keeps every finding) and the stage alone (which stops at the first, and allocates
   * nothing: stage histories and reports ask for the stage on dozens of days per young person).
   */
  private interface Sink {
    /** Takes the stage evidenced by a fact; returns whether to stop looking. */
    @CanIgnoreReturnValue // the last layer has nothing left to look for
    boolean evidence(Stage stage, StageFinding.Kind kind, @Nullable Object fact);

    /** Whether the sink wants every piece of evidence, not only the first. */
    default boolean collects() {
      return true;
    }
  }

  /**
   * Stops at the first stage found, which the walk returns. Stateless and shared: a sink made per
   * call was about 25 bytes per event of a report (benchmark: {@code ReportBenchmark}).
   */
  private static final Sink FIRST_ONLY = new Sink() {
    @Override
    public boolean evidence(Stage stage, StageFinding.Kind kind, @Nullable Object fact) {
      return true;
    }

    @Override
    public boolean collects() {
      return false;
    }
  };

  /** The stage alone: the first finding's, without looking for the rest of the evidence. */
  Stage stage(ParticipantRecord record, LocalDate asOf) {
    return walk(record, asOf.toEpochDay(), windowStart(asOf, recentActivity.windowOn(asOf)),
        FIRST_ONLY);
  }

  /**
   * The stage on an epoch day, for stage histories, which ask about dozens of days per young
   * person: the same walk as {@link #stage(ParticipantRecord, LocalDate)}, and no date is made
   * per day (benchmark: {@code ReportBenchmark}). Only when {@link #hasPlainWindow()}: then the
   * window is the same on every day. The property {@code stageHistoryEqualsADayByDayScan} holds
   * the history equal to asking each day.
   */
  Stage stageOn(ParticipantRecord record, long day) {
    return walk(record, day, day - Objects.requireNonNull(plainWindow).getDays(), FIRST_ONLY);
  }

  /**
   * The first day of the window on {@code asOf}, as an epoch day: whole days are subtracted as a
   * number, a window with months as the calendar does it.
   */
  private static long windowStart(LocalDate asOf, Period window) {
    return isWholeDays(window) ? asOf.toEpochDay() - window.getDays()
        : asOf.minus(window).toEpochDay();
  }

  /** Whether the table has one window on every day, of whole days. */
  boolean hasPlainWindow() {
    return plainWindow != null;
  }

  private static @Nullable Period plainWindow(RecentActivityTable recentActivity) {
    if (recentActivity.windows().size() != 1 || !recentActivity.changeDays().isEmpty()) {
      return null;
    }
    Period window = recentActivity.windows().iterator().next();
    return isWholeDays(window) ? window : null;
  }

  private static boolean isWholeDays(Period window) {
    return window.getYears() == 0 && window.getMonths() == 0;
  }

  /** Every stage and pathway finding. */
  List<StageFinding> findings(ParticipantRecord record, LocalDate asOf) {
    List<StageFinding> findings = new ArrayList<>(4);
    Period window = recentActivity.windowOn(asOf);
    walk(record, asOf.toEpochDay(), windowStart(asOf, window), (stage, kind, fact) -> {
      findings.add(kind == StageFinding.Kind.STARTING_OUT ? shared(asOf).startingOut()
          : finding(kind, fact, window, asOf));
      return false;
    });
    // The walk reports at least one finding, and crises come first.
    if (findings.get(0).kind() == StageFinding.Kind.CRISIS) {
      // Each crisis also puts employment on hold, in the same order.
      int crises = findings.size();
      for (int i = 0; i < crises; i++) {
        findings.add(StageFinding.onHold(PATHWAY_ON_HOLD, Sources.EMPLOYMENT_ON_HOLD,
            findings.get(i).circumstance().orElseThrow(), asOf));
      }
    } else {
      findings.add(shared(asOf).open());
    }
    return findings;
  }

  // NullAway: the walk gives every kind but starting out its fact.
  @SuppressWarnings("NullAway")
  private static StageFinding finding(StageFinding.Kind kind, @Nullable Object fact,
      Period window, LocalDate asOf) {
    return switch (kind) {
      case CRISIS -> StageFinding.crisis(CRISIS, Sources.CHAOS_FIRST, (Circumstance) fact, asOf);
      case PLACEMENT -> StageFinding.placement(POWER_TO, Sources.POWER_TO, (WorkPlacement) fact,
          window, asOf);
      case MENTORING -> StageFinding.mentoring(POWER_TO, Sources.POWER_TO, (MentoringMatch) fact,
          window, asOf);
      case OUTCOME -> {
        OutcomeEvent o = (OutcomeEvent) fact;
        OutcomeCategory category = OutcomeRules.category(o.type());
        yield StageFinding.outcome(POWER_TO,
            category == OutcomeCategory.CAMPAIGNING ? Sources.CAMPAIGNING : Sources.POWER_TO,
            o, category, window, asOf);
      }
      case POWER_WITH -> {
        @SuppressWarnings("unchecked")
        List<LocalDate> sessions = (List<LocalDate>) fact;
        yield StageFinding.powerWith(POWER_WITH, Sources.POWER_WITH, sessions, window, asOf);
      }
      case STARTING_OUT ->
          StageFinding.startingOut(STARTING_OUT, Sources.STARTING_OUT, window, asOf);
      default -> throw new AssertionError(kind);
    };
  }

  /**
   * The layers, in order: crises, then power-to evidence, then group work, then starting out, on
   * the epoch day {@code day}, with recent evidence counted from {@code windowStart}. Reports at
   * least one piece of evidence to the sink, and returns the stage.
   */
  @CanIgnoreReturnValue // the assessment keeps what the sink collected
  private Stage walk(ParticipantRecord record, long day, long windowStart, Sink sink) {
    // Indexed loops: a list iterator per fact list per day was most of a report's allocation.
    boolean crisis = false;
    List<Circumstance> circumstances = record.participant().circumstances();
    for (int i = 0; i < circumstances.size(); i++) {
      Circumstance c = circumstances.get(i);
      if (crises.isCrisis(c.type()) && c.from().toEpochDay() <= day
          && (c.type().isPartOfHistory() || !endedBefore(c.to().orElse(null), day))) {
        crisis = true;
        if (sink.evidence(Stage.WITHIN, StageFinding.Kind.CRISIS, c)) {
          return Stage.WITHIN;
        }
      }
    }
    if (crisis) {
      return Stage.WITHIN;
    }
    boolean powerTo = false;
    List<WorkPlacement> placements = record.placements();
    for (int i = 0; i < placements.size(); i++) {
      WorkPlacement p = placements.get(i);
      if (recent(p.from(), p.to().orElse(null), day, windowStart)) {
        powerTo = true;
        if (sink.evidence(Stage.TO, StageFinding.Kind.PLACEMENT, p)) {
          return Stage.TO;
        }
      }
    }
    List<MentoringMatch> matches = record.mentoringMatches();
    for (int i = 0; i < matches.size(); i++) {
      MentoringMatch m = matches.get(i);
      if (recent(m.from(), m.to().orElse(null), day, windowStart)) {
        powerTo = true;
        if (sink.evidence(Stage.TO, StageFinding.Kind.MENTORING, m)) {
          return Stage.TO;
        }
      }
    }
    List<OutcomeEvent> outcomes = record.outcomes();
    for (int i = 0; i < outcomes.size(); i++) {
      OutcomeEvent o = outcomes.get(i);
      if (OutcomeRules.isPowerTo(o.type()) && recent(o.date(), lastDayHeld(o), day, windowStart)) {
        powerTo = true;
        if (sink.evidence(Stage.TO, StageFinding.Kind.OUTCOME, o)) {
          return Stage.TO;
        }
      }
    }
    if (powerTo) {
      return Stage.TO;
    }
    List<LocalDate> sessions = null;
    List<Attendance> attendances = record.attendances();
    for (int i = 0; i < attendances.size(); i++) {
      Attendance a = attendances.get(i);
      long date = a.date().toEpochDay();
      if (a.kind() == SessionKind.GROUP && date <= day && date >= windowStart) {
        if (!sink.collects()) {
          sink.evidence(Stage.WITH, StageFinding.Kind.POWER_WITH, null);
          return Stage.WITH;
        }
        if (sessions == null) {
          sessions = new ArrayList<>();
        }
        sessions.add(a.date());
      }
    }
    if (sessions != null) {
      sink.evidence(Stage.WITH, StageFinding.Kind.POWER_WITH, sessions);
      return Stage.WITH;
    }
    sink.evidence(Stage.WITHIN, StageFinding.Kind.STARTING_OUT, null);
    return Stage.WITHIN;
  }

  /** Whether {@code end} (null: ongoing) is before {@code day}; no boxed day per fact. */
  private static boolean endedBefore(@Nullable LocalDate end, long day) {
    return end != null && end.toEpochDay() < day;
  }

  /** Evidence from {@code start} to {@code end} (null: ongoing) is recent on {@code day}. */
  private static boolean recent(LocalDate start, @Nullable LocalDate end, long day,
      long windowStart) {
    return start.toEpochDay() <= day && (end == null || end.toEpochDay() >= windowStart);
  }
}
