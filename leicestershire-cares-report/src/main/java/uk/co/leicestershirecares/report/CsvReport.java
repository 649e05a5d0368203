package uk.co.leicestershirecares.report;

import java.util.List;
import java.util.stream.Collectors;
import uk.co.leicestershirecares.core.internal.Checks;

/**
 * Renders a {@link QuarterlyReport}'s tables as CSV (RFC 4180: comma-separated, lines ending
 * CRLF). Lists of record ids are joined with {@code ;}.
 *
 * <p>Funders open these files in a spreadsheet, and some cells carry free text: partner names
 * (in the partners table and in the sources of the lines {@code partnersInvolved} and the
 * partners' involvements), record ids, keys and labels. So every cell is written as follows
 * (OWASP, <a href="https://owasp.org/www-community/attacks/CSV_Injection">CSV Injection</a>):
 *
 * <ol>
 *   <li>A cell whose text begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab, a
 *       carriage return or a line feed, which a spreadsheet would read as a formula, is written
 *       with a single quote {@code '} before it: a partner named {@code =HYPERLINK("http://x","y")}
 *       is written {@code "'=HYPERLINK(""http://x"",""y"")"} and shows as text. So that the
 *       quote can always be taken off again, a cell whose text begins with {@code '} gets one
 *       more too: to read a cell's text back, drop its first character if it is {@code '}.
 *   <li>Then, as RFC 4180 says, a cell with a comma, a double quote, a carriage return or a line
 *       feed is put in double quotes, each double quote in it doubled; so is a cell with a
 *       {@code ;}, the separator of spreadsheets set up for some other languages, so that text
 *       after a {@code ;} can never begin a cell of its own (a list of sources such as
 *       {@code P-1;=x} is one quoted cell).
 * </ol>
 *
 * <p>No number needs the quote, and none gets it: counts, numerators and denominators count
 * records, percentages are of those counts, and funding is in pence, which {@link
 * uk.co.leicestershirecares.core.partner.Money} never lets be negative; so no number this class
 * writes begins with {@code -} (or any other of the characters above).
 */
public final class CsvReport {
  private static final String EOL = "\r\n";
  /**
   * The first characters that make a spreadsheet read a cell as a formula (OWASP: equals, plus,
   * minus, at, tab, carriage return, line feed), and the quote that marks them as text.
   */
  private static final String FORMULA_STARTS = "=+-@\t\r\n'";

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

  /**
   * Returns one cell: {@code value} with a {@code '} before it when it begins with a character a
   * spreadsheet reads as the start of a formula (or with {@code '}), then quoted as RFC 4180 says
   * when it holds a comma, a double quote, a line break or a {@code ;}.
   */
  static String field(String value) {
    String text = neutralised(value);
    if (text.contains(",") || text.contains("\"") || text.contains("\n")
        || text.contains("\r") || text.contains(";")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  /** Returns {@code value}, with a {@code '} before it when it begins with a formula start. */
  private static String neutralised(String value) {
    if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }
}
