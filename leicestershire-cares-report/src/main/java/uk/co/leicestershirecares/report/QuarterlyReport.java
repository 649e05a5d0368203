package uk.co.leicestershirecares.report;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.outcome.TrainingType;
import uk.co.leicestershirecares.core.partner.Money;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.stage.Stage;

/**
 * A funder report for one programme (or all) over a {@linkplain #period() period}: the figures of
 * the charity's quarterly updates, each a {@link ReportLine} with its provenance, the {@linkplain
 * #indicators() indicators} (proportions, each a {@link ReportIndicator}), and the partners
 * involved with the funding they gave.
 *
 * <p>Line keys are stable: they name JSON fields and CSV rows. They are, in order: {@value
 * #YOUNG_PEOPLE_WORKED_WITH}, {@value #ATTENDANCES}, {@value #SESSIONS_DELIVERED}, {@value
 * #ETE_OUTCOMES}, {@value #EMPLOYED}, {@value #VOLUNTEERING}, {@value #EDUCATION}, {@code
 * trainings.<TYPE>} for every {@link TrainingType}, {@value #JOB_SEARCH_SUPPORT}, {@value
 * #HOUSING_SECURED}, {@value #HOUSING_APPLICATIONS}, {@value #WELLBEING}, {@value #PROGRESSION},
 * {@value #CAMPAIGNING}, {@value #ADDITIONAL_OUTCOMES}, {@value #REFERRED_TO_WIRE}, {@value
 * #PLACEMENTS}, {@value #PLACEMENTS_MENTORED}, {@value #PLACEMENTS_UNPAID}, {@value
 * #PLACEMENTS_TWO_WEEKS_OR_LONGER}, {@code stageAtStart.<STAGE>} and {@code stageAtEnd.<STAGE>}
 * for every {@link Stage}, {@code stageMoves.<FROM>.<TO>} for every pair of stages ({@link
 * #stageMove}), {@value #MOVED_FORWARD}, {@value #MOVED_BACK}, {@value #PARTNERS_INVOLVED}.
 * How each is counted is documented on {@link ReportGenerator}.
 */
@Value.Immutable
public abstract class QuarterlyReport {
  /** Distinct young people referred to or enrolled on the programme and active in the period. */
  public static final String YOUNG_PEOPLE_WORKED_WITH = "youngPeopleWorkedWith";
  /** Attendances (events). */
  public static final String ATTENDANCES = "attendances";
  /** Sessions delivered (events). */
  public static final String SESSIONS_DELIVERED = "sessionsDelivered";
  /** Distinct participants with an ETE outcome, volunteering included. */
  public static final String ETE_OUTCOMES = "eteOutcomes";
  /** Distinct participants who started paid employment. */
  public static final String EMPLOYED = "employed";
  /** Distinct participants who started volunteering. */
  public static final String VOLUNTEERING = "volunteering";
  /** Distinct young people who entered or retained a place in education. */
  public static final String EDUCATION = "educationEnteredOrRetained";
  /** Prefix of the per-type training lines: distinct participants who completed the training. */
  public static final String TRAININGS_PREFIX = "trainings.";
  /** Distinct participants supported with job searching. */
  public static final String JOB_SEARCH_SUPPORT = "jobSearchSupport";
  /** Distinct participants who were housed (secured housing) in the period. */
  public static final String HOUSING_SECURED = "housingSecured";
  /**
   * Distinct participants who submitted a housing application in the period and were not housed
   * after it by the period's end; no one is on both this line and {@link #HOUSING_SECURED}.
   */
  public static final String HOUSING_APPLICATIONS = "housingApplications";
  /** Distinct participants with a wellbeing outcome. */
  public static final String WELLBEING = "wellbeing";
  /** Distinct participants who progressed to another programme. */
  public static final String PROGRESSION = "progression";
  /** Distinct participants who did peer research or campaigning. */
  public static final String CAMPAIGNING = "campaigning";
  /** Distinct young people with additional outcomes. */
  public static final String ADDITIONAL_OUTCOMES = "additionalOutcomes";
  /** Distinct UP participants referred or enrolled onto WIRE in the period. */
  public static final String REFERRED_TO_WIRE = "referredToWire";
  /** Work placements of the programme started in the period (events). */
  public static final String PLACEMENTS = "placements";
  /** Of the {@link #PLACEMENTS}, those mentored by a business volunteer (events). */
  public static final String PLACEMENTS_MENTORED = "placements.mentored";
  /** Of the {@link #PLACEMENTS}, those unpaid (events). */
  public static final String PLACEMENTS_UNPAID = "placements.unpaid";
  /** Of the {@link #PLACEMENTS}, those that lasted two weeks (ten working days) or longer. */
  public static final String PLACEMENTS_TWO_WEEKS_OR_LONGER = "placements.twoWeeksOrLonger";
  /**
   * Key of the indicator: of the people who finished WIRE in the period, those who went on to
   * further training or sustained employment (see {@link ReportGenerator}).
   */
  public static final String WIRE_FURTHER_TRAINING_OR_SUSTAINED_EMPLOYMENT =
      "wireFurtherTrainingOrSustainedEmployment";
  /** Prefix of the stage distribution lines at the start of the period (its first day). */
  public static final String STAGE_AT_START_PREFIX = "stageAtStart.";
  /** Prefix of the stage distribution lines at the end of the period. */
  public static final String STAGE_AT_END_PREFIX = "stageAtEnd.";
  /**
   * Prefix of the nine lines of moves between the stage at the start of the period and the stage
   * at its end, {@code stageMoves.WITHIN.TO}: see {@link #stageMove}.
   */
  public static final String STAGE_MOVES_PREFIX = "stageMoves.";
  /** Distinct young people who moved forward a stage during the period. */
  public static final String MOVED_FORWARD = "movedForward";
  /** Distinct young people who moved back a stage during the period. */
  public static final String MOVED_BACK = "movedBack";
  /** Partners involved in the period. */
  public static final String PARTNERS_INVOLVED = "partnersInvolved";

