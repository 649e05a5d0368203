package uk.co.leicestershirecares.core.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.EqualityAssertions;
import uk.co.leicestershirecares.core.InvalidRecordException;

/** Covers {@link Partner}: name checks, involvements in order, and value equality. */
final class PartnerTest {
  private static final PartnerInvolvement MOCK_INTERVIEW =
      PartnerInvolvement.builder()
          .type(InvolvementType.MOCK_INTERVIEW)
          .date(LocalDate.of(2023, 6, 1))
          .build();
  private static final PartnerInvolvement FUNDING =
      PartnerInvolvement.builder()
          .type(InvolvementType.FUNDING)
          .date(LocalDate.of(2023, 6, 2))
          .amount(Money.ofPounds(500))
          .build();

  private static Partner.Builder hastings() {
    return Partner.builder().name("Hastings Direct").member(true).addInvolvement(MOCK_INTERVIEW);
  }

  @Test
  void involvements_keepTheOrderRecorded() {
    Partner partner = hastings().addInvolvement(FUNDING).build();

    assertThat(partner.involvements()).containsExactly(MOCK_INTERVIEW, FUNDING);
  }

  @Test
  void aBlankOrOverlongName_isRejectedNamingName() {
    for (String name : List.of("", "   ", "x".repeat(Partner.MAX_NAME_LENGTH + 1))) {
      InvalidRecordException rejected =
          catchThrowableOfType(
              InvalidRecordException.class,
              () -> Partner.builder().name(name).member(false).build());
      assertThat(rejected).as("name of %s characters", name.length()).isNotNull();
      assertThat(rejected.field()).isEqualTo("name");
    }
    assertThat(Partner.builder().name("x".repeat(Partner.MAX_NAME_LENGTH)).member(false).build()
        .name()).hasSize(Partner.MAX_NAME_LENGTH);
  }

  @Test
  void equality_followsEveryField() {
    EqualityAssertions.assertEqualOnlyToCopies(
        () -> hastings().build(),
        List.of(
            hastings().name("Wates").build(),
            hastings().member(false).build(),
            hastings().addInvolvement(FUNDING).build()));
  }
}
