package uk.co.leicestershirecares.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.EqualityAssertions;
import uk.co.leicestershirecares.core.InvalidRecordException;

/** Covers {@link Programme}: blank names, descriptions and funders are rejected; equality. */
final class ProgrammeTest {
  private static Programme.Builder wire() {
    return Programme.builder()
        .code(ProgrammeCode.WIRE)
        .name("WIRE")
        .description("Employability workshops and work placements.")
        .funder("Leicestershire Police and Crime Commissioner");
  }

  @Test
  void blankText_isRejectedNamingTheField() {
    assertThat(catchThrowableOfType(InvalidRecordException.class, () -> wire().name(" ").build())
        .field()).isEqualTo("name");
    assertThat(catchThrowableOfType(InvalidRecordException.class,
        () -> wire().description("").build()).field()).isEqualTo("description");
    assertThat(catchThrowableOfType(InvalidRecordException.class,
        () -> wire().funder("\t").build()).field()).isEqualTo("funder");
  }

  @Test
  void equality_followsEveryField() {
    EqualityAssertions.assertEqualOnlyToCopies(
        () -> wire().build(),
        List.of(
            wire().code(ProgrammeCode.of("WIRE2")).build(),
            wire().name("Wire").build(),
            wire().description("Workshops.").build(),
            wire().runsFrom(LocalDate.of(2007, 4, 1)).build(),
            wire().runsUntil(LocalDate.of(2030, 3, 31)).build(),
            Programme.builder().code(ProgrammeCode.WIRE).name("WIRE")
                .description("Employability workshops and work placements.").build()));
  }

  // policy-decisions.md: "A programme runs between the dates its catalogue entry records, and no
  // one is eligible for it on a day it did not run: UP from 1 September 2019, WIRE from 1 April
  // 2007, the others on every day."
  @Test
  void runsOn_includesBothEnds_andAnUnrecordedEndIsOpen() {
    Programme summer = wire().runsFrom(LocalDate.of(2020, 6, 1))
        .runsUntil(LocalDate.of(2023, 8, 31)).build();
    assertThat(summer.runsOn(LocalDate.of(2020, 5, 31))).isFalse();
    assertThat(summer.runsOn(LocalDate.of(2020, 6, 1))).isTrue();
    assertThat(summer.runsOn(LocalDate.of(2023, 8, 31))).isTrue();
    assertThat(summer.runsOn(LocalDate.of(2023, 9, 1))).isFalse();
    assertThat(wire().build().runsOn(LocalDate.of(1900, 1, 1))).isTrue();

    ProgrammeCatalogue standard = ProgrammeCatalogue.standard();
    assertThat(standard.get(ProgrammeCode.UP).runsFrom()).contains(LocalDate.of(2019, 9, 1));
    assertThat(standard.get(ProgrammeCode.WIRE).runsFrom()).contains(LocalDate.of(2007, 4, 1));
    assertThat(standard.programmes()).filteredOn(p -> !p.code().equals(ProgrammeCode.UP)
        && !p.code().equals(ProgrammeCode.WIRE))
        .allSatisfy(p -> assertThat(p.runsFrom()).isEmpty());
  }

  @Test
  void anEndBeforeTheStart_isRejectedNamingRunsUntil() {
    assertThat(catchThrowableOfType(InvalidRecordException.class, () -> wire()
        .runsFrom(LocalDate.of(2020, 6, 1)).runsUntil(LocalDate.of(2020, 5, 31)).build())
        .field()).isEqualTo("runsUntil");
  }
}
