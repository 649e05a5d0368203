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
 *
 * @param plans the plans, in the order they come into force (the constructor orders them)
 */
public record AnnualPlans(ImmutableList<AnnualPlan> plans) {
  /**
   * Keeps {@code plans}, ordered by the day they come into force.
   *
   * @throws InvalidRecordException if {@code plans} is null or two come into force on the same day
   */
  public AnnualPlans {
    Checks.notNull(plans, "plans");
    List<AnnualPlan> sorted = new ArrayList<>(plans);
    sorted.sort(Comparator.comparing(AnnualPlan::effectiveFrom));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
        throw new InvalidRecordException(
            "plans", "two annual plans come into force on " + sorted.get(i).effectiveFrom());
      }
    }
    plans = ImmutableList.copyOf(sorted);
  }

  /**
   * Returns the given plans, ordered by the day they come into force.
   *
   * @throws InvalidRecordException if a plan is null or two come into force on the same day
   */
  public static AnnualPlans of(AnnualPlan... plans) {
    Checks.notNull(plans, "plans");
    List<AnnualPlan> all = new ArrayList<>();
    for (AnnualPlan plan : plans) {
      all.add(Checks.notNull(plan, "plan"));
    }
    return new AnnualPlans(ImmutableList.copyOf(all));
  }

  /**
   * Returns these plans and {@code plan}.
   *
   * @throws InvalidRecordException if another plan comes into force on the same day
   */
  public AnnualPlans with(AnnualPlan plan) {
    Checks.notNull(plan, "plan");
    return new AnnualPlans(ImmutableList.<AnnualPlan>builder().addAll(plans).add(plan).build());
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

  /** Returns the plans, for example {@code AnnualPlans[AnnualPlan[2021/22 from 2021-04-01], …]}. */
  @Override
  public String toString() {
    return "AnnualPlans" + plans;
  }
}
