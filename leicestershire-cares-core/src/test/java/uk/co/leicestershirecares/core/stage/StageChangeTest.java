package uk.co.leicestershirecares.core.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The order of the stages and what moving forward and back means.
 *
 * <p>docs/policy-decisions.md: "The stages are ordered power within, power with, power to (WITHIN,
 * WITH, TO): a change towards power to is a move forward and a change towards power within is a
 * move back."
 */
final class StageChangeTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  @Test
  void theStagesAreDeclaredPowerWithinPowerWithPowerTo() {
    assertThat(Stage.values()).containsExactly(Stage.WITHIN, Stage.WITH, Stage.TO);
  }

  @Test
  void aChangeTowardsPowerToIsForwardEvenWhenItSkipsAStage() {
    for (StageChange change : new StageChange[] {
        StageChange.of(DAY, Stage.WITHIN, Stage.WITH), StageChange.of(DAY, Stage.WITH, Stage.TO),
        StageChange.of(DAY, Stage.WITHIN, Stage.TO)}) {
      assertThat(change.isForward()).as("%s", change).isTrue();
      assertThat(change.isBack()).as("%s", change).isFalse();
    }
  }

  @Test
  void aChangeTowardsPowerWithinIsBackEvenWhenItSkipsAStage() {
    // Toiyan: power to with a completed training, back to power within while rough sleeping.
    for (StageChange change : new StageChange[] {
        StageChange.of(DAY, Stage.TO, Stage.WITH), StageChange.of(DAY, Stage.WITH, Stage.WITHIN),
        StageChange.of(DAY, Stage.TO, Stage.WITHIN)}) {
      assertThat(change.isBack()).as("%s", change).isTrue();
      assertThat(change.isForward()).as("%s", change).isFalse();
    }
  }

  @Test
  void theFirstEntryOfAHistoryIsNeitherForwardNorBack() {
    for (Stage stage : Stage.values()) {
      StageChange first = StageChange.first(DAY, stage);
      assertThat(first.isForward()).isFalse();
      assertThat(first.isBack()).isFalse();
    }
  }
}
