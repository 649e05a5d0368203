package uk.co.leicestershirecares.core.stage;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.engagement.MentoringMatch;
import uk.co.leicestershirecares.core.engagement.WorkPlacement;
import uk.co.leicestershirecares.core.outcome.OutcomeCategory;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.reason.Explainer;
import uk.co.leicestershirecares.core.reason.Finding;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.core.reason.Source;

/**
 * A conclusion about the stage or the employment pathway, as data: what it is evidence of, the
 * fact it rests on (a crisis circumstance, a placement, a mentoring match, an outcome, the recent
 * group sessions) and the recent-activity window it was looked for in. Rules conclude; {@link
 * uk.co.leicestershirecares.core.reason.Explainer} words and orders the findings for both engines.
 */
public final class StageFinding extends Finding {
  /** What the finding is evidence of. */
  public enum Kind {
    /** An active crisis: the stage is power within. */
    CRISIS,
    /** A recent work placement: power to. */
    PLACEMENT,
    /** A recent mentoring match: power to. */
    MENTORING,
    /** A recent outcome that evidences power to. */
    OUTCOME,
    /** Recent group sessions: power with. */
    POWER_WITH,
    /** Nothing recent: starting out, power within. */
    STARTING_OUT,
    /** An active crisis: employment is on hold. */
    PATHWAY_ON_HOLD,
    /** No crisis: employment can go ahead. */
    PATHWAY_OPEN
  }

  private final Kind kind;
  private final Optional<Period> window;
  private final Optional<Circumstance> circumstance;
  private final Optional<WorkPlacement> placement;
  private final Optional<MentoringMatch> match;
  private final Optional<OutcomeEvent> outcome;
  private final Optional<OutcomeCategory> category;
  private final ImmutableList<LocalDate> sessions;

  // Each kind sets the facts it is evidence of; the others are null.
  private StageFinding(Kind kind, String ruleId, Source source, LocalDate asOf,
      @Nullable Period window, @Nullable Circumstance circumstance,
      @Nullable WorkPlacement placement, @Nullable MentoringMatch match,
      @Nullable OutcomeEvent outcome, @Nullable OutcomeCategory category,
      ImmutableList<LocalDate> sessions) {
    super(ruleId, source, asOf);
    this.kind = kind;
    this.window = Optional.ofNullable(window);
    this.circumstance = Optional.ofNullable(circumstance);
    this.placement = Optional.ofNullable(placement);
    this.match = Optional.ofNullable(match);
    this.outcome = Optional.ofNullable(outcome);
    this.category = Optional.ofNullable(category);
    this.sessions = sessions;
  }

  private static StageFinding of(Kind kind, String ruleId, Source source, LocalDate asOf) {
    return new StageFinding(kind, ruleId, source, asOf, null, null, null, null, null, null,
        ImmutableList.of());
  }

  /** {@code crisis} is active on {@code asOf}: the stage is power within. */
  public static StageFinding crisis(String ruleId, Source source, Circumstance crisis,
      LocalDate asOf) {
    return new StageFinding(Kind.CRISIS, ruleId, source, asOf, null,
        Objects.requireNonNull(crisis, "crisis"), null, null, null, null, ImmutableList.of());
  }

  /** {@code crisis} is active: employment is on hold. */
  public static StageFinding onHold(String ruleId, Source source, Circumstance crisis,
      LocalDate asOf) {
    return new StageFinding(Kind.PATHWAY_ON_HOLD, ruleId, source, asOf, null,
        Objects.requireNonNull(crisis, "crisis"), null, null, null, null, ImmutableList.of());
  }

  /** No crisis is active: employment can go ahead. */
  public static StageFinding open(String ruleId, Source source, LocalDate asOf) {
    return of(Kind.PATHWAY_OPEN, ruleId, source, asOf);
  }

  /** {@code placement} falls in the {@code window} before {@code asOf}. */
  public static StageFinding placement(String ruleId, Source source, WorkPlacement placement,
      Period window, LocalDate asOf) {
    return new StageFinding(Kind.PLACEMENT, ruleId, source, asOf,
        Objects.requireNonNull(window, "window"), null,
        Objects.requireNonNull(placement, "placement"), null, null, null, ImmutableList.of());
  }

