package uk.co.leicestershirecares.core.plan;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.Arrays;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.reason.Source;

/**
 * An annual plan's rules for targeted youth work: the {@linkplain #planYear() plan year} it was
 * written for, the day it {@linkplain #effectiveFrom() comes into force}, its {@linkplain
 * #ageBand() age band} and {@linkplain #priorityGroups() priority groups}, and the {@linkplain
 * #source() sentence} they come from. A plan stays in force until a later plan starts. Its
 * priority groups are either {@linkplain PriorityGroupRule#REQUIRED required} or {@linkplain
 * PriorityGroupRule#PRIORITISED prioritised}.
 */
@Value.Immutable
public abstract class AnnualPlan {
  AnnualPlan() {}

  /** Returns the plan year the plan was written for. */
  public abstract PlanYear planYear();

  /** Returns the day the plan comes into force; by default the start of its plan year. */
  @Value.Default
  public LocalDate effectiveFrom() {
    return planYear().start();
  }

  /** Returns the ages targeted. */
  public abstract AgeBand ageBand();

  /**
   * Returns the sentence that states the plan's age band: by default the plan's own {@link
   * #source()}; a policy decision where the plan states no ages (the 2024-25 plan keeps the
   * 2021-22 plan's band by a written decision).
   */
  @Value.Default
  public Source ageBandSource() {
    return source();
  }

  /** Returns the priority groups, in the plan's order. */
  public abstract ImmutableList<PriorityGroup> priorityGroups();

  /**
   * Returns whether the plan works only with its priority groups or prioritises them; by default
   * {@link PriorityGroupRule#REQUIRED}.
   */
  @Value.Default
  public PriorityGroupRule priorityGroupRule() {
    return PriorityGroupRule.REQUIRED;
  }

  /** Returns the sentence of the plan these rules implement. */
  public abstract Source source();

  /**
   * Returns a new builder; every field but {@code effectiveFrom}, {@code ageBandSource} and {@code
   * priorityGroupRule} is required.
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    if (priorityGroups().isEmpty()) {
      throw new InvalidRecordException(
          "priorityGroups", "annual plan " + planYear() + " needs at least one priority group");
    }
  }

  /** Returns {@code AnnualPlan[2024/25 from 2024-04-01]}. */
  @Override
  public final String toString() {
    return "AnnualPlan[" + planYear() + " from " + effectiveFrom() + "]";
  }

  /**
   * Builds a {@link AnnualPlan}. Every method rejects {@code null} (and {@code null} list elements)
   * with an {@link uk.co.leicestershirecares.core.InvalidRecordException} naming the field; {@link
   * #build()} rejects missing required fields and invalid combinations the same way.
   */
  public static final class Builder {
    private final ImmutableAnnualPlan.Builder delegate = ImmutableAnnualPlan.generatedBuilder();

    Builder() {}

    /** Sets {@link AnnualPlan#planYear()}. */
    @CanIgnoreReturnValue
    public Builder planYear(PlanYear planYear) {
      delegate.planYear(planYear);
      return this;
    }

    /** Sets {@link AnnualPlan#effectiveFrom()}. */
    @CanIgnoreReturnValue
    public Builder effectiveFrom(LocalDate effectiveFrom) {
      delegate.effectiveFrom(effectiveFrom);
      return this;
    }

    /** Sets {@link AnnualPlan#ageBand()}. */
    @CanIgnoreReturnValue
    public Builder ageBand(AgeBand ageBand) {
      delegate.ageBand(ageBand);
      return this;
    }

    /** Adds one element to {@link AnnualPlan#priorityGroups()}. */
    @CanIgnoreReturnValue
    public Builder addPriorityGroup(PriorityGroup element) {
      delegate.addPriorityGroup(Checks.notNull(element, "priorityGroups"));
      return this;
    }

    /** Adds elements to {@link AnnualPlan#priorityGroups()}. */
    @CanIgnoreReturnValue
    public Builder addPriorityGroups(PriorityGroup... elements) {
      delegate.addAllPriorityGroups(Checks.elements(Arrays.asList(Checks.notNull(elements, "priorityGroups")), "priorityGroups"));
      return this;
    }

    /** Adds elements to {@link AnnualPlan#priorityGroups()}. */
    @CanIgnoreReturnValue
    public Builder addAllPriorityGroups(Iterable<? extends PriorityGroup> elements) {
      delegate.addAllPriorityGroups(Checks.elements(elements, "priorityGroups"));
      return this;
    }

    /** Replaces the elements of {@link AnnualPlan#priorityGroups()}. */
    @CanIgnoreReturnValue
    public Builder priorityGroups(Iterable<? extends PriorityGroup> elements) {
      delegate.priorityGroups(Checks.elements(elements, "priorityGroups"));
      return this;
    }

    /** Sets {@link AnnualPlan#ageBandSource()}. */
    @CanIgnoreReturnValue
    public Builder ageBandSource(Source ageBandSource) {
      delegate.ageBandSource(ageBandSource);
      return this;
    }

    /** Sets {@link AnnualPlan#priorityGroupRule()}. */
    @CanIgnoreReturnValue
    public Builder priorityGroupRule(PriorityGroupRule priorityGroupRule) {
      delegate.priorityGroupRule(priorityGroupRule);
      return this;
    }

    /** Sets {@link AnnualPlan#source()}. */
    @CanIgnoreReturnValue
    public Builder source(Source source) {
      delegate.source(source);
      return this;
    }

    /** Sets every field from {@code instance}, replacing lists. */
    @CanIgnoreReturnValue
    public Builder from(AnnualPlan instance) {
      delegate.from(Checks.notNull(instance, "instance"));
      return this;
    }

    /**
     * Returns the built value.
     *
     * @throws uk.co.leicestershirecares.core.InvalidRecordException if a required field is unset
     *     or the value is invalid
     */
    public AnnualPlan build() {
      return delegate.build();
    }
  }
}
