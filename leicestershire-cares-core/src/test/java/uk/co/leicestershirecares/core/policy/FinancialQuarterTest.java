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
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.plan.PlanYear;

/**
 * Covers {@link FinancialQuarter}: Q1 is April–June and Q4 January–March of the next calendar
 * year, every date from 1901 to 2200 lies in exactly one quarter, and {@code 2023/24 Q1} and
 * {@code Q1 2023/24} parse back to the same quarter.
 */
final class FinancialQuarterTest {
  private static Gen<FinancialQuarter> quarters() {
    return PlanYearTest.planYears().zip(Generate.range(1, 4), FinancialQuarter::of);
  }

  @Test
  void q1Of2023To24_runsFromApril1ToJune30_2023() {
    FinancialQuarter q1 = FinancialQuarter.parse("2023/24 Q1");

    assertThat(q1.start()).isEqualTo(LocalDate.of(2023, 4, 1));
    assertThat(q1.end()).isEqualTo(LocalDate.of(2023, 6, 30));
    assertThat(q1.planYear()).isEqualTo(PlanYear.startingIn(2023));
    assertThat(q1.number()).isEqualTo(1);
  }

  @Test
  void quartersOf2023To24_runJulyToSeptember_OctoberToDecember_andJanuaryToMarch2024() {
    PlanYear year = PlanYear.startingIn(2023);

    assertThat(year.quarter(2).start()).isEqualTo(LocalDate.of(2023, 7, 1));
    assertThat(year.quarter(2).end()).isEqualTo(LocalDate.of(2023, 9, 30));
    assertThat(year.quarter(3).start()).isEqualTo(LocalDate.of(2023, 10, 1));
    assertThat(year.quarter(3).end()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(year.quarter(4).start()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(year.quarter(4).end()).isEqualTo(LocalDate.of(2024, 3, 31));
  }

  @Test
  void containing_mid_January2024_isQ4Of2023To24() {
    FinancialQuarter quarter = FinancialQuarter.containing(LocalDate.of(2024, 1, 15));

    assertThat(quarter).isEqualTo(FinancialQuarter.of(PlanYear.startingIn(2023), 4));
    assertThat(quarter).hasToString("2023/24 Q4");
  }

  @Test
  void q4_endsOnFebruary29InALeapYear_plusMarch() {
    FinancialQuarter q4 = PlanYear.startingIn(2023).quarter(4);

    assertThat(q4.contains(LocalDate.of(2024, 2, 29))).isTrue();
    assertThat(q4.end()).isEqualTo(LocalDate.of(2024, 3, 31));
  }

  @Test
  void everyDate_liesInExactlyOneQuarter_ofItsPlanYear() {
    qt().withExamples(2000)
        .forAll(PlanYearTest.dates1901To2200())
        .checkAssert(date -> {
          FinancialQuarter quarter = FinancialQuarter.containing(date);
          assertThat(quarter.contains(date)).as("%s contains %s", quarter, date).isTrue();
          assertThat(quarter.next().contains(date)).isFalse();
          assertThat(quarter.previous().contains(date)).isFalse();
          assertThat(quarter.planYear()).isEqualTo(PlanYear.containing(date));
          assertThat(quarter.start()).isBeforeOrEqualTo(date).hasDayOfMonth(1);
          assertThat(quarter.end()).isAfterOrEqualTo(date);
        });
  }

  @Test
  void nextAndPrevious_leaveNoGapOrOverlap_acrossPlanYears() {
    qt().withExamples(500)
        .forAll(quarters().assuming(q -> !q.equals(PlanYear.startingIn(PlanYear.MIN_START_YEAR)
            .quarter(1)) && !q.equals(PlanYear.startingIn(PlanYear.MAX_START_YEAR).quarter(4))))
        .checkAssert(quarter -> {
          assertThat(quarter.next().start()).isEqualTo(quarter.end().plusDays(1));
          assertThat(quarter.previous().end()).isEqualTo(quarter.start().minusDays(1));
          assertThat(quarter.next().previous()).isEqualTo(quarter);
          assertThat(quarter.next()).isGreaterThan(quarter);
        });
  }

  @Test
  void next_ofQ4_isQ1OfTheNextPlanYear() {
    assertThat(FinancialQuarter.parse("2023/24 Q4").next())
        .isEqualTo(FinancialQuarter.parse("2024/25 Q1"));
    assertThat(FinancialQuarter.parse("2024/25 Q1").previous())
        .isEqualTo(FinancialQuarter.parse("2023/24 Q4"));
  }

  @Test
  void parse_readsBackWhatToStringWrites_andTheQuarterFirstForm() {
    qt().withExamples(1000)
        .forAll(quarters())
        .checkAssert(quarter -> {
          assertThat(FinancialQuarter.parse(quarter.toString())).isEqualTo(quarter);
          assertThat(FinancialQuarter.parse("Q" + quarter.number() + " " + quarter.planYear()))
              .isEqualTo(quarter);
        });
  }

  @Test
  void parse_acceptsTheFormsTheCharityWrites() {
    FinancialQuarter expected = FinancialQuarter.of(PlanYear.startingIn(2023), 1);

    assertThat(FinancialQuarter.parse("Q1 2023/24")).isEqualTo(expected);
    assertThat(FinancialQuarter.parse("2023/24 Q1")).isEqualTo(expected);
    assertThat(FinancialQuarter.parse("2023-24 q1")).isEqualTo(expected);
    assertThat(FinancialQuarter.parse("q1 2023/2024")).isEqualTo(expected);
    assertThat(FinancialQuarter.parse("2023/24-Q1")).isEqualTo(expected);
    assertThat(FinancialQuarter.parse("2023-24_q1")).isEqualTo(expected);
    assertThat(FinancialQuarter.parse("Q1 - 2023/24")).isEqualTo(expected);
    assertThat(expected).hasToString("2023/24 Q1");
  }

  @Test
  void parse_rejectsAFifthQuarter_andOtherText() {
    for (String text : List.of("2024/25 Q5", "Q5 2024/25", "2024/25 Q0", "2024/26 Q1", "2024/25",
        "Q1", "2024/25Q1", "2024/25--Q1", "")) {
      assertThatThrownBy(() -> FinancialQuarter.parse(text))
          .as(text)
          .isInstanceOf(InvalidRecordException.class);
    }
  }

  @Test
  void of_rejectsANumberOutside1To4() {
    for (int number : new int[] {0, 5, -1}) {
      assertThatThrownBy(() -> FinancialQuarter.of(PlanYear.startingIn(2024), number))
          .isInstanceOf(InvalidRecordException.class)
          .extracting(e -> ((InvalidRecordException) e).field())
          .isEqualTo("quarter");
    }
  }

  @Test
  void equality_isByPlanYearAndNumber_andOrderFollowsThem() {
    EqualityAssertions.assertEqualOnlyToCopies(
        () -> FinancialQuarter.parse("2023/24 Q2"),
        List.of(FinancialQuarter.parse("2023/24 Q3"), FinancialQuarter.parse("2024/25 Q2")));
    assertThat(FinancialQuarter.parse("2023/24 Q4"))
        .isLessThan(FinancialQuarter.parse("2024/25 Q1"));
  }
}
