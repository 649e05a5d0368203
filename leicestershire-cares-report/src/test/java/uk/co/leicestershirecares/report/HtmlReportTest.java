package uk.co.leicestershirecares.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import uk.co.leicestershirecares.core.engagement.Attendance;
import uk.co.leicestershirecares.core.engagement.Referral;
import uk.co.leicestershirecares.core.engagement.ReferralSource;
import uk.co.leicestershirecares.core.engagement.Session;
import uk.co.leicestershirecares.core.engagement.SessionId;
import uk.co.leicestershirecares.core.engagement.SessionKind;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.outcome.OutcomeId;
import uk.co.leicestershirecares.core.outcome.OutcomeType;
import uk.co.leicestershirecares.core.outcome.TrainingType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantId;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.partner.InvolvementType;
import uk.co.leicestershirecares.core.partner.Money;
import uk.co.leicestershirecares.core.partner.Partner;
import uk.co.leicestershirecares.core.partner.PartnerInvolvement;
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * Covers {@link HtmlReport}: the markdown's words, well-formed markup, nothing fetched, one table
 * per chart, escaping, the months and quarters, and the Power to Change moves.
 */
final class HtmlReportTest {
  private static final ProgrammeCode LC = ProgrammeCode.LEAVING_CARE;
  private static final ReportGenerator REPORTS = ReportGenerator.withReferencePolicy();
  private static final ReportPeriod Q1 = ReportPeriod.of(FinancialQuarter.parse("2023/24 Q1"));
  private static final String HOSTILE = "<script>alert(1)</script> & Co";

  private static Attendance group(int month, int day) {
    return Attendance.of(LocalDate.of(2023, month, day), SessionKind.GROUP, LC);
  }

  /**
   * P-1 moves from power within to power to (a job on 10 May) and attends on both sides of a
   * month's end; P-2 attends group work on both sides of the quarter's ends, so is at power with
   * at both; a partner has a hostile name.
   */
  static ReportDataSet data() {
    ParticipantRecord mover = ParticipantRecord.builder()
        .participant(Participant.builder().id(ParticipantId.of("P-1"))
            .dateOfBirth(LocalDate.of(2002, 2, 2)).homeArea(HomeArea.RUTLAND).build())
        .addReferral(Referral.of(LC, LocalDate.of(2023, 1, 1), ReferralSource.SELF))
        .addAttendances(group(4, 30), group(5, 1))
        .addOutcomes(
            OutcomeEvent.builder().id(OutcomeId.of("O-1")).type(OutcomeType.EMPLOYMENT)
                .date(LocalDate.of(2023, 5, 10)).programme(LC).build(),
            OutcomeEvent.builder().id(OutcomeId.of("O-2")).type(OutcomeType.TRAINING_COMPLETED)
                .training(TrainingType.SAFEGUARDING).date(LocalDate.of(2023, 5, 11))
                .programme(LC).build())
        .build();
    ParticipantRecord attender = ParticipantRecord.builder()
        .participant(Participant.builder().id(ParticipantId.of("P-2"))
            .dateOfBirth(LocalDate.of(2003, 3, 3)).homeArea(HomeArea.LEICESTER_CITY).build())
        .addReferral(Referral.of(LC, LocalDate.of(2023, 1, 1), ReferralSource.SELF))
        .addAttendances(group(3, 31), group(4, 1), group(6, 30), group(7, 1), group(8, 1))
        .build();
    Partner partner = Partner.builder().name(HOSTILE).member(false)
        .addInvolvement(PartnerInvolvement.builder().type(InvolvementType.FUNDING)
            .date(LocalDate.of(2023, 5, 30)).amount(Money.ofPounds(1000)).build())
        .build();
    return ReportDataSet.builder().addParticipants(mover, attender).addPartner(partner)
        .addSessions(Session.of(SessionId.of("S-1"), LC, LocalDate.of(2023, 4, 1),
                SessionKind.GROUP),
            Session.of(SessionId.of("S-2"), LC, LocalDate.of(2023, 6, 30), SessionKind.GROUP),
            Session.of(SessionId.of("S-3"), LC, LocalDate.of(2023, 7, 1), SessionKind.GROUP))
        .build();
  }

  private static String page(ReportPeriod period) {
    return HtmlReport.render(REPORTS, data(), ReportScope.of(LC), period);
  }

  static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setExpandEntityReferences(false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
  }

