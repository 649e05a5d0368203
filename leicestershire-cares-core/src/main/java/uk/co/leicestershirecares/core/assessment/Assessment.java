package uk.co.leicestershirecares.core.assessment;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.outcome.OutcomeId;
import uk.co.leicestershirecares.core.participant.ParticipantId;
import uk.co.leicestershirecares.core.plan.PlanYear;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.core.stage.EmploymentPathway;
import uk.co.leicestershirecares.core.stage.Stage;

/**
 * What a {@link Policy} says about one participant on one date: the {@linkplain #planYear() plan
 * year}, the Power to Change {@linkplain #stage() stage} and the {@linkplain #employmentPathway()
 * employment pathway} with their reasons, one {@linkplain #eligibility() eligibility decision} per
 * catalogue programme, and the {@linkplain #outcomes() classification} of each outcome event.
 *
 * <p>Reasons may describe the participant's circumstances, so {@link #toString()} prints the id,
 * the date and counts only.
 */
@Value.Immutable
public abstract class Assessment {
  Assessment() {}

  /** Returns the id of the participant assessed. */
  @Value.Parameter
  public abstract ParticipantId participant();

  /** Returns the date assessed. */
  @Value.Parameter
  public abstract LocalDate asOf();

  /** Returns the plan year in which {@link #asOf()} falls. */
  @Value.Parameter
  public abstract PlanYear planYear();

  /** Returns the Power to Change stage on {@link #asOf()}. */
  @Value.Parameter
  public abstract Stage stage();

  /** Returns why the stage is what it is. */
  @Value.Parameter
  public abstract ImmutableList<Reason> stageReasons();

  /** Returns whether work towards employment can go ahead. */
  @Value.Parameter
  public abstract EmploymentPathway employmentPathway();

  /** Returns why the pathway is open or on hold. */
  @Value.Parameter
  public abstract ImmutableList<Reason> employmentPathwayReasons();

  /** Returns one decision per catalogue programme, in catalogue order. */
  @Value.Parameter
  public abstract ImmutableList<EligibilityDecision> eligibility();

  /** Returns the classification of each outcome event, in the record's order. */
  @Value.Parameter
  public abstract ImmutableList<OutcomeClassification> outcomes();

  /**
   * Returns an assessment from its parts, without a builder's copies: a policy makes one per
   * record.
   *
   * @throws InvalidRecordException if an argument or a list element is null
   */
  public static Assessment of(ParticipantId participant, LocalDate asOf, PlanYear planYear,
      Stage stage, List<Reason> stageReasons, EmploymentPathway employmentPathway,
      List<Reason> employmentPathwayReasons, List<EligibilityDecision> eligibility,
      List<OutcomeClassification> outcomes) {
    // The cast picks the generated of(..., Iterable, ...): with lists, ImmutableAssessment.of
    // would resolve to this method, which the generated class inherits.
    return ImmutableAssessment.of(participant, asOf, planYear, stage,
        (Iterable<Reason>) stageReasons, employmentPathway, employmentPathwayReasons, eligibility,
        outcomes);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the decision for {@code programme}.
   *
   * @throws InvalidRecordException if the assessment has no decision for it
   */
  public final EligibilityDecision decision(ProgrammeCode programme) {
    return eligibility().stream()
        .filter(d -> d.programme().equals(programme))
        .findFirst()
        .orElseThrow(
            () -> new InvalidRecordException("programme", "no decision for programme " + programme));
  }

  /** Returns the classification of the outcome event with {@code id}, if there is one. */
  public final Optional<OutcomeClassification> classification(OutcomeId id) {
    return outcomes().stream().filter(c -> c.outcome().equals(id)).findFirst();
  }

  /** Returns the participant's id, the date and counts, never reasons. */
  @Override
  public final String toString() {
    return "Assessment{participant=" + participant() + ", asOf=" + asOf()
        + ", decisions=" + eligibility().size() + ", outcomes=" + outcomes().size() + "}";
  }

  /**
   * Builds a {@link Assessment}. A {@code null} argument or a required field left unset raises
   * {@link InvalidRecordException} naming the field; a {@code null} list element, a {@code
   * NullPointerException}.
   */
  // Its lists stay Guava's ImmutableList, whose builder checks elements itself: a policy's lists
  // are then kept without a copy. Benchmark: AssessmentBenchmark.reference (-prof gc).
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
