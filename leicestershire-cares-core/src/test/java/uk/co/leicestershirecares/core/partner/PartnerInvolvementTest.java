package uk.co.leicestershirecares.core.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.EqualityAssertions;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * Covers {@link PartnerInvolvement}: a {@code FUNDING} involvement carries an amount and no other
 * kind does, and value equality.
 */
final class PartnerInvolvementTest {
  private static final LocalDate DAY = LocalDate.of(2023, 5, 17);

  private static PartnerInvolvement.Builder funding() {
    return PartnerInvolvement.builder()
        .type(InvolvementType.FUNDING)
        .date(DAY)
        .programme(ProgrammeCode.LEAVING_CARE)
        .amount(Money.ofPounds(1000));
  }

  @Test
  void funding_carriesItsAmount() {
    assertThat(funding().build().amount()).hasValue(Money.ofPounds(1000));
  }

  @Test
  void fundingWithoutAnAmount_isRejected() {
    InvalidRecordException rejected =
        catchThrowableOfType(
            InvalidRecordException.class,
            () -> PartnerInvolvement.builder().type(InvolvementType.FUNDING).date(DAY).build());

    assertThat(rejected.field()).isEqualTo("amountPence");
  }

  @Test
  void anAmountOnAnythingButFunding_isRejected() {
    for (InvolvementType type : InvolvementType.values()) {
      if (type == InvolvementType.FUNDING) {
        continue;
      }
      InvalidRecordException rejected =
          catchThrowableOfType(
              InvalidRecordException.class,
              () -> PartnerInvolvement.builder().type(type).date(DAY).amount(Money.ofPence(1))
                  .build());
      assertThat(rejected).as("%s with an amount", type).isNotNull();
      assertThat(rejected.field()).isEqualTo("amountPence");
    }
  }

  @Test
  void anythingButFunding_buildsWithoutAnAmount() {
    PartnerInvolvement mockInterview =
        PartnerInvolvement.builder().type(InvolvementType.MOCK_INTERVIEW).date(DAY).build();

    assertThat(mockInterview.amount()).isEmpty();
    assertThat(mockInterview.programme()).isEmpty();
  }

  @Test
  void equality_followsEveryField() {
    EqualityAssertions.assertEqualOnlyToCopies(
        () -> funding().build(),
        List.of(
            funding().date(DAY.plusDays(1)).build(),
            funding().programme(ProgrammeCode.UP).build(),
            funding().amount(Money.ofPounds(999)).build(),
            PartnerInvolvement.builder().type(InvolvementType.FUNDING).date(DAY)
                .amount(Money.ofPounds(1000)).build()));
  }
}
