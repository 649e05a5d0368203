package uk.co.leicestershirecares.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.engagement.Session;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * Issue 21, item 6 ("1,000,000 records ... report in bounded memory"): {@link
 * ReportGenerator#report(ReportSource, ReportScope, ReportPeriod, java.util.function.IntConsumer)}
 * reads the participants one at a time and gives exactly the report of the same data held whole
 * in a {@link ReportDataSet}, and keeps the data set's checks: a repeated id is a clean error.
 */
final class ReportSourceTest {
  private static final ReportGenerator REPORTS = ReportGenerator.withReferencePolicy();
  private static final List<ReportScope> PROGRAMMES = List.of(ReportScope.allProgrammes(),
      ReportScope.of(ProgrammeCode.UP), ReportScope.of(ProgrammeCode.WIRE),
      ReportScope.of(ProgrammeCode.LEAVING_CARE));

  /** A source that reads the records of {@code data} one at a time, as a file would. */
  private static ReportSource streamed(ReportDataSet data) {
    return ReportSource.of(action -> data.participants().iterator().forEachRemaining(action),
        data.sessions(), data.partners());
  }

  @Test
  void streamedReport_equalsTheReportOfTheDataSetHeldWhole() {
    qt().withExamples(80)
        .forAll(ReportDataSets.dataSets(15), Generate.range(0, PROGRAMMES.size() - 1),
            Generate.range(0, 3))
        .checkAssert((data, p, q) -> {
          ReportPeriod period = q == 3
              ? ReportPeriod.yearToDate(FinancialQuarter.parse("2023/24 Q4"))
              : ReportPeriod.of(FinancialQuarter.parse("2023/24 Q" + (q + 1)));
          ReportScope programme = PROGRAMMES.get(p);
          List<Integer> counted = new ArrayList<>();
          QuarterlyReport streamed =
              REPORTS.report(streamed(data), programme, period, counted::add);
          assertThat(streamed).isEqualTo(REPORTS.report(data, programme, period));
          assertThat(counted).hasSize(data.participants().size());
        });
  }

  @Test
  void aDataSetAsASource_givesTheSameReportAndPage() {
    ReportDataSet data = ReportDataSets.dataSet(new Random(21), 40);
    ReportPeriod period = ReportPeriod.of(FinancialQuarter.parse("2023/24 Q2"));
    QuarterlyReport whole = REPORTS.report(data, ReportScope.allProgrammes(), period);

    assertThat(REPORTS.report(ReportSource.of(data), ReportScope.allProgrammes(), period, n -> { }))
        .isEqualTo(whole);
    assertThat(HtmlReport.render(whole, REPORTS, streamed(data),
            ProgrammeCatalogue.standard()))
        .isEqualTo(HtmlReport.render(whole, REPORTS, data,
            ProgrammeCatalogue.standard()));
  }

  @Test
  void aRepeatedParticipantId_isAnErrorNamingTheSecond() {
    ReportDataSet data = ReportDataSets.dataSet(new Random(5), 4);
    List<ParticipantRecord> records = new ArrayList<>(data.participants());
    records.add(records.get(1));
    ReportSource source = ReportSource.of(action -> records.forEach(action), data.sessions(),
        data.partners());
    String id = records.get(1).id().value();

    assertThatThrownBy(() -> REPORTS.report(source, ReportScope.allProgrammes(),
            ReportPeriod.of(FinancialQuarter.parse("2023/24 Q1")), n -> { }))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("participants[4].id " + id + " appears twice");
  }

  @Test
  void aRepeatedSessionId_isAnErrorAsInADataSet() {
    ReportDataSet data = ReportDataSets.dataSet(new Random(5), 4);
    assertThat(data.sessions()).isNotEmpty();
    List<Session> sessions = new ArrayList<>(data.sessions());
    sessions.add(sessions.get(0));
    ReportSource source = ReportSource.of(action -> { }, sessions, data.partners());

    assertThatThrownBy(() -> REPORTS.report(source, ReportScope.allProgrammes(),
            ReportPeriod.of(FinancialQuarter.parse("2023/24 Q1")), n -> { }))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("sessions[" + data.sessions().size() + "].id");
  }

  @Test
  void aNullRecord_isAnErrorNamingItsPlace() {
    ReportSource source = ReportSource.of(action -> action.accept(null), List.of(), List.of());

    assertThatThrownBy(() -> REPORTS.report(source, ReportScope.allProgrammes(),
            ReportPeriod.of(FinancialQuarter.parse("2023/24 Q1")), n -> { }))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("participants[0]");
  }
}
