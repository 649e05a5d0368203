package uk.co.leicestershirecares.core.eligibility;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.plan.AgeBand;
import uk.co.leicestershirecares.core.plan.AnnualPlan;
import uk.co.leicestershirecares.core.plan.PriorityGroupRule;
import uk.co.leicestershirecares.core.programme.Programme;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Explainer;
import uk.co.leicestershirecares.core.reason.Finding;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.core.reason.Source;

/**
 * A conclusion about one condition of a programme, as data: which condition (its rule id and
 * source), the verdict, and the facts the verdict rests on. Rules conclude; they never write a
 * sentence. {@link uk.co.leicestershirecares.core.reason.Explainer} words every finding for both engines, so the reference policy and
 * the Drools rules can differ only in what they conclude.
 *
 * <p>A decision lists its findings by one rule, {@link Placement}: first the route or plan the
 * decision rests on, then the table's conditions in row order, then a route not taken.
 */
public final class ConditionFinding extends Finding {
  /** Whether the condition holds. */
  public enum Verdict {
    /** It holds. */
    MET,
    /** It does not hold. */
    FAILED,
    /** It cannot be decided from the record. */
    UNKNOWN
  }

  /** Where a finding stands in its decision. */
  public enum Placement {
    /** The route or annual plan the decision rests on: listed first. */
    ROUTE,
    /** A condition of the eligibility table: listed in row order. */
    ROW,
    /** A route not taken, shown so the reader knows it: listed last, never counted. */
    ALTERNATIVE
  }

  /** What the finding is about; {@link uk.co.leicestershirecares.core.reason.Explainer} words each kind. */
  public enum Kind {
    /** No date of birth: the age is unknown. */
    AGE_UNKNOWN,
    /** Younger than the band (or not yet born). */
    AGE_UNDER,
    /** Older than the band. */
    AGE_OVER,
    /** Within the band. */
    AGE_WITHIN,
    /** Holds some of the qualifying circumstances. */
    CIRCUMSTANCES_HELD,
    /** Holds none of the qualifying circumstances. */
    CIRCUMSTANCES_NONE,
    /** Lives in one of the areas. */
    AREA_IN,
    /** Lives outside the areas. */
    AREA_OUT,
    /** Completed the programme a route asks for. */
    COMPLETED,
    /** Completed it, but this policy also asks for a conviction. */
    COMPLETED_NEEDS_CONVICTION,
    /** On the programme, ending successfully after the date asked about. */
    COMPLETES_LATER,
    /** On the programme, not completed. */
    NOT_COMPLETED,
    /** An annual plan is in force. */
    PLAN_IN_FORCE,
    /** No annual plan is in force. */
    NO_PLAN_IN_FORCE,
    /** In some of the plan's priority groups. */
    IN_PRIORITY_GROUPS,
    /** In none of the plan's priority groups, which the plan requires. */
    IN_NO_PRIORITY_GROUP,
    /** In none of the plan's priority groups, which the plan prioritises: not a refusal. */
    OUTSIDE_PRIORITY_GROUPS,
    /** The programme did not run on the date asked about. */
    NOT_RUNNING,
    /** No rule decides the programme. */
    NO_RULES
  }

  private static final String PLAN_IN_FORCE = ".plan-in-force";

  private final ProgrammeCode programme;
  private final Verdict verdict;
  private final Placement placement;
  private final int row;
  private final Kind kind;
  private final Optional<AgeBand> band;
  private final OptionalInt age;
  private final Optional<LocalDate> date;
  private final Optional<LocalDate> until;
  private final ImmutableList<CircumstanceType> circumstances;
  private final Optional<HomeArea> area;
  private final ImmutableSet<HomeArea> areas;
  private final Optional<Enrolment> enrolment;
  private final Optional<AnnualPlan> plan;
  private final ImmutableList<String> groups;
  // The missing condition this finding gives, made once as Finding makes its reason: a finding
  // a policy shares between assessments shares it too. Racy single check: it is immutable (its
  // fields final), and any two made are equal. Benchmark: AssessmentBenchmark.reference.
  private @Nullable Optional<MissingCondition> missing;

  private ConditionFinding(Builder b) {
    super(b.ruleId, b.source, b.asOf);
    this.programme = b.programme;
    this.verdict = b.verdict;
    this.placement = b.placement;
    this.row = b.row;
    this.kind = b.kind;
    this.band = b.band;
    this.age = b.age;
    this.date = b.date;
    this.until = b.until;
    this.circumstances = b.circumstances;
    this.area = b.area;
    this.areas = b.areas;
    this.enrolment = b.enrolment;
    this.plan = b.plan;
    this.groups = b.groups;
  }

