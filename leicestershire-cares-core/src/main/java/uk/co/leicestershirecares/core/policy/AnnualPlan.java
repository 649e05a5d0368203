package uk.co.leicestershirecares.core.policy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.reason.Source;

/**
 * An annual plan's rules for targeted youth work: the {@linkplain #planYear() plan year} it was
 * written for, the day it {@linkplain #effectiveFrom() comes into force}, its {@linkplain
 * #ageBand() age band} and {@linkplain #priorityGroups() priority groups}, and the {@linkplain
 * #source() sentence} they come from. A plan stays in force until a later plan starts.
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

  /** Returns the priority groups, in the plan's order. */
  public abstract ImmutableList<PriorityGroup> priorityGroups();

  /** Returns the sentence of the plan these rules implement. */
  public abstract Source source();

  /** Returns a new builder; every field but {@code effectiveFrom} is required. */
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

  /** Builds an {@link AnnualPlan}. */
  public static final class Builder extends ImmutableAnnualPlan.Builder {
    Builder() {}
  }
}
