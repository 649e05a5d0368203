package uk.co.leicestershirecares.core.assessment;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.internal.Checks;
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
   * Builds a {@link Assessment}. Every method rejects {@code null} (and {@code null} list elements)
   * with an {@link uk.co.leicestershirecares.core.InvalidRecordException} naming the field; {@link
   * #build()} rejects missing required fields and invalid combinations the same way.
   */
  public static final class Builder {
    private final ImmutableAssessment.Builder delegate = ImmutableAssessment.generatedBuilder();

    Builder() {}

    /** Sets {@link Assessment#participant()}. */
    @CanIgnoreReturnValue
    public Builder participant(ParticipantId participant) {
      delegate.participant(participant);
      return this;
    }

    /** Sets {@link Assessment#asOf()}. */
    @CanIgnoreReturnValue
    public Builder asOf(LocalDate asOf) {
      delegate.asOf(asOf);
      return this;
    }

    /** Sets {@link Assessment#planYear()}. */
    @CanIgnoreReturnValue
    public Builder planYear(PlanYear planYear) {
      delegate.planYear(planYear);
      return this;
    }

    /** Sets {@link Assessment#stage()}. */
    @CanIgnoreReturnValue
    public Builder stage(Stage stage) {
      delegate.stage(stage);
      return this;
    }

    /** Adds one element to {@link Assessment#stageReasons()}. */
    @CanIgnoreReturnValue
    public Builder addStageReason(Reason element) {
      delegate.addStageReason(Checks.notNull(element, "stageReasons"));
      return this;
    }

    /** Adds elements to {@link Assessment#stageReasons()}. */
    @CanIgnoreReturnValue
    public Builder addStageReasons(Reason... elements) {
      return addAllStageReasons(Arrays.asList(Checks.notNull(elements, "stageReasons")));
    }

    /** Adds elements to {@link Assessment#stageReasons()}. */
    @CanIgnoreReturnValue
    public Builder addAllStageReasons(Iterable<? extends Reason> elements) {
      delegate.addAllStageReasons(Checks.elements(elements, "stageReasons"));
      return this;
    }

    /** Replaces the elements of {@link Assessment#stageReasons()}. */
    @CanIgnoreReturnValue
    public Builder stageReasons(Iterable<? extends Reason> elements) {
      delegate.stageReasons(Checks.elements(elements, "stageReasons"));
      return this;
    }

    /** Sets {@link Assessment#employmentPathway()}. */
    @CanIgnoreReturnValue
    public Builder employmentPathway(EmploymentPathway employmentPathway) {
      delegate.employmentPathway(employmentPathway);
      return this;
    }

    /** Adds one element to {@link Assessment#employmentPathwayReasons()}. */
    @CanIgnoreReturnValue
    public Builder addEmploymentPathwayReason(Reason element) {
      delegate.addEmploymentPathwayReason(Checks.notNull(element, "employmentPathwayReasons"));
      return this;
    }

    /** Adds elements to {@link Assessment#employmentPathwayReasons()}. */
    @CanIgnoreReturnValue
    public Builder addEmploymentPathwayReasons(Reason... elements) {
      return addAllEmploymentPathwayReasons(Arrays.asList(Checks.notNull(elements, "employmentPathwayReasons")));
    }

    /** Adds elements to {@link Assessment#employmentPathwayReasons()}. */
    @CanIgnoreReturnValue
    public Builder addAllEmploymentPathwayReasons(Iterable<? extends Reason> elements) {
      delegate.addAllEmploymentPathwayReasons(Checks.elements(elements, "employmentPathwayReasons"));
      return this;
    }

    /** Replaces the elements of {@link Assessment#employmentPathwayReasons()}. */
    @CanIgnoreReturnValue
    public Builder employmentPathwayReasons(Iterable<? extends Reason> elements) {
      delegate.employmentPathwayReasons(Checks.elements(elements, "employmentPathwayReasons"));
      return this;
    }

    /** Adds one element to {@link Assessment#eligibility()}. */
    @CanIgnoreReturnValue
    public Builder addEligibility(EligibilityDecision element) {
      delegate.addEligibility(Checks.notNull(element, "eligibility"));
      return this;
    }

    /** Adds elements to {@link Assessment#eligibility()}. */
    @CanIgnoreReturnValue
    public Builder addEligibility(EligibilityDecision... elements) {
      return addAllEligibility(Arrays.asList(Checks.notNull(elements, "eligibility")));
    }

    /** Adds elements to {@link Assessment#eligibility()}. */
    @CanIgnoreReturnValue
    public Builder addAllEligibility(Iterable<? extends EligibilityDecision> elements) {
      delegate.addAllEligibility(Checks.elements(elements, "eligibility"));
      return this;
    }

    /** Replaces the elements of {@link Assessment#eligibility()}. */
    @CanIgnoreReturnValue
    public Builder eligibility(Iterable<? extends EligibilityDecision> elements) {
      delegate.eligibility(Checks.elements(elements, "eligibility"));
      return this;
    }

    /** Adds one element to {@link Assessment#outcomes()}. */
    @CanIgnoreReturnValue
    public Builder addOutcome(OutcomeClassification element) {
      delegate.addOutcome(Checks.notNull(element, "outcomes"));
      return this;
    }

    /** Adds elements to {@link Assessment#outcomes()}. */
    @CanIgnoreReturnValue
    public Builder addOutcomes(OutcomeClassification... elements) {
      return addAllOutcomes(Arrays.asList(Checks.notNull(elements, "outcomes")));
    }

    /** Adds elements to {@link Assessment#outcomes()}. */
    @CanIgnoreReturnValue
    public Builder addAllOutcomes(Iterable<? extends OutcomeClassification> elements) {
      delegate.addAllOutcomes(Checks.elements(elements, "outcomes"));
      return this;
    }

    /** Replaces the elements of {@link Assessment#outcomes()}. */
    @CanIgnoreReturnValue
    public Builder outcomes(Iterable<? extends OutcomeClassification> elements) {
      delegate.outcomes(Checks.elements(elements, "outcomes"));
      return this;
    }

    /** Sets every field from {@code instance}, replacing lists. */
    @CanIgnoreReturnValue
    public Builder from(Assessment instance) {
      delegate.from(Checks.notNull(instance, "instance"));
      return this;
    }

    /**
     * Returns the built value.
     *
     * @throws uk.co.leicestershirecares.core.InvalidRecordException if a required field is unset
     *     or the value is invalid
     */
    public Assessment build() {
      return delegate.build();
    }
  }
}