  /** {@code match} falls in the window. */
  public static StageFinding mentoring(String ruleId, Source source, MentoringMatch match,
      Period window, LocalDate asOf) {
    return new StageFinding(Kind.MENTORING, ruleId, source, asOf,
        Objects.requireNonNull(window, "window"), null, null,
        Objects.requireNonNull(match, "match"), null, null, ImmutableList.of());
  }

  /** {@code outcome}, of {@code category}, falls in the window. */
  public static StageFinding outcome(String ruleId, Source source, OutcomeEvent outcome,
      OutcomeCategory category, Period window, LocalDate asOf) {
    return new StageFinding(Kind.OUTCOME, ruleId, source, asOf,
        Objects.requireNonNull(window, "window"), null, null, null,
        Objects.requireNonNull(outcome, "outcome"), Objects.requireNonNull(category, "category"),
        ImmutableList.of());
  }

  /** Group sessions on {@code sessions} (not empty) fall in the window. */
  public static StageFinding powerWith(String ruleId, Source source, List<LocalDate> sessions,
      Period window, LocalDate asOf) {
    if (sessions.isEmpty()) {
      throw new IllegalArgumentException("power with needs at least one group session");
    }
    return new StageFinding(Kind.POWER_WITH, ruleId, source, asOf,
        Objects.requireNonNull(window, "window"), null, null, null, null, null,
        ImmutableList.copyOf(sessions));
  }

  /** Nothing falls in the window: starting out. */
  public static StageFinding startingOut(String ruleId, Source source, Period window,
      LocalDate asOf) {
    return new StageFinding(Kind.STARTING_OUT, ruleId, source, asOf,
        Objects.requireNonNull(window, "window"), null, null, null, null, null,
        ImmutableList.of());
  }

  /** What the finding is evidence of. */
  public Kind kind() {
    return kind;
  }

  /** Whether the finding is about the employment pathway rather than the stage. */
  public boolean isPathway() {
    return kind == Kind.PATHWAY_ON_HOLD || kind == Kind.PATHWAY_OPEN;
  }

  /** The stage the finding evidences; for a pathway finding, empty. */
  public Optional<Stage> stage() {
    return switch (kind) {
      case CRISIS, STARTING_OUT -> Optional.of(Stage.WITHIN);
      case PLACEMENT, MENTORING, OUTCOME -> Optional.of(Stage.TO);
      case POWER_WITH -> Optional.of(Stage.WITH);
      default -> Optional.empty();
    };
  }

  /** The pathway the finding sets; for a stage finding, empty. */
  public Optional<EmploymentPathway> pathway() {
    return kind == Kind.PATHWAY_ON_HOLD ? Optional.of(EmploymentPathway.ON_HOLD)
        : kind == Kind.PATHWAY_OPEN ? Optional.of(EmploymentPathway.OPEN) : Optional.empty();
  }

  /** The recent-activity window looked in, for the kinds that look back. */
  public Optional<Period> window() {
    return window;
  }

  /** The crisis circumstance, for a crisis or an employment pathway on hold. */
  public Optional<Circumstance> circumstance() {
    return circumstance;
  }

  /** The work placement, for {@link Kind#PLACEMENT}. */
  public Optional<WorkPlacement> placement() {
    return placement;
  }

  /** The mentoring match, for {@link Kind#MENTORING}. */
  public Optional<MentoringMatch> match() {
    return match;
  }

  /** The outcome, for {@link Kind#OUTCOME}. */
  public Optional<OutcomeEvent> outcome() {
    return outcome;
  }

  /** The outcome's category, for {@link Kind#OUTCOME}. */
  public Optional<OutcomeCategory> category() {
    return category;
  }

  /** The days of the recent group sessions, for {@link Kind#POWER_WITH}. */
  public ImmutableList<LocalDate> sessions() {
    return sessions;
  }

  /** Words the reason as {@link Explainer#reason(StageFinding)} does. */
  @Override
  protected Reason explain() {
    return Explainer.reason(this);
  }

  /** Returns {@code StageFinding[STAGE.power-to, PLACEMENT]}: no personal data. */
  @Override
  public String toString() {
    return "StageFinding[" + ruleId() + ", " + kind + "]";
  }
}
