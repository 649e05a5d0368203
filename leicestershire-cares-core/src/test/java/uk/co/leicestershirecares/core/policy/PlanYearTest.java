package uk.co.leicestershirecares.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import uk.co.leicestershirecares.core.EqualityAssertions;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.plan.PlanYear;

/**
 * Covers {@link PlanYear}: every date from 1901 to 2200 lies in exactly one plan year (1 April to
 * 31 March), its four quarters tile it, and the text forms {@code 2024/25}, {@code 2024-25} and
 * {@code 2024/2025} parse back to the same year.
 */
final class PlanYearTest {
  static Gen<LocalDate> dates1901To2200() {
    return Generate.longRange(
            LocalDate.of(1901, 1, 1).toEpochDay(), LocalDate.of(2200, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  static Gen<PlanYear> planYears() {
    return Generate.range(PlanYear.MIN_START_YEAR, PlanYear.MAX_START_YEAR)
        .map(PlanYear::startingIn);
  }

  @Test
  void startingIn2024_runsFromApril1To31March2025() {
    PlanYear year = PlanYear.startingIn(2024);

    assertThat(year.start()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(year.startYear()).isEqualTo(2024);
    assertThat(year).hasToString("2024/25");
  }

  @Test
  void containing_putsMarch31InTheYearBefore_andApril1InTheYearThatStarts() {
    assertThat(PlanYear.containing(LocalDate.of(2025, 3, 31))).isEqualTo(PlanYear.startingIn(2024));
    assertThat(PlanYear.containing(LocalDate.of(2025, 4, 1))).isEqualTo(PlanYear.startingIn(2025));
  }

  @Test
  void everyDate_liesInExactlyOnePlanYear() {
    qt().withExamples(2000)
        .forAll(dates1901To2200())
        .checkAssert(date -> {
          PlanYear year = PlanYear.containing(date);
          assertThat(year.contains(date)).as("%s contains %s", year, date).isTrue();
          assertThat(year.next().contains(date)).as("%s contains %s", year.next(), date).isFalse();
          if (year.startYear() == PlanYear.MIN_START_YEAR) {
            assertThatThrownBy(year::previous).isInstanceOf(InvalidRecordException.class);
          } else {
            assertThat(year.previous().contains(date))
                .as("%s contains %s", year.previous(), date)
                .isFalse();
          }
          assertThat(year.start()).isBeforeOrEqualTo(date).hasMonthValue(4).hasDayOfMonth(1);
          assertThat(year.end()).isAfterOrEqualTo(date);
        });
  }

  @Test
  void nextAndPrevious_areConsecutiveYears_withNoGapOrOverlap() {
    qt().withExamples(500)
        .forAll(Generate.range(PlanYear.MIN_START_YEAR + 1, PlanYear.MAX_START_YEAR - 1)
            .map(PlanYear::startingIn))
        .checkAssert(year -> {
          assertThat(year.next().start()).isEqualTo(year.end().plusDays(1));
          assertThat(year.previous().end()).isEqualTo(year.start().minusDays(1));
          assertThat(year.next().previous()).isEqualTo(year);
          assertThat(year.next()).isGreaterThan(year);
        });
  }

  @Test
  void previous_ofTheEarliestPlanYear_isRejected_andNext_ofTheLatest() {
    // The earliest accepted date of birth, 1900-01-01, still lies in a plan year.
    PlanYear earliest = PlanYear.containing(Participant.EARLIEST_DATE_OF_BIRTH);

    assertThat(earliest).isEqualTo(PlanYear.startingIn(PlanYear.MIN_START_YEAR));
    assertThatThrownBy(earliest::previous)
        .isInstanceOf(InvalidRecordException.class)
        .extracting(e -> ((InvalidRecordException) e).field())
        .isEqualTo("planYear");
    assertThatThrownBy(() -> PlanYear.startingIn(PlanYear.MAX_START_YEAR).next())
        .isInstanceOf(InvalidRecordException.class);
  }

  @Test
  void quarters_tileThePlanYear() {
    qt().withExamples(500)
        .forAll(planYears())
        .checkAssert(year -> {
          List<FinancialQuarter> quarters = year.quarters();
          assertThat(quarters).hasSize(4);
          assertThat(quarters.get(0).start()).isEqualTo(year.start());
          for (int i = 0; i < 3; i++) {
            assertThat(quarters.get(i).end().plusDays(1)).isEqualTo(quarters.get(i + 1).start());
            assertThat(quarters.get(i).next()).isEqualTo(quarters.get(i + 1));
          }
          assertThat(quarters.get(3).end()).isEqualTo(year.end());
          for (int i = 0; i < 4; i++) {
            assertThat(quarters.get(i).number()).isEqualTo(i + 1);
            assertThat(quarters.get(i).planYear()).isEqualTo(year);
            assertThat(year.quarter(i + 1)).isEqualTo(quarters.get(i));
          }
        });
  }

  @Test
  void parse_readsBackWhatToStringWrites() {
    qt().withExamples(1000)
        .forAll(planYears())
        .checkAssert(year -> assertThat(PlanYear.parse(year.toString())).isEqualTo(year));
  }

  @Test
  void parse_acceptsAHyphenAndAFourDigitSecondYear() {
    qt().withExamples(500)
        .forAll(planYears())
        .checkAssert(year -> {
          int start = year.startYear();
          assertThat(PlanYear.parse(String.format("%d-%02d", start, (start + 1) % 100)))
              .isEqualTo(year);
          assertThat(PlanYear.parse(start + "/" + (start + 1))).isEqualTo(year);
        });
  }

  @Test
  void parse_acceptsTheFormsTheCharityWrites() {
    PlanYear year = PlanYear.startingIn(2024);

    assertThat(PlanYear.parse("2024/25")).isEqualTo(year);
    assertThat(PlanYear.parse("2024-25")).isEqualTo(year);
    assertThat(PlanYear.parse("2024/2025")).isEqualTo(year);
    assertThat(PlanYear.parse(" 2024 / 25 ")).isEqualTo(year);
  }

  @Test
  void parse_acceptsAYearThatCrossesACentury() {
    assertThat(PlanYear.parse("1999/00")).isEqualTo(PlanYear.startingIn(1999));
    assertThat(PlanYear.startingIn(1999)).hasToString("1999/00");
    assertThat(PlanYear.parse("2099-2100")).isEqualTo(PlanYear.startingIn(2099));
  }

  @Test
  void parse_rejectsYearsThatAreNotConsecutive() {
    for (String text : List.of("2024/26", "2024/24", "2024/2026", "2024-23", "1999/01")) {
      assertThatThrownBy(() -> PlanYear.parse(text))
          .as(text)
          .isInstanceOf(InvalidRecordException.class)
          .extracting(e -> ((InvalidRecordException) e).field())
          .isEqualTo("planYear");
    }
  }

  @Test
  void parse_rejectsTextThatIsNotAPlanYear() {
    for (String text : List.of("", "2024", "24/25", "2024/5", "2024/025", "2024 25", "FY2024/25",
        "2024/25 Q1", "abcd/ef", "1898/99")) {
      assertThatThrownBy(() -> PlanYear.parse(text))
          .as(text)
          .isInstanceOf(InvalidRecordException.class);
    }
  }

  @Test
  void startingIn_rejectsYearsOutsideTheRange() {
    assertThatThrownBy(() -> PlanYear.startingIn(PlanYear.MIN_START_YEAR - 1))
        .isInstanceOf(InvalidRecordException.class);
    assertThatThrownBy(() -> PlanYear.startingIn(PlanYear.MAX_START_YEAR + 1))
        .isInstanceOf(InvalidRecordException.class);
  }

  @Test
  void equality_isByStartYear_andOrderFollowsIt() {
    EqualityAssertions.assertEqualOnlyToCopies(
        () -> PlanYear.parse("2023/24"),
        List.of(PlanYear.startingIn(2024), PlanYear.startingIn(2022)));
    assertThat(PlanYear.startingIn(2023)).isLessThan(PlanYear.startingIn(2024));
  }
}