  // ---------------------------------------------------------------------------------------------
  // Conditions of the table

  /**
   * An age band with no date of birth recorded. {@code plan} is the annual plan the band comes
   * from, for a row that takes the plan's band (the finding then cites the plan); otherwise null.
   * The other age findings take {@code plan} the same way.
   */
  public static ConditionFinding ageUnknown(Requirement row, AgeBand band,
      @Nullable AnnualPlan plan, LocalDate asOf) {
    return age(row, band, plan, Verdict.UNKNOWN, Kind.AGE_UNKNOWN, asOf).build();
  }

  /**
   * Younger than {@code band}: {@code age} is empty before birth; {@code firstDay} is the day the
   * band starts.
   */
  public static ConditionFinding ageUnder(Requirement row, AgeBand band,
      @Nullable AnnualPlan plan, LocalDate asOf, OptionalInt age, LocalDate firstDay) {
    Builder b = age(row, band, plan, Verdict.FAILED, Kind.AGE_UNDER, asOf);
    b.age = Objects.requireNonNull(age, "age");
    b.date = Optional.of(firstDay);
    return b.build();
  }

  /** Older than {@code band}; {@code firstDayAfter} is the day the band ended. */
  public static ConditionFinding ageOver(Requirement row, AgeBand band,
      @Nullable AnnualPlan plan, LocalDate asOf, int age, LocalDate firstDayAfter) {
    Builder b = age(row, band, plan, Verdict.FAILED, Kind.AGE_OVER, asOf);
    b.age = OptionalInt.of(age);
    b.date = Optional.of(firstDayAfter);
    return b.build();
  }

  /** Within {@code band}. */
  public static ConditionFinding ageWithin(Requirement row, AgeBand band,
      @Nullable AnnualPlan plan, LocalDate asOf, int age) {
    Builder b = age(row, band, plan, Verdict.MET, Kind.AGE_WITHIN, asOf);
    b.age = OptionalInt.of(age);
    return b.build();
  }

  /** Holds {@code held}, some of the row's circumstances (in the row's order). */
  public static ConditionFinding circumstancesHeld(Requirement row, List<CircumstanceType> held,
      LocalDate asOf) {
    Builder b = of(row, row.source(), Verdict.MET, Kind.CIRCUMSTANCES_HELD, asOf);
    b.circumstances = ImmutableList.copyOf(held);
    return b.build();
  }

  /** Holds none of the row's circumstances. */
  public static ConditionFinding circumstancesNone(Requirement row, LocalDate asOf) {
    Builder b = of(row, row.source(), Verdict.FAILED, Kind.CIRCUMSTANCES_NONE, asOf);
    b.circumstances = row.circumstances();
    return b.build();
  }

  /** Lives in {@code area}, one of the row's areas. */
  public static ConditionFinding areaIn(Requirement row, HomeArea area, LocalDate asOf) {
    Builder b = of(row, row.source(), Verdict.MET, Kind.AREA_IN, asOf);
    b.area = Optional.of(area);
    b.areas = row.areas();
    return b.build();
  }

  /** Lives outside the row's areas. */
  public static ConditionFinding areaOut(Requirement row, HomeArea area, LocalDate asOf) {
    Builder b = of(row, row.source(), Verdict.FAILED, Kind.AREA_OUT, asOf);
    b.area = Optional.of(area);
    b.areas = row.areas();
    return b.build();
  }

  /** In {@code groups} (their names) of {@code plan}. */
  public static ConditionFinding inPriorityGroups(Requirement row, AnnualPlan plan,
      List<String> groups, LocalDate asOf) {
    Builder b = of(row, plan.source(), Verdict.MET, Kind.IN_PRIORITY_GROUPS, asOf);
    b.plan = Optional.of(plan);
    b.groups = ImmutableList.copyOf(groups);
    return b.build();
  }

