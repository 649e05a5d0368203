package uk.co.leicestershirecares.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * Covers {@link ProgrammeCatalogue}: the standard catalogue holds the six programmes of the source
 * documents in order, {@link ProgrammeCatalogue#with} returns a new catalogue and refuses a code
 * already present, and asking for an unknown code fails with {@link UnknownProgrammeException}.
 */
final class ProgrammeCatalogueTest {
  private static final ProgrammeCode YOUTH_VOICE = ProgrammeCode.of("YOUTH_VOICE");

  private static Programme youthVoice() {
    return Programme.builder()
        .code(YOUTH_VOICE)
        .name("Youth Voice")
        .description("Young people speaking to decision makers about their lived experience.")
        .build();
  }

  @Test
  void standard_holdsTheSixProgrammesOfTheSourceDocuments_inOrder() {
    assertThat(ProgrammeCatalogue.standard().programmes())
        .extracting(Programme::code)
        .containsExactly(
            ProgrammeCode.UP,
            ProgrammeCode.WIRE,
            ProgrammeCode.LEAVING_CARE,
            ProgrammeCode.CARE_LEAVER_MENTORING,
            ProgrammeCode.MIND_MATTERS,
            ProgrammeCode.TARGETED_YOUTH_WORK);
    assertThat(ProgrammeCatalogue.standard())
        .hasToString(
            "ProgrammeCatalogue[UP, WIRE, LEAVING_CARE, CARE_LEAVER_MENTORING, MIND_MATTERS,"
                + " TARGETED_YOUTH_WORK]");
  }

  @Test
  void standard_namesUpAndItsFunder() {
    Programme up = ProgrammeCatalogue.standard().get(ProgrammeCode.UP);

    assertThat(up.name()).isEqualTo("UP \u2014 Unlocking Potential");
    assertThat(up.funder()).hasValue("Leicestershire Police and Crime Commissioner");
    assertThat(ProgrammeCatalogue.standard().get(ProgrammeCode.MIND_MATTERS).funder()).isEmpty();
  }

  @Test
  void with_addsAProgrammeAtTheEnd_andLeavesTheOriginalUnchanged() {
    ProgrammeCatalogue extended = ProgrammeCatalogue.standard().with(youthVoice());

    assertThat(extended.programmes()).hasSize(7).last().isEqualTo(youthVoice());
    assertThat(extended.contains(YOUTH_VOICE)).isTrue();
    assertThat(extended.get(YOUTH_VOICE)).isEqualTo(youthVoice());
    assertThat(ProgrammeCatalogue.standard().contains(YOUTH_VOICE)).isFalse();
    assertThat(ProgrammeCatalogue.standard().programmes()).hasSize(6);
    assertThat(extended).isNotEqualTo(ProgrammeCatalogue.standard());
    assertThat(ProgrammeCatalogue.standard().with(youthVoice())).isEqualTo(extended)
        .hasSameHashCodeAs(extended);
  }

  @Test
  void with_rejectsACodeAlreadyInTheCatalogue() {
    Programme anotherUp =
        Programme.builder().code(ProgrammeCode.UP).name("UP again").description("A copy.").build();

    InvalidRecordException rejected =
        catchThrowableOfType(
            InvalidRecordException.class, () -> ProgrammeCatalogue.standard().with(anotherUp));

    assertThat(rejected.field()).isEqualTo("programme");
    assertThat(rejected).hasMessageContaining("UP");
    assertThat(ProgrammeCatalogue.standard().get(ProgrammeCode.UP).name())
        .isNotEqualTo("UP again");
  }

  @Test
  void of_rejectsTwoProgrammesWithOneCode() {
    InvalidRecordException rejected =
        catchThrowableOfType(
            InvalidRecordException.class, () -> ProgrammeCatalogue.of(youthVoice(), youthVoice()));

    assertThat(rejected.field()).isEqualTo("programme");
  }

  @Test
  void get_ofAnUnknownCode_throwsUnknownProgrammeException_andFindIsEmpty() {
    UnknownProgrammeException unknown =
        catchThrowableOfType(
            UnknownProgrammeException.class, () -> ProgrammeCatalogue.standard().get(YOUTH_VOICE));

    assertThat(unknown.code()).isEqualTo(YOUTH_VOICE);
    assertThat(unknown.field()).isEqualTo("programme");
    assertThat(unknown).isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("YOUTH_VOICE");
    assertThat(ProgrammeCatalogue.standard().find(YOUTH_VOICE)).isEmpty();
    assertThat(ProgrammeCatalogue.standard().find(ProgrammeCode.WIRE)).isPresent();
  }
}
