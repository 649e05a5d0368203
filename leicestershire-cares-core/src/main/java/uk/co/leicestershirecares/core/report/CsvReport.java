package uk.co.leicestershirecares.core.report;

import java.util.List;
import java.util.stream.Collectors;
import uk.co.leicestershirecares.core.internal.Checks;

/**
 * Renders a {@link QuarterlyReport}'s tables as CSV (RFC 4180: comma-separated, fields with a
 * comma, quote or line break quoted, lines ending CRLF). Lists of record ids are joined with
 * {@code ;}.
 */
public final class CsvReport {
  private static final String EOL = "\r\n";

  private CsvReport() {}

  /** Returns the lines table: {@code key,label,count,sources}, one row per line. */
  public static String lines(QuarterlyReport report) {
    Checks.notNull(report, "report");
    StringBuilder csv = new StringBuilder("key,label,count,sources").append(EOL);
    for (ReportLine line : report.lines()) {
      row(csv, List.of(line.key(), line.label(), Long.toString(line.count()),
          String.join(";", line.sources())));
    }
    return csv.toString();
  }

  /**
   * Returns the indicators table: {@code
   * key,label,numerator,denominator,percent,numeratorSources,denominatorSources}, one row per
   * indicator; {@code percent} has one decimal place, and is empty when the denominator is 0.
   */
  public static String indicators(QuarterlyReport report) {
    Checks.notNull(report, "report");
    StringBuilder csv = new StringBuilder(
        "key,label,numerator,denominator,percent,numeratorSources,denominatorSources").append(EOL);
    for (ReportIndicator indicator : report.indicators()) {
      row(csv, List.of(indicator.key(), indicator.label(), Long.toString(indicator.numerator()),
          Long.toString(indicator.denominator()),
          indicator.percent().map(p -> p.toPlainString()).orElse(""),
          String.join(";", indicator.numeratorSources()),
          String.join(";", indicator.denominatorSources())));
    }
    return csv.toString();
  }

  /**
   * Returns the partners table: {@code partner,member,involvements,fundingPence,sources}, one row
   * per partner involved.
   */
  public static String partners(QuarterlyReport report) {
    Checks.notNull(report, "report");
    StringBuilder csv = new StringBuilder("partner,member,involvements,fundingPence,sources")
        .append(EOL);
    for (PartnerLine partner : report.partners()) {
      row(csv, List.of(partner.partner(), Boolean.toString(partner.member()),
          partner.involvements().stream().map(Enum::name).collect(Collectors.joining(";")),
          Long.toString(partner.funding().pence()), String.join(";", partner.sources())));
    }
    return csv.toString();
  }

  private static void row(StringBuilder csv, List<String> fields) {
    csv.append(fields.stream().map(CsvReport::field).collect(Collectors.joining(","))).append(EOL);
  }

  static String field(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n")
        || value.contains("\r")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
