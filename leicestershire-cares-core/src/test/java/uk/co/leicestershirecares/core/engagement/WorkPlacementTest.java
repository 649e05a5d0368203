package uk.co.leicestershirecares.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.EqualityAssertions;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * Covers {@link WorkPlacement}: length in calendar days with both ends counted, the partner-name
 * checks, an end before the start rejected naming {@code to}, and value equality.
 */
final class WorkPlacementTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
  private static final LocalDate FRIDAY_WEEK_AFTER = LocalDate.of(2026, 6, 12);

  private static WorkPlacement.Builder twoWeeksAtWates() {
    return WorkPlacement.builder()
        .partner("Wates")
        .programme(ProgrammeCode.WIRE)
        .sector(Sector.CONSTRUCTION)
        .from(MONDAY)
        .to(FRIDAY_WEEK_AFTER)
        .mentored(true)
        .paid(false);
  }

  @Test
  void lengthInDays_ofATwoWeekPlacementFromMondayToTheNextFriday_is12() {
    assertThat(twoWeeksAtWates().build().lengthInDays()).hasValue(12);
  }

  @Test
  void programme_isTheOneSet_andRequired() {
    assertThat(twoWeeksAtWates().programme(ProgrammeCode.UP).build().programme())
        .isEqualTo(ProgrammeCode.UP);
    InvalidRecordException unset = catchThrowableOfType(InvalidRecordException.class,
        () -> WorkPlacement.builder().partner("Wates").sector(Sector.CONSTRUCTION).from(MONDAY)
            .mentored(true).paid(false).build());
    assertThat(unset.field()).isEqualTo("programme");
    assertThat(twoWeeksAtWates().programme(ProgrammeCode.UP).build())
        .isNotEqualTo(twoWeeksAtWates().programme(ProgrammeCode.WIRE).build());
    InvalidRecordException rejected = catchThrowableOfType(
        InvalidRecordException.class, () -> twoWeeksAtWates().programme(null));
    assertThat(rejected.field()).isEqualTo("programme");
  }

  @Test
  void lengthInDays_ofAOneDayPlacement_is1() {
    assertThat(twoWeeksAtWates().to(MONDAY).build().lengthInDays()).hasValue(1);
  }

  @Test
  void lengthInDays_isEmptyWhileThePlacementRuns() {
    WorkPlacement running =
        twoWeeksAtWates().to(Optional.empty()).build();

    assertThat(running.lengthInDays()).isEmpty();
  }

  @Test
  void anEndBeforeTheStart_isRejectedNamingTo() {
    InvalidRecordException rejected =
        catchThrowableOfType(
            InvalidRecordException.class, () -> twoWeeksAtWates().to(MONDAY.minusDays(1)).build());

    assertThat(rejected.field()).isEqualTo("to");
  }

  @Test
  void aBlankOrOverlongPartner_isRejectedNamingPartner() {
    for (String partner :
        List.of("", " ", "x".repeat(WorkPlacement.MAX_PARTNER_NAME_LENGTH + 1))) {
      InvalidRecordException rejected =
          catchThrowableOfType(
              InvalidRecordException.class, () -> twoWeeksAtWates().partner(partner).build());
      assertThat(rejected).as("partner of %s characters", partner.length()).isNotNull();
      assertThat(rejected.field()).isEqualTo("partner");
    }
  }

  @Test
  void equality_followsEveryField() {
    EqualityAssertions.assertEqualOnlyToCopies(
        () -> twoWeeksAtWates().build(),
        List.of(
            twoWeeksAtWates().partner("Walkers Deli").build(),
            twoWeeksAtWates().sector(Sector.FOOD_PRODUCTION).build(),
            twoWeeksAtWates().from(MONDAY.plusDays(1)).build(),
            twoWeeksAtWates().to(FRIDAY_WEEK_AFTER.minusDays(1)).build(),
            twoWeeksAtWates().mentored(false).build(),
            twoWeeksAtWates().paid(true).build()));
  }
}
