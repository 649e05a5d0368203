package uk.co.leicestershirecares.core.plan;

import static uk.co.leicestershirecares.core.participant.CircumstanceType.AT_RISK_OF_OFFENDING;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.CARE_EXPERIENCED;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.CONVICTION;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.HOMELESS;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.NEET;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.ROUGH_SLEEPING;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.SEND;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.YOUTH_JUSTICE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.reason.Sources;

/**
 * The annual plans, as data, in the order they come into force. The plan that applies on a date is
 * the latest one in force on it: {@link #inForceOn(LocalDate)}. The charity's plans are the rows of
 * the analysts' table {@code annual-plans.drl.csv} ({@code AnnualPlanTable}).
 */
public final class AnnualPlans {
  private final ImmutableList<AnnualPlan> plans;

  private AnnualPlans(ImmutableList<AnnualPlan> plans) {
    this.plans = plans;
  }

  /**
   * Returns the given plans, ordered by the day they come into force.
   *
   * @throws InvalidRecordException if a plan is null or two come into force on the same day
   */
  public static AnnualPlans of(AnnualPlan... plans) {
    Checks.notNull(plans, "plans");
    List<AnnualPlan> sorted = new ArrayList<>();
    for (AnnualPlan plan : plans) {
      sorted.add(Checks.notNull(plan, "plan"));
    }
    sorted.sort(Comparator.comparing(AnnualPlan::effectiveFrom));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
        throw new InvalidRecordException(
            "plans", "two annual plans come into force on " + sorted.get(i).effectiveFrom());
      }
    }
    return new AnnualPlans(ImmutableList.copyOf(sorted));
  }

  /**
   * Returns these plans and {@code plan}.
   *
   * @throws InvalidRecordException if another plan comes into force on the same day
   */
  public AnnualPlans with(AnnualPlan plan) {
    List<AnnualPlan> all = new ArrayList<>(plans);
    all.add(Checks.notNull(plan, "plan"));
    return of(all.toArray(new AnnualPlan[0]));
  }

  /** Returns the plans in the order they come into force. */
  public ImmutableList<AnnualPlan> plans() {
    return plans;
  }

  /** Returns the latest plan in force on {@code date}, or empty before the first plan. */
  public Optional<AnnualPlan> inForceOn(LocalDate date) {
    Checks.notNull(date, "date");
    AnnualPlan found = null;
    for (AnnualPlan plan : plans) {
      if (plan.effectiveFrom().isAfter(date)) {
        break;
      }
      found = plan;
    }
    return Optional.ofNullable(found);
  }

  /** Returns the day the first plan comes into force, if there is a plan. */
  public Optional<LocalDate> firstEffectiveDate() {
    return plans.isEmpty() ? Optional.empty() : Optional.of(plans.get(0).effectiveFrom());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AnnualPlans annualPlans && annualPlans.plans.equals(plans);
  }

  @Override
  public int hashCode() {
    return plans.hashCode();
  }

  /** Returns the plans, for example {@code AnnualPlans[AnnualPlan[2021/22 from 2021-04-01], …]}. */
  @Override
  public String toString() {
    return "AnnualPlans" + plans;
  }
}
