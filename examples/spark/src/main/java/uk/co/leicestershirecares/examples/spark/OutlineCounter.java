package uk.co.leicestershirecares.examples.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import uk.co.leicestershirecares.core.partner.InvolvementType;
import uk.co.leicestershirecares.json.CaresJson;
import uk.co.leicestershirecares.report.PartnerLine;
import uk.co.leicestershirecares.report.QuarterlyReport;
import uk.co.leicestershirecares.report.ReportDataSet;
import uk.co.leicestershirecares.report.ReportGenerator;
import uk.co.leicestershirecares.report.ReportLine;

/**
 * Counts a data set's sessions and partners into every requested report with the library's
 * {@link ReportGenerator}, over a data set of the sessions and partners alone: the {@code
 * sessionsDelivered} and {@code partnersInvolved} lines ({@link Schemas#LINE_FACT}; no record
 * counts on them), or, from {@link #partners}, the report's partner table ({@link
 * Schemas#PARTNER}). No policy is needed: sessions and partners are counted by date and programme.
 */
final class OutlineCounter {
  private OutlineCounter() {}

  /** The sessions' and partners' contributions to the report lines. */
  static FlatMapFunction<Row, Row> lines(List<ReportRequest> requests) {
    List<ReportRequest> held = List.copyOf(requests);
    return row -> {
      List<Row> facts = new ArrayList<>();
      ReportDataSet rest = CaresJson.readDataSet(row.getString(0));
      for (int r = 0; r < held.size(); r++) {
        QuarterlyReport report = report(rest, held.get(r));
        for (int p = 0; p < report.lines().size(); p++) {
          ReportLine line = report.lines().get(p);
          if (line.count() > 0) {
            facts.add(RowFactory.create(r, p, -1L, Schemas.seq(line.sources()),
                Schemas.seq(line.evidence())));
          }
        }
      }
      return facts.iterator();
    };
  }

  /** The partners involved in each report's period, with their funding. */
  static FlatMapFunction<Row, Row> partners(List<ReportRequest> requests) {
    List<ReportRequest> held = List.copyOf(requests);
    return row -> {
      List<Row> partners = new ArrayList<>();
      ReportDataSet rest = CaresJson.readDataSet(row.getString(0));
      for (int r = 0; r < held.size(); r++) {
        QuarterlyReport report = report(rest, held.get(r));
        for (int p = 0; p < report.partners().size(); p++) {
          PartnerLine line = report.partners().get(p);
          partners.add(RowFactory.create(r, p, line.partner(), line.member(),
              Schemas.seq(line.involvements().stream().map(InvolvementType::name).toList()),
              line.funding().pence(), Schemas.seq(line.sources())));
        }
      }
      return partners.iterator();
    };
  }

  private static QuarterlyReport report(ReportDataSet rest, ReportRequest request) {
    // Sessions and partners never ask the policy, so the reference one (no rule base) serves.
    return ReportGenerator.withReferencePolicy()
        .report(rest, request.scope(), request.period());
  }
}