  static List<String> texts(Document document, String tag) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = document.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  /** The rows of the table with {@code caption}: each row's cells' text. */
  static List<List<String>> table(Document document, String caption) {
    NodeList tables = document.getElementsByTagName("table");
    for (int i = 0; i < tables.getLength(); i++) {
      Element table = (Element) tables.item(i);
      if (table.getElementsByTagName("caption").item(0).getTextContent().equals(caption)) {
        List<List<String>> rows = new ArrayList<>();
        NodeList trs = table.getElementsByTagName("tr");
        for (int r = 0; r < trs.getLength(); r++) {
          List<String> cells = new ArrayList<>();
          NodeList children = trs.item(r).getChildNodes();
          for (int c = 0; c < children.getLength(); c++) {
            cells.add(children.item(c).getTextContent());
          }
          rows.add(cells);
        }
        return rows;
      }
    }
    throw new AssertionError("no table captioned " + caption);
  }

  @Test
  void aReportAlreadyCountedRendersTheSamePage() {
    ReportPeriod twoQuarters = ReportPeriod.between(Q1.start(), LocalDate.of(2023, 9, 30));
    QuarterlyReport counted = REPORTS.report(data(), ReportScope.of(LC), twoQuarters);

    assertThat(HtmlReport.render(counted, REPORTS, data(), ProgrammeCatalogue.standard()))
        .isEqualTo(HtmlReport.render(REPORTS, data(), ReportScope.of(LC), twoQuarters));
  }

  @Test
  void givesEveryLineOfTheMarkdownReport_andEveryFigureWithItsLabelAndCount() throws Exception {
    QuarterlyReport report = REPORTS.report(data(), ReportScope.of(LC), Q1);
    Document page = parse(page(Q1));

    List<String> words = new ArrayList<>();
    words.addAll(texts(page, "h1"));
    words.addAll(texts(page, "h2"));
    words.addAll(texts(page, "p"));
    words.addAll(texts(page, "li"));
    for (String line : MarkdownReport.render(report).split("\n")) {
      if (!line.isEmpty()) {
        assertThat(words).contains(line.replaceFirst("^(# |## |- )", ""));
      }
    }
    List<String> summaries = texts(page, "summary");
    for (ReportLine line : report.lines()) {
      assertThat(summaries).contains(line.label() + ": " + line.count());
    }
    assertThat(texts(page, "title")).first().isEqualTo("Leaving Care Update 2023/24 Q1");
    assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("en");
  }

