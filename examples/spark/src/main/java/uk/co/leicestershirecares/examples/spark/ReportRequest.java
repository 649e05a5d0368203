package uk.co.leicestershirecares.examples.spark;

import java.io.Serializable;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.report.ReportPeriod;
import uk.co.leicestershirecares.report.ReportScope;

/**
 * One quarterly report the job computes: a programme (or all programmes) and a financial quarter.
 * Held as text because Spark ships it to the executors by Java serialization and the library's
 * value types are not {@code Serializable}; the values are checked when the request is made.
 *
 * @param programme the programme code, or the empty string for all programmes
 * @param quarter the financial quarter as {@link FinancialQuarter#parse} reads it
 */
public record ReportRequest(String programme, String quarter) implements Serializable {
  /**
   * Checks the request.
   *
   * @throws IllegalArgumentException if the programme code or the quarter is not well-formed
   */
  public ReportRequest {
    if (!programme.isEmpty()) {
      ProgrammeCode.of(programme);
    }
    FinancialQuarter.parse(quarter);
  }

  /** Returns a request for the programmes of {@code scope} over {@code quarter}. */
  public static ReportRequest of(ReportScope scope, FinancialQuarter quarter) {
    return new ReportRequest(
        scope.programme().map(ProgrammeCode::value).orElse(""), quarter.toString());
  }

  /** Returns the programmes reported on. */
  public ReportScope scope() {
    return programme.isEmpty()
        ? ReportScope.allProgrammes()
        : ReportScope.of(ProgrammeCode.of(programme));
  }

  /** Returns the period: the quarter's first to last day. */
  public ReportPeriod period() {
    return ReportPeriod.of(FinancialQuarter.parse(quarter));
  }
}
