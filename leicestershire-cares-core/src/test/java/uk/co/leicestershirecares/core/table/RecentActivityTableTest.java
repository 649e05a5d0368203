package uk.co.leicestershirecares.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The recent-activity table: a window for every day, and an analyst's mistakes at their cell. */
final class RecentActivityTableTest {
  private static final String FILE = "recent-activity.drl.csv";
  private static final String SHIPPED = RecentActivityTable.shippedText();
  private static final String ROW = SHIPPED.lines()
      .filter(l -> l.startsWith("STAGE.recent-window,")).findFirst().orElseThrow();

  @Test
  void theShippedWindowIsThirteenWeeksAlways() {
    RecentActivityTable table = RecentActivityTable.shipped();

    assertThat(table.windowOn(LocalDate.of(1990, 1, 1))).isEqualTo(Period.ofWeeks(13));
    assertThat(table.windowOn(LocalDate.of(2026, 11, 25))).isEqualTo(Period.ofWeeks(13));
    assertThat(table.windows()).containsExactly(Period.ofWeeks(13));
    assertThat(table.changeDays()).isEmpty();
  }

  @Test
  void aWindowThatChangesOnADayIsTwoRows() {
    RecentActivityTable table = RecentActivityTable.read(FILE, twoRows("until 2025-12-31",
        "from 2026-01-01", "30 days"));

    assertThat(table.windowOn(LocalDate.of(2025, 12, 31))).isEqualTo(Period.ofWeeks(13));
    assertThat(table.windowOn(LocalDate.of(2026, 1, 1))).isEqualTo(Period.ofDays(30));
    assertThat(table.changeDays()).containsExactly(LocalDate.of(2026, 1, 1));
  }

  @Test
  void daysWithoutAWindowOrWithTwoAreReportedAtTheirCell() {
    assertThat(problems(twoRows("until 2025-12-31", "from 2026-01-05", "30 days")))
        .containsExactly(FILE + ":10:3: leaves the days from 2026-01-01 to 2026-01-04 without"
            + " a window");
    assertThat(problems(twoRows("until 2025-12-31", "from 2025-12-01", "30 days")))
        .containsExactly(FILE + ":10:3: overlaps another row: every day must be in exactly one"
            + " row");
    assertThat(problems(SHIPPED.replace(",always,", ",from 2020-01-01,"))).containsExactly(FILE
        + ":9:3: the first row in force must be always or start from the beginning, so that"
        + " every date has a window");
    assertThat(problems(SHIPPED.replace(",always,", ",until 2030-01-01,"))).containsExactly(FILE
        + ":0:0: the last row must have no end (always or from a date), so that every date has"
        + " a window");
  }

  /**
   * NullAway's first find: a row after one without an end (which covers every day on) threw a
   * NullPointerException instead of reporting the overlap at the later row's cell.
   */
  @Test
  void aRowAfterOneWithoutAnEndOverlapsIt() {
    assertThat(problems(twoRows("always", "from 2026-01-01", "30 days")))
        .containsExactly(FILE + ":10:3: overlaps another row: every day must be in exactly one"
            + " row");
  }

  @Test
  void aWindowThatIsNotWeeksOrDaysIsReportedAtItsCell() {
    assertThat(problems(SHIPPED.replace(",13 weeks,", ",3 months,"))).containsExactly(FILE
        + ":9:4: Recent window \"3 months\" is not a whole number of weeks or days, such as 13"
        + " weeks, 1 week or 30 days");
    assertThat(problems(SHIPPED.replace(",13 weeks,", ",0 days,"))).hasSize(1);
    assertThat(problems(SHIPPED.replace(",13 weeks,", ",1 weeks,"))).hasSize(1);
  }

  private static String twoRows(String firstInForce, String secondInForce, String window) {
    return SHIPPED.replace(ROW, ROW.replace(",always,", "," + firstInForce + ","))
        + ROW.replace("STAGE.recent-window,", "STAGE.recent-window-2,")
            .replace(",always,", "," + secondInForce + ",").replace(",13 weeks,", "," + window + ",")
        + "\n";
  }

  private static java.util.List<String> problems(String text) {
    PolicyTableException e = catchThrowableOfType(PolicyTableException.class,
        () -> RecentActivityTable.read(FILE, text));
    assertThat(e).as("the table was accepted").isNotNull();
    return e.problems().stream().map(TableProblem::toString).toList();
  }
}
