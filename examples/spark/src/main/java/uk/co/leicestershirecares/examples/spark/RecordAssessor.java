package uk.co.leicestershirecares.examples.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.json.CaresJson;
import uk.co.leicestershirecares.json.JsonFormatException;
import uk.co.leicestershirecares.report.QuarterlyReport;
import uk.co.leicestershirecares.report.ReportDataSet;
import uk.co.leicestershirecares.report.ReportGenerator;
import uk.co.leicestershirecares.report.ReportIndicator;
import uk.co.leicestershirecares.report.ReportLine;
import uk.co.leicestershirecares.report.ReportPeriod;
import uk.co.leicestershirecares.report.ReportScope;

/**
 * The executors' work on each record ({@link Schemas#INPUT} rows in, {@link Schemas#RESULT} rows
 * out): read it with {@link CaresJson}, assess it with this JVM's policy ({@link
 * ExecutorPolicies}), and count it into every requested report with the library's own {@link
 * ReportGenerator} over a data set of that one record.
 *
 * <p>The one-record report is how the counting rules stay in one place: whether a record counts
 * on a line, and with which provenance, is decided by the same code that counts a whole data set.
 * A report is additive over participants (each line of the whole is the lines of its records, in
 * record order, with no person counted twice since ids are unique), so Spark's aggregation only
 * concatenates and counts. Sessions and partners are not records and are counted apart.
 *
 * <p>A record that cannot be read becomes a result with an error (the JSON path and {@code
 * CaresJson}'s message, which never repeats a date of birth, a circumstance or free text) rather
 * than a failed task, and so does one the policy fails on (with the exception's kind only): a
 * failed task's error could carry the row.
 */
final class RecordAssessor implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /**
   * Writes the library's JSON on one line, for JSON Lines: the json module's Jackson module
   * without a pretty printer gives the documented format's fields in the same order.
   */
  private static final ObjectMapper ONE_LINE =
      new ObjectMapper().registerModule(CaresJson.module());

  private final PolicyChoice choice;
  private final LocalDate asOf;
  private final List<ReportRequest> requests;
  private final boolean jsonLines;

  RecordAssessor(PolicyChoice choice, LocalDate asOf, List<ReportRequest> requests,
      boolean jsonLines) {
    this.choice = choice;
    this.asOf = asOf;
    this.requests = List.copyOf(requests);
    this.jsonLines = jsonLines;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    // Looked up per partition, built once per JVM: never per record, never shipped.
    Policy policy = ExecutorPolicies.get(choice);
    ReportGenerator reports = ReportGenerator.using(policy);
    // Each request's programme and period once per partition, not once per record.
    List<ReportScope> programmes = new ArrayList<>();
    List<ReportPeriod> periods = new ArrayList<>();
    for (ReportRequest request : requests) {
      programmes.add(request.scope());
      periods.add(request.period());
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return input.hasNext();
      }

      @Override
      public Row next() {
        Row row = input.next();
        return result(policy, reports, programmes, periods, row.getLong(0), row.getString(1));
      }
    };
  }

  private Row result(Policy policy, ReportGenerator reports,
      List<ReportScope> programmes, List<ReportPeriod> periods, long ordinal,
      String text) {
    ParticipantRecord record;
    try {
      record = CaresJson.readRecord(text);
    } catch (JsonFormatException e) {
      // CaresJson's messages name the path and never the value (docs/record-format.md, Privacy).
      String where = jsonLines ? " (line " + (ordinal + 1) + ")" : "";
      return error(ordinal, e.field(), e.getMessage() + where);
    }
    Assessment assessment;
    List<Row> lineFacts = new ArrayList<>();
    List<Row> indicatorFacts = new ArrayList<>();
    try {
      assessment = policy.assess(record, asOf);
      ReportDataSet one = ReportDataSet.builder().addParticipant(record).build();
      for (int r = 0; r < periods.size(); r++) {
        QuarterlyReport report = reports.report(one, programmes.get(r), periods.get(r));
        for (int p = 0; p < report.lines().size(); p++) {
          ReportLine line = report.lines().get(p);
          if (line.count() > 0) {
            lineFacts.add(RowFactory.create(r, p, ordinal, Schemas.seq(line.sources()),
                Schemas.seq(line.evidence())));
          }
        }
        for (int p = 0; p < report.indicators().size(); p++) {
          ReportIndicator indicator = report.indicators().get(p);
          if (indicator.denominator() > 0) {
            indicatorFacts.add(RowFactory.create(r, p, ordinal,
                Schemas.seq(indicator.numeratorSources()),
                Schemas.seq(indicator.denominatorSources())));
          }
        }
      }
    } catch (RuntimeException e) {
      // Not expected of a record CaresJson read (a rule-limit breach, say). The row, not the
      // task, carries the failure: a failed task's log would hold the exception's message, and
      // only its kind (and, for the model's own exception, the field) is safe to repeat.
      String field = e instanceof InvalidRecordException invalid ? invalid.field() : "$";
      return error(ordinal, field,
          "the record could not be assessed (" + e.getClass().getSimpleName() + " at " + field
              + ")");
    }
    return RowFactory.create(ordinal, record.id().value(),
        assessment.planYear().toString(), assessment.stage().name(),
        assessment.employmentPathway().name(), oneLine(assessment),
        null, null, Schemas.seq(lineFacts), Schemas.seq(indicatorFacts));
  }

  private static Row error(long ordinal, String field, String message) {
    return RowFactory.create(ordinal, null, null, null, null, null, field, message,
        Schemas.seq(List.of()), Schemas.seq(List.of()));
  }

  /**
   * The library's JSON of {@code value} (a record or an assessment), same fields in the same
   * order, on one line.
   */
  static String oneLine(Object value) {
    try {
      return ONE_LINE.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
