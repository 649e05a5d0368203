package uk.co.leicestershirecares.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.outcome.TrainingType;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.stage.Stage;

/**
 * Renders a report as one self-contained HTML page: the words of {@link MarkdownReport} (seed
 * 001's layout), charts in inline SVG each followed by a table that gives the same figures, and
 * every figure's provenance on demand.
 *
 * <pre>{@code
 * String page = HtmlReport.render(ReportGenerator.withReferencePolicy(), data,
 *     ReportScope.of(ProgrammeCode.LEAVING_CARE),
 *     ReportPeriod.of(FinancialQuarter.parse("2023/24 Q1")));
 * Files.writeString(Path.of("leaving-care-q1.html"), page);
 * }</pre>
 *
 * <p>The page holds:
 *
 * <ul>
 *   <li>the text of the report, word for word as {@link MarkdownReport} prints it;
 *   <li>charts: Power to Change (the young people worked with by stage at the start and at the end
 *       of the period, and the moves between, from the {@code stageAtStart}, {@code stageAtEnd}
 *       and {@code stageMoves} lines), outcomes by category, trainings by type, attendances and
 *       sessions by calendar month and, for a period over more than one financial quarter, the
 *       headline figures of each quarter side by side;
 *   <li>after each chart, a table of the same figures (with a caption and header cells);
 *   <li>for every line and indicator, a {@code <details>} listing the ids of the records it
 *       counts ({@link ReportLine#sources()}: pseudonymous participant ids and event references,
 *       never a date of birth or a circumstance).
 * </ul>
 *
 * <p>The months and quarters are reports of their own, computed by the same generator over each
 * calendar month and each financial quarter of the period, cut to the period at either end (a
 * period from 15 April has a month "April 2023 (2023-04-15 to 2023-04-30)"). Events add up: the
 * attendances of the months are those of the period. People may count in several months. A page
 * so costs one report per month and per quarter besides the period's own.
 *
 * <p>The page fetches nothing: no script, web font, style sheet or image from elsewhere, and a
 * {@code Content-Security-Policy} meta element forbids it ({@code default-src 'none';
 * style-src 'unsafe-inline'; img-src data:}). It needs no JavaScript. Every text from the data
 * (partner names are free text) is escaped, and every character outside ASCII is written as a
 * character reference, so the page reads the same whatever encoding it is saved in. The markup
 * is also well-formed XML. Colours are from the Okabe–Ito palette with distinct lightness and
 * each series has its own pattern, and every bar is labelled with its value, so nothing is told
 * by colour alone. A print style sheet sets A4 pages, keeps each chart on one page and, where the
 * browser supports {@code ::details-content}, prints the provenance lists open.
 */
public final class HtmlReport {
  /** The Content-Security-Policy of the page: it may fetch nothing. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu",
      Locale.UK);

  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;",
      "line-height:1.45;color:#111;background:#fff;margin:0}",
      "main{max-width:52rem;margin:0 auto;padding:1rem 1.5rem 3rem}",
      "h1{font-size:1.6rem}",
      "figure{margin:1.5rem 0 2rem;break-inside:avoid;page-break-inside:avoid}",
      "figcaption{font-weight:600;margin-bottom:.5rem}",
      "svg{display:block;width:100%;max-width:640px;height:auto}",
      "table{border-collapse:collapse;margin:.75rem 0 0;font-size:.9rem}",
      "caption{text-align:left;font-weight:600;padding-bottom:.25rem}",
      "th,td{border:1px solid #888;padding:.2rem .5rem}",
      "td{text-align:right;font-variant-numeric:tabular-nums}",
      "th[scope=row]{text-align:left;font-weight:normal}",
      "details{margin:.15rem 0}",
      "summary{cursor:pointer}",
      ".key{font-family:ui-monospace,monospace;font-size:.8rem;color:#444}",
      "ul.sources{display:flex;flex-wrap:wrap;gap:.1rem .9rem;list-style:none;",
      "margin:.2rem 0 .6rem;padding-left:1.2rem;",
      "font-family:ui-monospace,monospace;font-size:.8rem}",
      "@page{size:A4;margin:15mm}",
      "@media print{",
      "body{font-size:10pt}",
      "main{max-width:none;padding:0}",
      "figure,table,svg,tr{break-inside:avoid;page-break-inside:avoid}",
      "h2,h3,figcaption{break-after:avoid;page-break-after:avoid}",
      "details>*{display:block}",
      "summary{list-style:none}",
      "}",
      "@media print{details::details-content{display:block;content-visibility:visible}}");

  private HtmlReport() {}

  /**
   * Renders the page on the programmes of {@code scope} over {@code period},
   * naming the programme from the standard catalogue.
   *
   * @throws InvalidRecordException if an argument is null
   */
  public static String render(ReportGenerator generator, ReportDataSet data,
      ReportScope scope, ReportPeriod period) {
    return render(generator, data, scope, period, ProgrammeCatalogue.standard());
  }