  /**
   * In none of the priority groups of {@code plan}: a failed condition when the plan requires its
   * groups, a met one ({@link Kind#OUTSIDE_PRIORITY_GROUPS}) when it only prioritises them.
   */
  public static ConditionFinding inNoPriorityGroup(Requirement row, AnnualPlan plan,
      LocalDate asOf) {
    boolean required = plan.priorityGroupRule() == PriorityGroupRule.REQUIRED;
    Builder b = of(row, plan.source(), required ? Verdict.FAILED : Verdict.MET,
        required ? Kind.IN_NO_PRIORITY_GROUP : Kind.OUTSIDE_PRIORITY_GROUPS, asOf);
    b.plan = Optional.of(plan);
    return b.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Routes, plans and programmes without rules

  /**
   * Completed {@code enrolment}'s programme, the route to {@code programme}; when {@code
   * needsConviction} this policy also asks completers for a conviction. {@code placement} is
   * {@link Placement#ROUTE} when the decision rests on it, {@link Placement#ALTERNATIVE} when
   * another route decides.
   */
  public static ConditionFinding completed(ProgrammeCode programme, String ruleId, Source source,
      Placement placement, Enrolment enrolment, boolean needsConviction, LocalDate asOf) {
    Builder b = new Builder(programme, ruleId, source, Verdict.MET, placement,
        needsConviction ? Kind.COMPLETED_NEEDS_CONVICTION : Kind.COMPLETED, asOf);
    b.enrolment = Optional.of(enrolment);
    return b.build();
  }

  /** On {@code enrolment}'s programme, not completed by {@code asOf}: a route not taken. */
  public static ConditionFinding notCompleted(ProgrammeCode programme, String ruleId,
      Source source, Enrolment enrolment, LocalDate asOf) {
    boolean later = enrolment.status().isSuccessfulCompletion() && enrolment.to().isPresent();
    Builder b = new Builder(programme, ruleId, source, Verdict.FAILED, Placement.ALTERNATIVE,
        later ? Kind.COMPLETES_LATER : Kind.NOT_COMPLETED, asOf);
    b.enrolment = Optional.of(enrolment);
    return b.build();
  }

  /** {@code plan} is the annual plan in force; the rule id is {@code <programme>.plan-in-force}. */
  public static ConditionFinding planInForce(ProgrammeCode programme, Source source,
      AnnualPlan plan, LocalDate asOf) {
    Builder b = new Builder(programme, programme + PLAN_IN_FORCE, source, Verdict.MET,
        Placement.ROUTE,
        Kind.PLAN_IN_FORCE, asOf);
    b.plan = Optional.of(plan);
    return b.build();
  }

  /**
   * No annual plan is in force; {@code firstPlanStarts} is the day the first one does, or null
   * when the programme has no plan at all. The rule id is {@code <programme>.plan-in-force}.
   */
  public static ConditionFinding noPlanInForce(ProgrammeCode programme, Source source,
      @Nullable LocalDate firstPlanStarts, LocalDate asOf) {
    Builder b = new Builder(programme, programme + PLAN_IN_FORCE, source, Verdict.FAILED,
        Placement.ROUTE,
        Kind.NO_PLAN_IN_FORCE, asOf);
    b.date = Optional.ofNullable(firstPlanStarts);
    return b.build();
  }

  /**
   * {@code programme} did not run on {@code asOf}: the finding names the days it runs (its
   * {@link Programme#runsFrom()} and {@link Programme#runsUntil()}). The rule id is {@code
   * <programme>.runs}.
   */
  public static ConditionFinding notRunning(Programme programme, Source source, LocalDate asOf) {
    ProgrammeCode code = programme.code();
    Builder b = new Builder(code, code + ".runs", source, Verdict.FAILED, Placement.ROUTE,
        Kind.NOT_RUNNING, asOf);
    b.date = programme.runsFrom();
    b.until = programme.runsUntil();
    return b.build();
  }

  /** No rule decides {@code programme}. */
  public static ConditionFinding noRules(ProgrammeCode programme, Source source, LocalDate asOf) {
    return new Builder(programme, programme + ".no-rules", source, Verdict.UNKNOWN,
        Placement.ROUTE, Kind.NO_RULES, asOf).build();
  }

  private static Builder age(Requirement row, AgeBand band, @Nullable AnnualPlan plan,
      Verdict verdict, Kind kind, LocalDate asOf) {
    Builder b = of(row, plan == null ? row.source() : plan.ageBandSource(), verdict, kind, asOf);
    b.band = Optional.of(band);
    b.plan = Optional.ofNullable(plan);
    return b;
  }

  private static Builder of(Requirement row, Source source, Verdict verdict, Kind kind,
      LocalDate asOf) {
    Builder b = new Builder(row.programme(), row.ruleId(), source, verdict, Placement.ROW, kind,
        asOf);
    b.row = row.row();
    return b;
  }

  // ---------------------------------------------------------------------------------------------

  /** The programme the condition belongs to. */
  public ProgrammeCode programme() {
    return programme;
  }

  /** Whether the condition holds. */
  public Verdict verdict() {
    return verdict;
  }

  /** Where the finding stands in its decision. */
  public Placement placement() {
    return placement;
  }

  /** The table row, for {@link Placement#ROW}; 0 otherwise. */
  public int row() {
    return row;
  }

  /** What the finding is about. */
  public Kind kind() {
    return kind;
  }

  /** Whether the finding counts towards the decision's outcome (a route not taken does not). */
  public boolean counts() {
    return placement != Placement.ALTERNATIVE;
  }

  /** Evidence for the wording: see {@link uk.co.leicestershirecares.core.reason.Explainer}. */
  public Optional<AgeBand> band() {
    return band;
  }

  /** Evidence for the wording: see {@link uk.co.leicestershirecares.core.reason.Explainer}. */
  public OptionalInt age() {
    return age;
  }

  /** Evidence for the wording: see {@link uk.co.leicestershirecares.core.reason.Explainer}. */
  public Optional<LocalDate> date() {
    return date;
  }

  /** Evidence for the wording: the last day a programme ran, for {@link Kind#NOT_RUNNING}. */
  public Optional<LocalDate> until() {
    return until;
  }

  /** Evidence for the wording: see {@link uk.co.leicestershirecares.core.reason.Explainer}. */
  public ImmutableList<CircumstanceType> circumstances() {
    return circumstances;
  }

  /** Evidence for the wording: see {@link uk.co.leicestershirecares.core.reason.Explainer}. */
  public Optional<HomeArea> area() {
    return area;
  }

  /** Evidence for the wording: see {@link uk.co.leicestershirecares.core.reason.Explainer}. */
  public ImmutableSet<HomeArea> areas() {
    return areas;
  }

  /** Evidence for the wording: see {@link uk.co.leicestershirecares.core.reason.Explainer}. */
  public Optional<Enrolment> enrolment() {
    return enrolment;
  }

  /** Evidence for the wording: see {@link uk.co.leicestershirecares.core.reason.Explainer}. */
  public Optional<AnnualPlan> plan() {
    return plan;
  }

  /** Evidence for the wording: see {@link uk.co.leicestershirecares.core.reason.Explainer}. */
  public ImmutableList<String> groups() {
    return groups;
  }

  /** Words the reason as {@link Explainer#reason(ConditionFinding)} does. */
  @Override
  protected Reason explain() {
    return Explainer.reason(this);
  }

  /**
   * What would change this finding, as {@link Explainer#missing(ConditionFinding)} words it;
   * empty when it is met. Made once per finding, its text written when first read.
   */
  public Optional<MissingCondition> missing() {
    Optional<MissingCondition> made = missing;
    if (made == null) {
      made = Explainer.missing(this);
      missing = made;
    }
    return made;
  }

  /** Returns {@code ConditionFinding[UP.age, FAILED, AGE_UNDER]}: no personal data. */
  @Override
  public String toString() {
    return "ConditionFinding[" + ruleId() + ", " + verdict + ", " + kind + "]";
  }

  private static final class Builder {
    private final ProgrammeCode programme;
    private final String ruleId;
    private final Source source;
    private final Verdict verdict;
    private final Placement placement;
    private final Kind kind;
    private final LocalDate asOf;
    private int row;
    private Optional<AgeBand> band = Optional.empty();
    private OptionalInt age = OptionalInt.empty();
    private Optional<LocalDate> date = Optional.empty();
    private Optional<LocalDate> until = Optional.empty();
    private ImmutableList<CircumstanceType> circumstances = ImmutableList.of();
    private Optional<HomeArea> area = Optional.empty();
    private ImmutableSet<HomeArea> areas = ImmutableSet.of();
    private Optional<Enrolment> enrolment = Optional.empty();
    private Optional<AnnualPlan> plan = Optional.empty();
    private ImmutableList<String> groups = ImmutableList.of();

    Builder(ProgrammeCode programme, String ruleId, Source source, Verdict verdict,
        Placement placement, Kind kind, LocalDate asOf) {
      this.programme = Objects.requireNonNull(programme, "programme");
      this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
      this.source = Objects.requireNonNull(source, "source");
      this.verdict = verdict;
      this.placement = placement;
      this.kind = kind;
      this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    ConditionFinding build() {
      return new ConditionFinding(this);
    }
  }
}
