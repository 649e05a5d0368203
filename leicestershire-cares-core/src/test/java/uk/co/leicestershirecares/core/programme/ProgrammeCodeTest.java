package uk.co.leicestershirecares.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uk.co.leicestershirecares.core.RejectionAssertions.assertRejectedNaming;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.EqualityAssertions;
import uk.co.leicestershirecares.core.InvalidRecordException;

/** Covers {@link ProgrammeCode}: the code format, the named constants, and equality by text. */
final class ProgrammeCodeTest {
  @Test
  void of_acceptsAnUpperCaseLetterFollowedByUpTo31LettersDigitsOrUnderscores() {
    assertThat(ProgrammeCode.of("UP")).isEqualTo(ProgrammeCode.UP);
    assertThat(ProgrammeCode.of("X").value()).isEqualTo("X");
    String longest = "A" + "B_9".repeat(10) + "C";
    assertThat(longest).hasSize(32);
    assertThat(ProgrammeCode.of(longest)).hasToString(longest);
  }

  @Test
  void of_rejectsALowerCaseCode_namingProgramme() {
    assertRejectedNaming("programme", () -> ProgrammeCode.of("up"));
  }

  @Test
  void of_rejectsA33CharacterCode() {
    assertThat(catchThrowableOfType(InvalidRecordException.class,
        () -> ProgrammeCode.of("A".repeat(33)))).isNotNull();
  }

  @Test
  void constants_areTheirOwnNames() {
    assertThat(List.of(ProgrammeCode.UP, ProgrammeCode.WIRE, ProgrammeCode.LEAVING_CARE,
            ProgrammeCode.CARE_LEAVER_MENTORING, ProgrammeCode.MIND_MATTERS,
            ProgrammeCode.TARGETED_YOUTH_WORK))
        .extracting(ProgrammeCode::value)
        .containsExactly("UP", "WIRE", "LEAVING_CARE", "CARE_LEAVER_MENTORING", "MIND_MATTERS",
            "TARGETED_YOUTH_WORK");
  }

  @Test
  void equality_isByText_andOrderIsAlphabetical() {
    EqualityAssertions.assertEqualOnlyToCopies(
        () -> ProgrammeCode.of("WIRE"), List.of(ProgrammeCode.UP, ProgrammeCode.of("WIRE2")));
    assertThat(ProgrammeCode.UP).isGreaterThan(ProgrammeCode.LEAVING_CARE);
  }
}