  /**
   * Renders the page on the programmes of {@code scope} over {@code period},
   * naming the programme from {@code catalogue}.
   *
   * @throws InvalidRecordException if an argument is null
   */
  public static String render(ReportGenerator generator, ReportDataSet data,
      ReportScope scope, ReportPeriod period, ProgrammeCatalogue catalogue) {
    Checks.notNull(generator, "generator");
    return render(generator.report(data, scope, period), generator, data, catalogue);
  }

  /**
   * Renders the page of {@code report}, which {@code generator} has already computed from {@code
   * data} (for its programme and period); only the months and quarters of the period are
   * computed here. For a caller that shows the report in another form too, or counted it with a
   * progress listener.
   *
   * @throws InvalidRecordException if an argument is null
   */
  public static String render(QuarterlyReport report, ReportGenerator generator,
      ReportDataSet data, ProgrammeCatalogue catalogue) {
    Checks.notNull(report, "report");
    Checks.notNull(generator, "generator");
    Checks.notNull(data, "data");
    return render(report, period -> generator.report(data, report.scope(), period),
        catalogue);
  }

  /**
   * Renders the page of {@code report}, which {@code generator} has already computed from {@code
   * source}, as {@link #render(QuarterlyReport, ReportGenerator, ReportDataSet,
   * ProgrammeCatalogue)} does from a data set: {@code source} is read once more for each month
   * and quarter of the period (three more times for a quarter), one participant at a time.
   *
   * @throws InvalidRecordException if an argument is null
   */
  public static String render(QuarterlyReport report, ReportGenerator generator,
      ReportSource source, ProgrammeCatalogue catalogue) {
    Checks.notNull(report, "report");
    Checks.notNull(generator, "generator");
    Checks.notNull(source, "source");
    return render(report,
        period -> generator.report(source, report.scope(), period, counted -> { }),
        catalogue);
  }

  private static String render(QuarterlyReport report,
      Function<ReportPeriod, QuarterlyReport> reportOf, ProgrammeCatalogue catalogue) {
    Checks.notNull(catalogue, "catalogue");
    List<QuarterlyReport> months = new ArrayList<>();
    for (ReportPeriod month : months(report.period())) {
      months.add(reportOf.apply(month));
    }
    List<QuarterlyReport> quarters = new ArrayList<>();
    for (ReportPeriod quarter : quarters(report.period())) {
      quarters.add(reportOf.apply(quarter));
    }
    return page(report, months, quarters, catalogue);
  }

  /** The calendar months of {@code period}, the first and last cut to it. */
  static List<ReportPeriod> months(ReportPeriod period) {
    List<ReportPeriod> months = new ArrayList<>();
    for (YearMonth month = YearMonth.from(period.start());
        !month.isAfter(YearMonth.from(period.end())); month = month.plusMonths(1)) {
      months.add(cut(period, month.atDay(1), month.atEndOfMonth(), MONTH.format(month)));
    }
    return months;
  }

  /**
   * The financial quarters of {@code period}, the first and last cut to it; none when the period
   * lies in one quarter.
   */
  static List<ReportPeriod> quarters(ReportPeriod period) {
    FinancialQuarter first = FinancialQuarter.containing(period.start());
    FinancialQuarter last = FinancialQuarter.containing(period.end());
    List<ReportPeriod> quarters = new ArrayList<>();
    if (first.equals(last)) {
      return quarters;
    }
    for (FinancialQuarter q = first; q.compareTo(last) <= 0; q = q.next()) {
      quarters.add(cut(period, q.start(), q.end(), q.toString()));
    }
    return quarters;
  }