  QuarterlyReport() {}

  /** Returns the programme reported on, or empty for all programmes. */
  public abstract Optional<ProgrammeCode> programme();

  /** Returns the programmes counted, {@link #programme()}, as a scope. */
  public final ReportScope scope() {
    return programme().map(ReportScope::of).orElse(ReportScope.allProgrammes());
  }

  /** Returns the period covered. */
  public abstract ReportPeriod period();

  /** Returns every line, in the order of the keys above. */
  public abstract List<ReportLine> lines();

  /**
   * Returns the indicators (proportions), in a fixed order: {@value
   * #WIRE_FURTHER_TRAINING_OR_SUSTAINED_EMPLOYMENT}.
   */
  public abstract List<ReportIndicator> indicators();

  /**
   * Returns the indicator with {@code key}.
   *
   * @throws InvalidRecordException if the report has no such indicator
   */
  public final ReportIndicator indicator(String key) {
    return indicators().stream()
        .filter(i -> i.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new InvalidRecordException("key", "no report indicator '" + key + "'"));
  }

  /** Returns the partners involved in the period, in data-set order. */
  public abstract List<PartnerLine> partners();

  /** Returns the funding received in the period, from every partner. */
  public abstract Money fundingReceived();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the line with {@code key}.
   *
   * @throws InvalidRecordException if the report has no such line
   */
  public final ReportLine line(String key) {
    return lines().stream()
        .filter(l -> l.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new InvalidRecordException("key", "no report line '" + key + "'"));
  }

  /** Returns the figure of the line with {@code key}. */
  public final long count(String key) {
    return line(key).count();
  }

  /**
   * Returns the key of the line counting the young people worked with who were at {@code from} on
   * the period's first day and at {@code to} on its last: {@code stageMoves.WITHIN.TO}. Its
   * sources are participant ids.
   */
  public static String stageMove(Stage from, Stage to) {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    return STAGE_MOVES_PREFIX + from.name() + "." + to.name();
  }

  /** Returns the line counting participants who completed {@code training}. */
  public final ReportLine training(TrainingType training) {
    return line(TRAININGS_PREFIX + training.name());
  }

  /** Returns the programme, the period and the figures. */
  @Override
  public final String toString() {
    return "QuarterlyReport{" + programme().map(ProgrammeCode::toString).orElse("all programmes")
        + ", " + period().label() + ", " + lines() + ", " + indicators() + ", funding="
        + fundingReceived() + "}";
  }

  /**
   * Builds a {@link QuarterlyReport}. A {@code null} argument or list element, and a required
   * field left unset, raise {@link InvalidRecordException} naming the field.
   */
  public static final class Builder extends ImmutableQuarterlyReport.Builder {
    Builder() {}
  }
}
