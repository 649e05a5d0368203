package uk.co.leicestershirecares.core.plan;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
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
  public abstract List<PriorityGroup> priorityGroups();

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
   * Builds a {@link AnnualPlan}. A {@code null} argument or list element, and a required field
   * left unset, raise {@link InvalidRecordException} naming the field.
   */
  public static final class Builder extends ImmutableAnnualPlan.Builder {
    Builder() {}
  }
}
