package uk.co.leicestershirecares.examples.springboot;

import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.programme.Programme;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.report.CsvReport;
import uk.co.leicestershirecares.report.QuarterlyReport;
import uk.co.leicestershirecares.report.ReportDataSet;
import uk.co.leicestershirecares.report.ReportGenerator;

/**
 * {@code GET /reports/{programme}?quarter=2023/24-Q1}: the quarterly report for one programme
 * over the data set the service loaded at start, counted with the shared rules: JSON in the
 * documented report format, or with {@code Accept: text/csv} the command line's CSV ({@code
 * key,label,count,sources}, then the indicators).
 */
@RestController
class ReportController {
  private final SharedRules rules;
  private final ReportDataSet data;

  ReportController(SharedRules rules, ReportDataSet data) {
    this.rules = rules;
    this.data = data;
  }

  @GetMapping(path = "/reports/{programme}", produces = MediaType.APPLICATION_JSON_VALUE)
  QuarterlyReport report(@PathVariable String programme, @RequestParam String quarter) {
    return ReportGenerator.using(rules.inUse())
        .quarterly(data, programme(programme), quarter(quarter));
  }

  @GetMapping(path = "/reports/{programme}", produces = "text/csv;charset=UTF-8")
  String csv(@PathVariable String programme, @RequestParam String quarter) {
    QuarterlyReport report = report(programme, quarter);
    return CsvReport.lines(report) + "\r\n" + CsvReport.indicators(report);
  }

  /** A programme of the catalogue; the message lists them and does not repeat the input. */
  private ProgrammeCode programme(String text) {
    try {
      ProgrammeCode code = ProgrammeCode.of(text);
      if (rules.policy().catalogue().contains(code)) {
        return code;
      }
    } catch (InvalidRecordException e) {
      // Not even a well-formed code: answered as an unknown programme, below.
    }
    throw new BadParameterException("programme", "unknown programme; the programmes are "
        + rules.policy().catalogue().programmes().stream().map(Programme::code)
            .map(ProgrammeCode::value).sorted().collect(Collectors.joining(", ")));
  }

  /** {@code 2023/24-Q1}, {@code 2023/24 Q1} or {@code Q1 2023/24}. */
  private static FinancialQuarter quarter(String text) {
    try {
      return FinancialQuarter.parse(text);
    } catch (InvalidRecordException e) {
      throw new BadParameterException("quarter",
          "quarter is not written like 2023/24-Q1 (plan year, then the quarter 1 to 4)");
    }
  }
}
