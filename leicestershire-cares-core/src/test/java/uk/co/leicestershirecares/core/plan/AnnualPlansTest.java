package uk.co.leicestershirecares.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.table.AnnualPlanTable;

/**
 * Covers {@link AnnualPlans} as a record: its public constructor orders the plans and rejects
 * what {@link AnnualPlans#of} rejects, so no caller can build plans out of order.
 */
final class AnnualPlansTest {
  private static final ImmutableList<AnnualPlan> SHIPPED =
      AnnualPlanTable.shipped().plans(ProgrammeCode.TARGETED_YOUTH_WORK).plans();

  @Test
  void theConstructorOrdersThePlans_andEqualityIsByPlans() {
    assertThat(SHIPPED).hasSizeGreaterThan(1);
    AnnualPlans reversed = new AnnualPlans(SHIPPED.reverse());
    assertThat(reversed.plans()).isEqualTo(SHIPPED);
    new EqualsTester()
        .addEqualityGroup(reversed, AnnualPlans.of(SHIPPED.toArray(new AnnualPlan[0])),
            AnnualPlans.of(SHIPPED.get(1)).with(SHIPPED.get(0)))
        .addEqualityGroup(AnnualPlans.of(SHIPPED.get(0)))
        .addEqualityGroup(AnnualPlans.of())
        .testEquals();
  }

  @Test
  void theConstructorRejectsNull_andTwoPlansInForceFromOneDay() {
    assertThat(catchThrowableOfType(InvalidRecordException.class, () -> new AnnualPlans(null))
        .field()).isEqualTo("plans");
    InvalidRecordException twice = catchThrowableOfType(InvalidRecordException.class,
        () -> new AnnualPlans(ImmutableList.of(SHIPPED.get(0), SHIPPED.get(0))));
    assertThat(twice.field()).isEqualTo("plans");
    assertThat(twice).hasMessageContaining("two annual plans come into force on "
        + SHIPPED.get(0).effectiveFrom());
  }

  @Test
  void printsThePlans() {
    assertThat(AnnualPlans.of(SHIPPED.get(0))).hasToString("AnnualPlans[" + SHIPPED.get(0) + "]");
  }
}
