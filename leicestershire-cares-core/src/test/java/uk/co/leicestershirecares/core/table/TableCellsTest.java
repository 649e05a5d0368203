package uk.co.leicestershirecares.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.stage.Stage;

/** How checked cells read, for both engines. */
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
}
