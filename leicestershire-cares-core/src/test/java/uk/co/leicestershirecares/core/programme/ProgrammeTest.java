package uk.co.leicestershirecares.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
            Programme.builder().code(ProgrammeCode.WIRE).name("WIRE")
                .description("Employability workshops and work placements.").build()));
  }
}
