package uk.co.leicestershirecares.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;

/**
 * The lines a {@link ReportGenerator} computes, which keep their sources and evidence compactly
 * and render them when read: they equal lines built with {@link ReportLine#builder()} from the
 * same ids, read the same from any thread, and a report asks the policy to classify each outcome
 * at most once.
 */
final class ReportProvenanceTest {
  private static final ReportPeriod YEAR = ReportPeriod.yearToDate(FinancialQuarter.parse(
      "2023/24 Q4"));

  @Test
  void computedLinesEqualBuiltLinesOfTheSameIds_andHashAlike() {
    ReportDataSet data = ReportDataSets.dataSet(new Random(20), 60);
    QuarterlyReport report = ReportGenerator.withReferencePolicy().report(data, ReportScope.allProgrammes(),
        YEAR);

    for (ReportLine line : report.lines()) {
      ReportLine built = ReportLine.builder().key(line.key()).label(line.label())
          .count(line.count()).sources(line.sources()).evidence(line.evidence()).build();
      assertThat(line).isEqualTo(built);
      assertThat(built).isEqualTo(line);
      assertThat(line.hashCode()).isEqualTo(built.hashCode());
      assertThat(line.count()).isEqualTo(line.sources().size());
    }
    ReportLine attendances = report.line(QuarterlyReport.ATTENDANCES);
    assertThat(attendances.count()).isPositive();
    ReportLine oneFewer = ReportLine.builder().from(attendances)
        .sources(attendances.sources().subList(1, attendances.sources().size())).build();
    assertThat(attendances).isNotEqualTo(oneFewer);
  }

  @Test
  void sourcesReadFromManyThreadsAtOnce_areTheSame() throws Exception {
    ReportDataSet data = ReportDataSets.dataSet(new Random(21), 200);
    ReportGenerator reports = ReportGenerator.withReferencePolicy();
    List<String> expected = reports.report(data, ReportScope.allProgrammes(), YEAR)
        .line(QuarterlyReport.YOUNG_PEOPLE_WORKED_WITH).evidence();
    QuarterlyReport report = reports.report(data, ReportScope.allProgrammes(), YEAR);
    ReportLine line = report.line(QuarterlyReport.YOUNG_PEOPLE_WORKED_WITH);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      Callable<List<String>> read = line::evidence;
      List<Future<List<String>>> reads = threads.invokeAll(List.of(read, read, read, read));
      for (Future<List<String>> evidence : reads) {
        assertThat(evidence.get()).isEqualTo(expected);
      }
    } finally {
      threads.shutdown();
    }
    assertThat(line.evidence()).isSameAs(line.evidence());
  }

  @Test
  void eachOutcomeIsClassifiedAtMostOncePerReport_andTheReportIsUnchanged() {
    ReportDataSet data = ReportDataSets.dataSet(new Random(22), 300);
    Policy reference = ReferencePolicy.withDefaults();
    Map<OutcomeEvent, Integer> classified = new IdentityHashMap<>();
    Policy counting = (Policy) Proxy.newProxyInstance(Policy.class.getClassLoader(),
        new Class<?>[] {Policy.class}, (proxy, method, args) -> {
          if (method.getName().equals("classify")) {
            classified.merge((OutcomeEvent) args[0], 1, Integer::sum);
          }
          try {
            return method.invoke(reference, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });

    QuarterlyReport report = ReportGenerator.using(counting).report(data, ReportScope.allProgrammes(), YEAR);

    assertThat(classified).isNotEmpty();
    assertThat(classified.values()).allSatisfy(times -> assertThat(times).isEqualTo(1));
    assertThat(report).isEqualTo(ReportGenerator.using(reference).report(data, ReportScope.allProgrammes(),
        YEAR));
  }
}
