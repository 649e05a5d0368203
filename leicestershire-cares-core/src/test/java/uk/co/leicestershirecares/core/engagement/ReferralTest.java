package uk.co.leicestershirecares.core.engagement;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.EqualityAssertions;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/** Covers {@link Referral}: value equality. */
final class ReferralTest {
  private static final LocalDate DAY = LocalDate.of(2023, 5, 10);

  @Test
  void equality_followsEveryField() {
    EqualityAssertions.assertEqualOnlyToCopies(
        () -> Referral.of(ProgrammeCode.UP, DAY, ReferralSource.PROBATION),
        List.of(
            Referral.of(ProgrammeCode.WIRE, DAY, ReferralSource.PROBATION),
            Referral.of(ProgrammeCode.UP, DAY.plusDays(1), ReferralSource.PROBATION),
            Referral.of(ProgrammeCode.UP, DAY, ReferralSource.SELF)));
  }
}
