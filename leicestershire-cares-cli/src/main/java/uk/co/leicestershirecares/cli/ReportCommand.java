package uk.co.leicestershirecares.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.json.CaresJson;
import uk.co.leicestershirecares.report.CsvReport;
import uk.co.leicestershirecares.report.HtmlReport;
import uk.co.leicestershirecares.report.MarkdownReport;
import uk.co.leicestershirecares.report.QuarterlyReport;
import uk.co.leicestershirecares.report.ReportGenerator;
import uk.co.leicestershirecares.report.ReportLine;
import uk.co.leicestershirecares.report.ReportPeriod;
import uk.co.leicestershirecares.report.ReportScope;
import uk.co.leicestershirecares.rules.DroolsPolicy;

/** {@code report}: the quarterly report, or the records behind one of its numbers. */
@Command(
    name = "report",
    description = "Print the report of a data set for one programme or all of them over a "
        + "quarter (--quarter) or any days (--from and --to, a report to date); "
        + "with --explain, list the records behind one number instead.")
final class ReportCommand extends Subcommand {
  @Option(names = "--data", required = true, paramLabel = "FILE",
      description = "a report data set in JSON: participants, sessions, partners (the format: "
          + CaresCommand.RECORD_FORMAT + ")")
  Path data;

  @Option(names = "--quarter", paramLabel = "QUARTER",
      description = "the financial quarter, for example 2023/24-Q1 (or give --from and --to)")
  @Nullable String quarter;

  @Option(names = "--from", paramLabel = "DATE", converter = Inputs.DateConverter.class,
      description = "with --to, instead of --quarter: the first day of the period, for example "
          + "2019-09-01")
  @Nullable LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = Inputs.DateConverter.class,
      description = "with --from: the last day of the period (included), for example 2024-03-31")
  @Nullable LocalDate to;

  @Option(names = "--programme", paramLabel = "CODE",
      description = "one programme, for example LEAVING_CARE (default: all programmes)")
  @Nullable String programme;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "MARKDOWN",
      description = "markdown (the default), json, csv (the report's lines, an empty line, "
          + "then its indicators) or html (one self-contained page with charts and every "
          + "figure's records; it fetches nothing)")
  Format format;

  @Option(names = "--explain", paramLabel = "LINE",
      description = "a line's key, for example attendances: print the ids of the records it "
          + "counts, one per line")
  @Nullable String explain;

  @Mixin RulesOption rules;

  @Mixin QuietOption quiet;

  @Mixin InputLimitOption limit;

  @Override
  public Integer call() {
    if (format == Format.TEXT) {
      throw new ParameterException(spec.commandLine(),
          "--format must be markdown, json, csv or html, not text");
    }
    ReportPeriod period = period();
    // Read in passes, never whole: the sessions and partners first, then the participant
    // records one at a time for each report counted.
    DataSetInput dataSet = DataSetInput.open(data, limit.bytes);
    DroolsPolicy policy = rules.policy(err());
    ReportScope scope = programme == null
        ? ReportScope.allProgrammes()
        : ReportScope.of(Inputs.programme(programme, policy.catalogue()));
    QuarterlyReport report;
    // One step per participant counted; the bar is finished before anything else is printed.
    try (Progress progress = quiet.start(dataSet.participantCount())) {
      report = ReportGenerator.using(policy).report(dataSet, scope, period,
          counted -> progress.step());
    }

    PrintWriter out = out();
    String key = explain;
    if (key != null) {
      ReportLine line = report.lines().stream()
          .filter(l -> l.key().equals(key.strip()))
          .findFirst()
          .orElseThrow(() -> CliException.badInput("the report has no line '"
              + Inputs.printable(key) + "'; its lines are "
              + report.lines().stream().map(ReportLine::key).collect(Collectors.joining(", "))));
      line.sources().forEach(out::println);
    } else if (format == Format.JSON) {
      out.print(CaresJson.writeReport(report));
      out.println();
    } else if (format == Format.HTML) {
      // The period's report is the one already counted; the page adds its months and quarters.
      out.print(HtmlReport.render(report, ReportGenerator.using(policy), dataSet,
          policy.catalogue()));
    } else if (format == Format.CSV) {
      out.print(CsvReport.lines(report));
      out.print("\r\n");
      out.print(CsvReport.indicators(report));
    } else {
      out.print(MarkdownReport.render(report, policy.catalogue()));
    }
    out.flush();
    return 0;
  }

  /** The period asked for: {@code --quarter}, or {@code --from} and {@code --to}. */
  private ReportPeriod period() {
    boolean days = from != null || to != null;
    if (quarter != null && days) {
      throw CliException.badInput(
          "give either --quarter or --from and --to, not both");
    }
    if (quarter != null) {
      return ReportPeriod.of(Inputs.quarter(quarter));
    }
    if (!days) {
      throw CliException.badInput("give the period: --quarter, or --from and --to");
    }
    if (from == null || to == null) {
      throw CliException.badInput(from == null
          ? "--to needs --from: give the first day of the period too"
          : "--from needs --to: give the last day of the period too");
    }
    Inputs.supported("--from", from);
    Inputs.supported("--to", to);
    if (to.isBefore(from)) {
      throw CliException.badInput("--to " + to + " is before --from " + from);
    }
    return ReportPeriod.between(from, to);
  }
}
