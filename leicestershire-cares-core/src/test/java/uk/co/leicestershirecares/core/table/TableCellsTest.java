package uk.co.leicestershirecares.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.EqualityAssertions;
import uk.co.leicestershirecares.core.stage.Stage;

/** How checked cells read, for both engines, and the small values they read into. */
final class TableCellsTest {
  @Test
  void yesAndNoAreTheOnlyAnswers() {
    assertThat(TableCells.yes("yes")).isTrue();
    assertThat(TableCells.yes("no")).isFalse();
    assertThatThrownBy(() -> TableCells.yes("Yes"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("not yes or no: Yes");
  }

  @Test
  void aStageOrNone() {
    assertThat(TableCells.stage("WITH")).contains(Stage.WITH);
    assertThat(TableCells.stage("none")).isEmpty();
    assertThatThrownBy(() -> TableCells.stage("LATER"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void weeksAreASortedSetOrNone() {
    assertThat(TableCells.weeks("13 26")).containsExactly(13, 26);
    assertThat(TableCells.weeks("26  13")).containsExactly(13, 26);
    assertThat(TableCells.weeks("none")).isEmpty();
    assertThatThrownBy(() -> TableCells.weeks("thirteen"))
        .isInstanceOf(NumberFormatException.class);
  }

  @Test
  void anInForceCellCoversItsDaysBothIncluded() {
    LocalDate first = LocalDate.of(2024, 4, 1);
    LocalDate last = LocalDate.of(2027, 3, 31);
    assertThat(TableCells.inForce("always"))
        .isEqualTo(new TableCells.InForce(LocalDate.MIN, null));
    assertThat(TableCells.inForce("until 2027-03-31"))
        .isEqualTo(new TableCells.InForce(LocalDate.MIN, last));
    assertThat(TableCells.inForce("from 2024-04-01"))
        .isEqualTo(new TableCells.InForce(first, null));
    TableCells.InForce days = TableCells.inForce("2024-04-01 to 2027-03-31");
    assertThat(days).isEqualTo(new TableCells.InForce(first, last));
    assertThat(days.covers(first)).isTrue();
    assertThat(days.covers(last)).isTrue();
    assertThat(days.covers(first.minusDays(1))).isFalse();
    assertThat(days.covers(last.plusDays(1))).isFalse();
    assertThat(TableCells.inForceOn("from 2024-04-01", LocalDate.MAX)).isTrue();
    assertThat(TableCells.inForceOn("until 2027-03-31", LocalDate.MIN)).isTrue();
    assertThatThrownBy(() -> TableCells.inForce("sometimes"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDecisionTableRowIsAValueNumberedFromOne() {
    EqualityAssertions.assertEqualOnlyToCopies(
        () -> new DecisionTable.Row(7, ImmutableList.of("UP.age", "yes")),
        List.of(new DecisionTable.Row(8, ImmutableList.of("UP.age", "yes")),
            new DecisionTable.Row(7, ImmutableList.of("UP.age", "no"))));
    DecisionTable.Row row = new DecisionTable.Row(7, ImmutableList.of("UP.age", "yes"));
    assertThat(row.size()).isEqualTo(2);
    assertThat(row.cell(2)).isEqualTo("yes");
    assertThat(row).hasToString("Row[7]");
    assertThatThrownBy(() -> new DecisionTable.Row(0, ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DecisionTable.Row(1, null))
        .isInstanceOf(NullPointerException.class).hasMessage("cells");
  }
}