  @Test
  void fetchesNothing() {
    String html = page(Q1);

    assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\""
        + "default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:\"/>");
    assertThat(html).doesNotContain("http://", "https://", "src=", "@import", "<script",
        "<link", "<img", "<iframe", "//");
    Matcher urls = Pattern.compile("url\\(([^)]*)\\)").matcher(html);
    while (urls.find()) {
      assertThat(urls.group(1)).startsWith("#");
    }
    Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (hrefs.find()) {
      assertThat(hrefs.group(1)).startsWith("#");
    }
  }

  @Test
  void everyChartHasATitleALabelAndATableAfterIt() throws Exception {
    Document page = parse(page(Q1));
    NodeList charts = page.getElementsByTagName("svg");
    NodeList figures = page.getElementsByTagName("figure");

    assertThat(charts.getLength()).isEqualTo(4);
    assertThat(page.getElementsByTagName("table").getLength()).isEqualTo(charts.getLength());
    assertThat(figures.getLength()).isEqualTo(charts.getLength());
    for (int i = 0; i < charts.getLength(); i++) {
      Element svg = (Element) charts.item(i);
      assertThat(svg.getAttribute("role")).isEqualTo("img");
      assertThat(svg.getAttribute("aria-label")).isNotBlank();
      assertThat(svg.getElementsByTagName("title").getLength()).isOne();
      Element figure = (Element) figures.item(i);
      assertThat(figure.getElementsByTagName("svg").getLength()).isOne();
      assertThat(figure.getElementsByTagName("table").getLength()).isOne();
      Element table = (Element) figure.getElementsByTagName("table").item(0);
      assertThat(table.getElementsByTagName("caption").getLength()).isOne();
      NodeList headers = table.getElementsByTagName("th");
      for (int h = 0; h < headers.getLength(); h++) {
        assertThat(((Element) headers.item(h)).getAttribute("scope")).isIn("col", "row");
      }
    }
  }

  @Test
  void escapesAPartnersName() throws Exception {
    String html = page(Q1);

    assertThat(html).doesNotContain("<script").doesNotContain("& Co")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co (non-member) &#8211; Funding");
    assertThat(texts(parse(html), "li"))
        .contains(HOSTILE + " (non-member) – Funding", HOSTILE + " £1,000.00");
  }

  @Test
  void powerToChangeGivesTheStagesAtStartAndEndAndTheMoves() throws Exception {
    Document page = parse(page(Q1));
    List<List<String>> moves = table(page, "Young people worked with by stage at the start"
        + " (rows) and at the end (columns) of 2023/24 Q1");

    assertThat(moves).containsExactly(
        List.of("Stage at the start, then at the end", "At the end: power within",
            "At the end: power with", "At the end: power to", "At the start, in all"),
        // P-1 started within and ended at power to; P-2 was at power with at both ends.
        List.of("At the start: power within", "0", "0", "1", "1"),
        List.of("At the start: power with", "0", "1", "0", "1"),
        List.of("At the start: power to", "0", "0", "0", "0"),
        List.of("At the end, in all", "0", "1", "1", "2"));
    String chart = ((Element) page.getElementsByTagName("svg").item(0)).getAttribute("aria-label");
    assertThat(chart).contains("At the start: 1 power within, 1 power with, 0 power to.")
        .contains("power within to power to: 1");
  }

  @Test
  void monthsAreCutAtThePeriodsEdges_andAddUpToThePeriod() throws Exception {
    ReportPeriod days = ReportPeriod.between(LocalDate.of(2023, 4, 15), LocalDate.of(2023, 6, 30));
    Document page = parse(page(days));

    assertThat(table(page, "Attendances and sessions delivered by month, " + days.label()))
        .containsExactly(List.of("Month", "Attendances", "Sessions delivered"),
            List.of("April 2023 (2023-04-15 to 2023-04-30)", "1", "0"),
            List.of("May 2023", "1", "0"),
            List.of("June 2023", "1", "1"),
            List.of("The whole period", "3", "1"));
    String chart = ((Element) page.getElementsByTagName("svg").item(3)).getAttribute("aria-label");
    assertThat(chart).contains("May 2023 Attendances: 1, Sessions: 0; June 2023 Attendances: 1,"
        + " Sessions: 1.");
    assertThat(table(parse(page(Q1)), "Attendances and sessions delivered by month, 2023/24 Q1"))
        .contains(List.of("April 2023", "2", "1"), List.of("The whole period", "4", "2"));
  }

  @Test
  void showsTheQuartersSideBySideForAPeriodOfTwoQuarters_andNotForOne() throws Exception {
    ReportPeriod half = ReportPeriod.yearToDate(FinancialQuarter.parse("2023/24 Q2"));
    Document two = parse(page(half));
    Document one = parse(page(Q1));

    assertThat(table(two, "Headline figures by financial quarter, side by side, 2023/24 Q1–Q2"))
        .containsExactly(
            List.of("Quarter", "Young people worked with", "Attendances", "Sessions delivered",
                "Education, training & employment"),
            List.of("2023/24 Q1", "2", "4", "2", "1"),
            List.of("2023/24 Q2", "1", "2", "1", "0"),
            List.of("The whole period (people counted once)", "2", "6", "3", "1"));
    assertThat(two.getElementsByTagName("svg").getLength()).isEqualTo(5);
    assertThat(texts(one, "caption")).noneMatch(c -> c.contains("by financial quarter"));
    assertThat(texts(one, "figcaption")).doesNotContain("The quarters side by side");
    assertThat(texts(two, "figcaption")).contains("The quarters side by side");
  }

  @Test
  void listsTheRecordsBehindEachFigure_andNoDateOfBirth() {
    String html = page(Q1);

    assertThat(html).contains("<details><summary>Attendances: 4</summary>\n"
        + "<p class=\"key\">attendances</p>\n<ul class=\"sources\"><li>P-1/attendances[0]</li>"
        + "<li>P-1/attendances[1]</li><li>P-2/attendances[1]</li><li>P-2/attendances[2]</li>"
        + "</ul>\n</details>");
    assertThat(html).doesNotContain("2002-02-02", "2003-03-03", "RUTLAND", "LEICESTER_CITY");
  }

  @Test
  void anEmptyDataSetForAllProgrammesGivesAWellFormedPage() throws Exception {
    Document page = parse(HtmlReport.render(REPORTS, ReportDataSet.builder().build(),
        ReportScope.allProgrammes(), Q1));

    assertThat(texts(page, "h1")).containsExactly("All programmes Update 2023/24 Q1");
    assertThat(page.getElementsByTagName("svg").getLength()).isEqualTo(4);
    assertThat(((Element) page.getElementsByTagName("svg").item(0)).getAttribute("aria-label"))
        .endsWith("No young people worked with.");
    assertThat(texts(page, "p")).contains("No records.");
  }

  @Test
  void escapeWritesReferencesForMarkupAndEverythingOutsideAscii() {
    assertThat(HtmlReport.escape("a<b>&\"'£–\u0001\uD83D\uDE00"))
        .isEqualTo("a&lt;b&gt;&amp;&quot;&#39;&#163;&#8211;&#xFFFD;&#128512;");
  }
}
