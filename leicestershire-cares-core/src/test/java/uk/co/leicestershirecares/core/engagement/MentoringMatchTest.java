package uk.co.leicestershirecares.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.EqualityAssertions;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/** Covers {@link MentoringMatch}: active on a date, both ends inclusive; ends; equality. */
final class MentoringMatchTest {
  private static final LocalDate FROM = LocalDate.of(2023, 9, 1);
  private static final LocalDate TO = LocalDate.of(2024, 8, 31);

  private static MentoringMatch.Builder match() {
    return MentoringMatch.builder()
        .programme(ProgrammeCode.CARE_LEAVER_MENTORING)
        .from(FROM)
        .to(TO);
  }

  @Test
  void isActiveOn_includesBothEnds() {
    MentoringMatch match = match().build();

    assertThat(match.isActiveOn(FROM.minusDays(1))).isFalse();
    assertThat(match.isActiveOn(FROM)).isTrue();
    assertThat(match.isActiveOn(TO)).isTrue();
    assertThat(match.isActiveOn(TO.plusDays(1))).isFalse();
  }

  @Test
  void anEndBeforeTheStart_isRejectedNamingTo() {
    assertThat(catchThrowableOfType(InvalidRecordException.class,
        () -> match().to(FROM.minusDays(1)).build()).field()).isEqualTo("to");
  }

  @Test
  void equality_followsEveryField() {
    EqualityAssertions.assertEqualOnlyToCopies(
        () -> match().build(),
        List.of(
            match().programme(ProgrammeCode.WIRE).build(),
            match().from(FROM.plusDays(1)).build(),
            match().to(TO.plusDays(1)).build()));
  }
}