  /** The days from {@code start} to {@code end} inside {@code period}, labelled. */
  private static ReportPeriod cut(ReportPeriod period, LocalDate start, LocalDate end,
      String label) {
    LocalDate from = start.isBefore(period.start()) ? period.start() : start;
    LocalDate to = end.isAfter(period.end()) ? period.end() : end;
    boolean whole = from.equals(start) && to.equals(end);
    return ReportPeriod.of(from, to, whole ? label : label + " (" + from + " to " + to + ")");
  }

  private static String page(QuarterlyReport report, List<QuarterlyReport> months,
      List<QuarterlyReport> quarters, ProgrammeCatalogue catalogue) {
    ReportText text = ReportText.of(report, catalogue);
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(escape(CONTENT_SECURITY_POLICY)).append("\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(escape(text.title())).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n<main>\n");
    html.append("<h1>").append(escape(text.title())).append("</h1>\n");
    html.append("<p>").append(escape(text.intro())).append("</p>\n");
    list(html, text.outcomes());
    for (ReportText.Section section : text.sections()) {
      html.append("<h2>").append(escape(section.heading())).append("</h2>\n");
      list(html, section.items());
    }

    String label = report.period().label();
    html.append("<h2>Charts</h2>\n");
    stages(html, report);
    figure(html, "Outcomes by category",
        SvgCharts.bars("outcomes", "Outcomes by category, " + label, List.of("Participants"),
            List.of(new SvgCharts.Panel("", rows(report, OUTCOMES)))),
        table("Outcomes by category, " + label, List.of("Outcome", "Participants"),
            cells(report, OUTCOMES)));
    List<String> trainings = new ArrayList<>();
    for (TrainingType training : TrainingType.values()) {
      trainings.add(QuarterlyReport.TRAININGS_PREFIX + training.name());
    }
    figure(html, "Trainings by type",
        SvgCharts.bars("trainings", "Trainings completed by type, " + label,
            List.of("Participants"), List.of(new SvgCharts.Panel("", rows(report, trainings)))),
        table("Trainings completed by type, " + label, List.of("Training", "Participants"),
            cells(report, trainings)));
    byMonth(html, report, months);
    if (!quarters.isEmpty()) {
      byQuarter(html, report, quarters);
    }

    html.append("<h2>Every figure and the records it counts</h2>\n")
        .append("<p>Open a figure to list the records it counts: pseudonymous participant ids")
        .append(" and references to their events, sessions and partners' involvements.</p>\n");
    for (ReportLine line : report.lines()) {
      html.append("<details><summary>").append(escape(line.label() + ": " + line.count()))
          .append("</summary>\n<p class=\"key\">").append(escape(line.key())).append("</p>\n");
      sources(html, line.sources());
      html.append("</details>\n");
    }
    for (ReportIndicator indicator : report.indicators()) {
      html.append("<details><summary>").append(escape(indicator.label() + ": "
          + indicator.numerator() + " of " + indicator.denominator()
          + indicator.percent().map(p -> " (" + p.toPlainString() + "%)").orElse("")))
          .append("</summary>\n<p class=\"key\">").append(escape(indicator.key()))
          .append(" numerator</p>\n");
      sources(html, indicator.numeratorSources());
      html.append("<p class=\"key\">").append(escape(indicator.key())).append(" denominator</p>\n");
      sources(html, indicator.denominatorSources());
      html.append("</details>\n");
    }
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  /** The outcome lines charted, in the order of the report. */
  private static final List<String> OUTCOMES = List.of(QuarterlyReport.ETE_OUTCOMES,
      QuarterlyReport.EMPLOYED, QuarterlyReport.VOLUNTEERING, QuarterlyReport.EDUCATION,
      QuarterlyReport.JOB_SEARCH_SUPPORT, QuarterlyReport.HOUSING_SECURED,
      QuarterlyReport.HOUSING_APPLICATIONS, QuarterlyReport.WELLBEING,
      QuarterlyReport.PROGRESSION, QuarterlyReport.CAMPAIGNING,
      QuarterlyReport.ADDITIONAL_OUTCOMES);

  /** The headline lines compared quarter by quarter. */
  private static final List<String> HEADLINES = List.of(QuarterlyReport.YOUNG_PEOPLE_WORKED_WITH,
      QuarterlyReport.ATTENDANCES, QuarterlyReport.SESSIONS_DELIVERED,
      QuarterlyReport.ETE_OUTCOMES);

  /** A short name for a line in a chart; the table beside it gives the line's full label. */
  private static String shortName(String key) {
    if (key.startsWith(QuarterlyReport.TRAININGS_PREFIX)) {
      String name = ReportGenerator.trainingName(TrainingType.valueOf(
          key.substring(QuarterlyReport.TRAININGS_PREFIX.length())));
      return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
    return switch (key) {
      case QuarterlyReport.YOUNG_PEOPLE_WORKED_WITH -> "Young people worked with";
      case QuarterlyReport.ATTENDANCES -> "Attendances";
      case QuarterlyReport.SESSIONS_DELIVERED -> "Sessions delivered";
      case QuarterlyReport.ETE_OUTCOMES -> "Education, training & employment";
      case QuarterlyReport.EMPLOYED -> "Employed";
      case QuarterlyReport.VOLUNTEERING -> "Volunteering";
      case QuarterlyReport.EDUCATION -> "Education entered or retained";
      case QuarterlyReport.JOB_SEARCH_SUPPORT -> "Supported with job searching";
      case QuarterlyReport.HOUSING_SECURED -> "Housed";
      case QuarterlyReport.HOUSING_APPLICATIONS -> "Housing application, not yet housed";
      case QuarterlyReport.WELLBEING -> "Wellbeing";
      case QuarterlyReport.PROGRESSION -> "Progressed to another programme";
      case QuarterlyReport.CAMPAIGNING -> "Peer research or campaigning";
      case QuarterlyReport.ADDITIONAL_OUTCOMES -> "Additional outcomes";
      default -> key;
    };
  }

  private static List<SvgCharts.Row> rows(QuarterlyReport report, List<String> keys) {
    List<SvgCharts.Row> rows = new ArrayList<>();
    for (String key : keys) {
      rows.add(new SvgCharts.Row(shortName(key), List.of(report.count(key))));
    }
    return rows;
  }

  private static List<List<String>> cells(QuarterlyReport report, List<String> keys) {
    List<List<String>> cells = new ArrayList<>();
    for (String key : keys) {
      ReportLine line = report.line(key);
      cells.add(List.of(line.label(), Long.toString(line.count())));
    }
    return cells;
  }

  /** Power to Change: the stacked start and end columns with the moves, and the moves table. */
  private static void stages(StringBuilder html, QuarterlyReport report) {
    Stage[] stages = Stage.values();
    long[][] moves = new long[stages.length][stages.length];
    for (Stage from : stages) {
      for (Stage to : stages) {
        moves[from.ordinal()][to.ordinal()] = report.count(QuarterlyReport.stageMove(from, to));
      }
    }
    String title = "Power to Change: young people worked with by stage at the start and at the"
        + " end of " + report.period().label();
    List<String> header = new ArrayList<>();
    header.add("Stage at the start, then at the end");
    for (Stage to : stages) {
      header.add("At the end: " + SvgCharts.stageName(to));
    }
    header.add("At the start, in all");
    List<List<String>> rows = new ArrayList<>();
    long[] atEnd = new long[stages.length];
    for (Stage from : stages) {
      List<String> row = new ArrayList<>();
      row.add("At the start: " + SvgCharts.stageName(from));
      for (Stage to : stages) {
        row.add(Long.toString(moves[from.ordinal()][to.ordinal()]));
        atEnd[to.ordinal()] += moves[from.ordinal()][to.ordinal()];
      }
      row.add(Long.toString(report.count(QuarterlyReport.STAGE_AT_START_PREFIX + from.name())));
      rows.add(row);
    }
    List<String> total = new ArrayList<>();
    total.add("At the end, in all");
    for (Stage to : stages) {
      total.add(Long.toString(report.count(QuarterlyReport.STAGE_AT_END_PREFIX + to.name())));
    }
    total.add(Long.toString(report.count(QuarterlyReport.YOUNG_PEOPLE_WORKED_WITH)));
    rows.add(total);
    figure(html, "Power to Change", SvgCharts.stages("stages", title,
        report.period().start().toString(), report.period().end().toString(), moves),
        table("Young people worked with by stage at the start (rows) and at the end (columns) of "
            + report.period().label(), header, rows));
  }

  private static void byMonth(StringBuilder html, QuarterlyReport report,
      List<QuarterlyReport> months) {
    String title = "Attendances and sessions delivered by month, " + report.period().label();
    List<SvgCharts.Row> bars = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (QuarterlyReport month : months) {
      long attendances = month.count(QuarterlyReport.ATTENDANCES);
      long sessions = month.count(QuarterlyReport.SESSIONS_DELIVERED);
      bars.add(new SvgCharts.Row(month.period().label(), List.of(attendances, sessions)));
      rows.add(List.of(month.period().label(), Long.toString(attendances),
          Long.toString(sessions)));
    }
    rows.add(List.of("The whole period", Long.toString(report.count(QuarterlyReport.ATTENDANCES)),
        Long.toString(report.count(QuarterlyReport.SESSIONS_DELIVERED))));
    figure(html, "Attendances and sessions by month",
        SvgCharts.bars("months", title, List.of("Attendances", "Sessions"),
            List.of(new SvgCharts.Panel("", bars))),
        table(title, List.of("Month", "Attendances", "Sessions delivered"), rows));
  }

  private static void byQuarter(StringBuilder html, QuarterlyReport report,
      List<QuarterlyReport> quarters) {
    String title = "Headline figures by financial quarter, side by side, "
        + report.period().label();
    List<SvgCharts.Panel> panels = new ArrayList<>();
    for (String key : HEADLINES) {
      List<SvgCharts.Row> bars = new ArrayList<>();
      for (QuarterlyReport quarter : quarters) {
        bars.add(new SvgCharts.Row(quarter.period().label(), List.of(quarter.count(key))));
      }
      panels.add(new SvgCharts.Panel(shortName(key), bars));
    }
    List<String> header = new ArrayList<>();
    header.add("Quarter");
    for (String key : HEADLINES) {
      header.add(shortName(key));
    }
    List<List<String>> rows = new ArrayList<>();
    for (QuarterlyReport quarter : quarters) {
      List<String> row = new ArrayList<>();
      row.add(quarter.period().label());
      HEADLINES.forEach(key -> row.add(Long.toString(quarter.count(key))));
      rows.add(row);
    }
    List<String> whole = new ArrayList<>();
    whole.add("The whole period (people counted once)");
    HEADLINES.forEach(key -> whole.add(Long.toString(report.count(key))));
    rows.add(whole);
    figure(html, "The quarters side by side",
        SvgCharts.bars("quarters", title, List.of("Figure"), panels),
        table(title, header, rows));
  }

  private static void figure(StringBuilder html, String caption, String svg, String table) {
    html.append("<figure>\n<figcaption>").append(escape(caption)).append("</figcaption>\n")
        .append(svg).append('\n').append(table).append("</figure>\n");
  }

  /** A table: a caption, a header row of column headers, then rows headed by their first cell. */
  private static String table(String caption, List<String> header, List<List<String>> rows) {
    StringBuilder t = new StringBuilder("<table>\n<caption>").append(escape(caption))
        .append("</caption>\n<thead><tr>");
    for (String cell : header) {
      t.append("<th scope=\"col\">").append(escape(cell)).append("</th>");
    }
    t.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      t.append("<tr><th scope=\"row\">").append(escape(row.get(0))).append("</th>");
      for (String cell : row.subList(1, row.size())) {
        t.append("<td>").append(escape(cell)).append("</td>");
      }
      t.append("</tr>\n");
    }
    return t.append("</tbody>\n</table>\n").toString();
  }

  private static void list(StringBuilder html, List<String> items) {
    html.append("<ul>\n");
    for (String item : items) {
      html.append("<li>").append(escape(item)).append("</li>\n");
    }
    html.append("</ul>\n");
  }

  private static void sources(StringBuilder html, List<String> sources) {
    if (sources.isEmpty()) {
      html.append("<p>No records.</p>\n");
      return;
    }
    html.append("<ul class=\"sources\">");
    for (String source : sources) {
      html.append("<li>").append(escape(source)).append("</li>");
    }
    html.append("</ul>\n");
  }

  /**
   * Escapes {@code text} for HTML and XML text and attribute values: {@code & < > " '} become
   * references, every character outside ASCII a numeric reference, and a control character
   * other than tab, line feed and carriage return (never allowed in XML) U+FFFD.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\t', '\n', '\r' -> out.append((char) c);
        default -> {
          if (c < 0x20 || c == 0x7f || (c >= 0xfffe && c <= 0xffff)
              || (c >= 0xd800 && c <= 0xdfff)) {
            out.append("&#xFFFD;");
          } else if (c > 0x7e) {
            out.append("&#").append(c).append(';');
          } else {
            out.append((char) c);
          }
        }
      }
    });
    return out.toString();
  }
}
