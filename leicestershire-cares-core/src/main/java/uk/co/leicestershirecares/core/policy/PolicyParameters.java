package uk.co.leicestershirecares.core.policy;

import com.google.common.collect.ImmutableSet;
import java.time.Period;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.LeapDayBirthday;

/**
 * The named settings of the policy: the places where the charity's texts leave a rule open, and
 * the values this project chose (see {@code docs/policy-decisions.md}). Every setting has a
 * documented default; {@link #defaults()} returns them all.
 *
 * <pre>{@code
 * PolicyParameters strict = PolicyParameters.builder()
 *     .upCompletersNeedConviction(true)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class PolicyParameters {
  private static final PolicyParameters DEFAULTS = builder().build();

  PolicyParameters() {}

  /** Returns every setting at its default. */
  public static PolicyParameters defaults() {
    return DEFAULTS;
  }

  /** Returns a new builder, every setting at its default until set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How far back activity counts as recent evidence of a stage: by default 13 weeks (a quarter).
   * Activity on the date asked about and on the day this period before it both count. Must be
   * a whole number of days ({@code Period.ofWeeks} or {@code Period.ofDays}).
   */
  @Value.Default
  public Period recentWindow() {
    return Period.ofWeeks(13);
  }

  /** Which day is the birthday of someone born on 29 February: by default 1 March. */
  @Value.Default
  public LeapDayBirthday leapDayBirthday() {
    return LeapDayBirthday.DEFAULT;
  }

  /**
   * The circumstances that are crises: while one is active the stage is {@code WITHIN} and the
   * employment pathway is on hold. By default rough sleeping, homelessness and an abusive
   * relationship.
   */
  @Value.Default
  public ImmutableSet<CircumstanceType> crisisCircumstances() {
    return ImmutableSet.of(
        CircumstanceType.ROUGH_SLEEPING,
        CircumstanceType.HOMELESS,
        CircumstanceType.ABUSIVE_RELATIONSHIP);
  }

  /** UP's age band: by default 18–25 (the 18th birthday to the day before the 26th). */
  @Value.Default
  public AgeBand upAgeBand() {
    return AgeBand.of(18, 25);
  }

  /** The youngest age at which someone with a conviction may join WIRE: by default 18. */
  @Value.Default
  public int wireMinimumAge() {
    return 18;
  }

  /**
   * Whether someone who completed UP also needs a conviction to join WIRE: by default {@code
   * false}, as seed 000 writes it ("After successfully completing the project, candidates can join
   * the WIRE Project").
   */
  @Value.Default
  public boolean upCompletersNeedConviction() {
    return false;
  }

  /**
   * The age band of Leaving Care, care leaver mentoring and Mind Matters: by default 16–25, the
   * ages English leaving-care support covers.
   */
  @Value.Default
  public AgeBand careExperiencedAgeBand() {
    return AgeBand.of(16, 25);
  }

  /** The annual plans that set targeted youth work's rules: by default 2021-22 and 2024-25. */
  @Value.Default
  public AnnualPlans annualPlans() {
    return AnnualPlans.standard();
  }

  @Value.Check
  final void check() {
    Period window = recentWindow();
    if (window.isNegative() || window.isZero() || window.getYears() != 0
        || window.getMonths() != 0) {
      // Days only: "recent on x" is then exactly "x <= end + window", which keeps stage
      // histories exact (see Policy.stageHistory).
      throw new InvalidRecordException(
          "recentWindow",
          "recentWindow must be a positive number of days or weeks, not " + window);
    }
    if (wireMinimumAge() < 0 || wireMinimumAge() > 150) {
      throw new InvalidRecordException(
          "wireMinimumAge", "wireMinimumAge must be 0 to 150, not " + wireMinimumAge());
    }
  }

  /** Builds {@link PolicyParameters}. */
  public static final class Builder extends ImmutablePolicyParameters.Builder {
    Builder() {}
  }
}
