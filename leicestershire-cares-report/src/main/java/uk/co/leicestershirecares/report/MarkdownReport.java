package uk.co.leicestershirecares.report;

import java.util.List;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;

/**
 * Renders a {@link QuarterlyReport} as Markdown in the layout of the charity's own quarterly
 * updates (seed {@code 001_cc2b091141c814b2.txt}, "Leaving Care Update Q1 2023/24"): the people
 * and events, the outcome bullets, the indicators that have someone to count, the Power to Change
 * stages, the partners and the funding. {@link HtmlReport} prints the same words, with charts.
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  /** Renders {@code report}, naming its programme from the standard catalogue. */
  public static String render(QuarterlyReport report) {
    return render(report, ProgrammeCatalogue.standard());
  }

  /** Renders {@code report}, naming its programme from {@code catalogue}. */
  public static String render(QuarterlyReport report, ProgrammeCatalogue catalogue) {
    Checks.notNull(report, "report");
    Checks.notNull(catalogue, "catalogue");
    ReportText text = ReportText.of(report, catalogue);
    StringBuilder md = new StringBuilder();
    md.append("# ").append(text.title()).append("\n\n").append(text.intro()).append("\n\n");
    bullets(md, text.outcomes());
    for (ReportText.Section section : text.sections()) {
      md.append("\n## ").append(section.heading()).append("\n\n");
      bullets(md, section.items());
    }
    return md.toString();
  }

  private static void bullets(StringBuilder md, List<String> items) {
    for (String item : items) {
      md.append("- ").append(item).append('\n');
    }
  }
}
