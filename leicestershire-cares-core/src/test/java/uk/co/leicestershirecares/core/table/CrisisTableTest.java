package uk.co.leicestershirecares.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.participant.CircumstanceType;

/** The crises table: which circumstances are crises, and an analyst's mistakes at their cell. */
final class CrisisTableTest {
  private static final String SHIPPED = CrisisTable.shippedText();

  @Test
  void theShippedCrisesAreRoughSleepingHomelessnessAndAnAbusiveRelationship() {
    assertThat(CrisisTable.shipped().crises()).containsExactlyInAnyOrder(
        CircumstanceType.ROUGH_SLEEPING, CircumstanceType.HOMELESS,
        CircumstanceType.ABUSIVE_RELATIONSHIP);
    assertThat(CrisisTable.shipped().isCrisis(CircumstanceType.DEBT)).isFalse();
  }

  @Test
  void aCrisisAddedIsARow() {
    CrisisTable table = CrisisTable.read("crises.drl.csv", SHIPPED
        + "CRISIS.mental-health,policy-decisions.md,MENTAL_HEALTH_NEED,An acute need.\n");

    assertThat(table.isCrisis(CircumstanceType.MENTAL_HEALTH_NEED)).isTrue();
    assertThat(table.crises()).hasSize(4);
  }

  @Test
  void anUnknownCircumstanceAndATwiceNamedOneAreReportedAtTheirCells() {
    PolicyTableException unknown = catchThrowableOfType(PolicyTableException.class,
        () -> CrisisTable.read("crises.drl.csv", SHIPPED.replace(",HOMELESS,", ",HOMELES,")));
    PolicyTableException twice = catchThrowableOfType(PolicyTableException.class,
        () -> CrisisTable.read("crises.drl.csv", SHIPPED.replace(",HOMELESS,", ",ROUGH_SLEEPING,")));

    assertThat(unknown.problems()).extracting(TableProblem::toString).singleElement()
        .asString().startsWith("crises.drl.csv:10:3: Crisis circumstance \"HOMELES\" is not one of");
    assertThat(twice.problems()).extracting(TableProblem::toString).containsExactly(
        "crises.drl.csv:10:3: ROUGH_SLEEPING is already a crisis on row 9");
  }
}
