package uk.co.leicestershirecares.core.policy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.plan.PlanYear;
import uk.co.leicestershirecares.core.programme.Programme;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.reason.Explainer;
import uk.co.leicestershirecares.core.stage.Stage;
import uk.co.leicestershirecares.core.stage.StageChange;
import uk.co.leicestershirecares.core.stage.StageFinding;
import uk.co.leicestershirecares.core.table.AnnualPlanTable;
import uk.co.leicestershirecares.core.table.CrisisTable;
import uk.co.leicestershirecares.core.table.EligibilityTable;
import uk.co.leicestershirecares.core.table.RecentActivityTable;

/**
 * The charity's policy in plain Java: the reference every other {@link Policy} must agree with.
 *
 * <p>Stage and employment pathway follow the Power to Change approach (a crisis comes first; then
 * recent power-to evidence, then recent group work, then starting out). Eligibility is decided for
 * every programme in the catalogue: UP, WIRE (by conviction or after completing UP), the care
 * experienced programmes, and targeted youth work under the annual plan in force. Outcomes are
 * classified one by one. The rule ids, texts and sources are documented in {@code
 * docs/policy-decisions.md} and in the reasons themselves.
 *
 * <pre>{@code
 * Policy policy = ReferencePolicy.withDefaults();
 * Assessment assessment = policy.assess(record, LocalDate.of(2026, 11, 25));
 * assessment.decision(ProgrammeCode.WIRE).outcome();   // ELIGIBLE
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReferencePolicy implements Policy {
  private final PolicyParameters parameters;
  private final ProgrammeCatalogue catalogue;
  private final StageRules stageRules;
  private final EligibilityRules eligibilityRules;

  private final EligibilityTable eligibilityTable;
  private final AnnualPlanTable annualPlanTable;
  private final CrisisTable crisisTable;
  private final RecentActivityTable recentActivityTable;

  private ReferencePolicy(PolicyParameters parameters, ProgrammeCatalogue catalogue,
      EligibilityTable eligibilityTable, AnnualPlanTable annualPlanTable,
      CrisisTable crisisTable, RecentActivityTable recentActivityTable) {
    this.parameters = parameters;
    this.catalogue = catalogue;
    this.eligibilityTable = eligibilityTable;
    this.annualPlanTable = annualPlanTable;
    this.crisisTable = crisisTable;
    this.recentActivityTable = recentActivityTable;
    this.stageRules = new StageRules(crisisTable, recentActivityTable);
    this.eligibilityRules = new EligibilityRules(parameters, eligibilityTable, annualPlanTable,
        catalogue.programmes().asList());
  }

  /** Returns the policy with {@linkplain PolicyParameters#defaults() default parameters} and the
   * {@linkplain ProgrammeCatalogue#standard() standard catalogue}. */
  public static ReferencePolicy withDefaults() {
    return of(PolicyParameters.defaults(), ProgrammeCatalogue.standard());
  }

  /**
   * Returns the policy with the given parameters and catalogue. A programme the reference has no
   * rules for is answered {@code NEEDS_INFORMATION}.
   *
   * @throws InvalidRecordException if an argument is null
   */
  public static ReferencePolicy of(PolicyParameters parameters, ProgrammeCatalogue catalogue) {
    return new ReferencePolicy(
        Checks.notNull(parameters, "parameters"), Checks.notNull(catalogue, "catalogue"),
        EligibilityTable.shipped(), AnnualPlanTable.shipped(), CrisisTable.shipped(),
        RecentActivityTable.shipped());
  }

  /**
   * Returns this policy reading the given tables instead of the shipped ones: the reference's
   * answers for an analyst's edited copies (each read and checked with its {@code read}).
   *
   * @throws InvalidRecordException if an argument is null
   */
  public ReferencePolicy withTables(EligibilityTable eligibility, AnnualPlanTable annualPlans,
      CrisisTable crises, RecentActivityTable recentActivity) {
    return new ReferencePolicy(parameters, catalogue,
        Checks.notNull(eligibility, "eligibility"), Checks.notNull(annualPlans, "annualPlans"),
        Checks.notNull(crises, "crises"), Checks.notNull(recentActivity, "recentActivity"));
  }

  @Override
  public RecentActivityTable recentActivity() {
    return recentActivityTable;
  }

  @Override
  public Assessment assess(ParticipantRecord record, LocalDate asOf) {
    Checks.notNull(record, "record");
    Checks.notNull(asOf, "asOf");
    List<StageFinding> stage = stageRules.findings(record, asOf);
    List<OutcomeEvent> events = record.outcomes();
    ImmutableList<OutcomeClassification> outcomes = ImmutableList.of();
    if (!events.isEmpty()) {
      ImmutableList.Builder<OutcomeClassification> classified =
          ImmutableList.builderWithExpectedSize(events.size());
      for (int i = 0; i < events.size(); i++) {
        classified.add(OutcomeRules.classify(events.get(i), asOf));
      }
      outcomes = classified.build();
    }
    // The value's constructor, not its builder: the builder copied every list twice. Benchmark:
    // AssessmentBenchmark.reference.
    return Assessment.of(record.id(), asOf, PlanYear.containing(asOf),
        stage.get(0).stage().orElseThrow(), Explainer.stageReasons(record, stage),
        stage.get(stage.size() - 1).pathway().orElseThrow(),
        Explainer.pathwayReasons(record, stage), eligibilityRules.decideAll(record, asOf),
        outcomes);
  }

  /** Returns the stage from the stage rules alone: programmes and outcomes play no part in it. */
  @Override
  public Stage stage(ParticipantRecord record, LocalDate asOf) {
    Checks.notNull(record, "record");
    Checks.notNull(asOf, "asOf");
    return stageRules.stage(record, asOf);
  }

  /**
   * Returns the stage history as {@link Policy#stageHistory} defines it; with one window of whole
   * days (the shipped table's), each day's stage is found on epoch days, without making a date
   * per day (benchmark: {@code ReportBenchmark}).
   */
  @Override
  public ImmutableList<StageChange> stageHistory(ParticipantRecord record, LocalDate from,
      LocalDate to) {
    if (!stageRules.hasPlainWindow()) {
      return Policy.super.stageHistory(record, from, to);
    }
    return StageChangePoints.history(record, recentActivityTable, from, to,
        day -> stageRules.stageOn(record, day));
  }

  @Override
  public OutcomeClassification classify(OutcomeEvent event, LocalDate asOf) {
    return OutcomeRules.classify(Checks.notNull(event, "event"), Checks.notNull(asOf, "asOf"));
  }

  @Override
  public PolicyParameters parameters() {
    return parameters;
  }

  @Override
  public ProgrammeCatalogue catalogue() {
    return catalogue;
  }

  /** The eligibility table this policy reads. */
  public EligibilityTable eligibilityTable() {
    return eligibilityTable;
  }

  /** The annual plans table this policy reads. */
  public AnnualPlanTable annualPlanTable() {
    return annualPlanTable;
  }

  /** The crises table this policy reads. */
  public CrisisTable crisisTable() {
    return crisisTable;
  }

  /** Returns {@code ReferencePolicy[catalogue codes]}. */
  @Override
  public String toString() {
    return "ReferencePolicy" + catalogue.programmes().stream().map(Programme::code).toList();
  }
}
