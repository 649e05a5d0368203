package uk.co.leicestershirecares.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.co.leicestershirecares.core.outcome.TrainingType;
import uk.co.leicestershirecares.core.partner.InvolvementType;
import uk.co.leicestershirecares.core.programme.Programme;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.stage.Stage;

/**
 * The words of a report in the layout of the charity's own quarterly updates (seed {@code
 * 001_cc2b091141c814b2.txt}): a title, an opening paragraph, the outcome items, then sections
 * with a heading each. {@link MarkdownReport} and {@link HtmlReport} both print these words, so
 * the two say the same thing; neither escapes here (the HTML escapes as it prints). Aggregate
 * figures and partners' names only: nothing in it is about one person.
 *
 * @param title the title: "Leaving Care Update 2023/24 Q1"
 * @param intro the opening paragraph: the people worked with, the attendances and the sessions
 * @param outcomes the outcome items, which follow the opening paragraph without a heading
 * @param sections the sections after the outcomes: indicators (if any), Power to Change,
 *     partners, funding
 */
record ReportText(String title, String intro, List<String> outcomes, List<Section> sections) {
  /** A section of the report: a heading and its items, in order. */
  record Section(String heading, List<String> items) {
    Section {
      items = List.copyOf(items);
    }
  }

  ReportText {
    outcomes = List.copyOf(outcomes);
    sections = List.copyOf(sections);
  }

  /** Words {@code report}, naming its programme from {@code catalogue}. */
  static ReportText of(QuarterlyReport report, ProgrammeCatalogue catalogue) {
    String programme = report.programme()
        .map(code -> catalogue.find(code).map(Programme::name).orElse(code.toString()))
        .orElse("All programmes");
    String title = programme + " Update " + report.period().label();

    long workedWith = report.count(QuarterlyReport.YOUNG_PEOPLE_WORKED_WITH);
    StringBuilder intro = new StringBuilder("We have worked with ").append(people(workedWith))
        .append(workedWith == 1 ? " who has" : " who have")
        .append(" been directly referred to the ")
        .append(report.programme().isPresent() ? "project" : "charity's projects")
        .append(". In total we have had ").append(report.count(QuarterlyReport.ATTENDANCES))
        .append(" attendances and delivered ")
        .append(report.count(QuarterlyReport.SESSIONS_DELIVERED))
        .append(" sessions across ").append(report.period().label());
    String days = report.period().start() + " to " + report.period().end();
    if (!report.period().label().equals(days)) {
      intro.append(" (").append(days).append(')');
    }
    intro.append('.');

    List<Section> sections = new ArrayList<>();
    // Like the optional outcome lines, an indicator with no one to count is left out (a Leaving
    // Care report says nothing of WIRE's finishers); the JSON and CSV give every indicator.
    List<String> indicators = report.indicators().stream()
        .filter(i -> i.denominator() > 0)
        .map(i -> i.label() + ": " + i.numerator() + " of " + i.denominator() + " ("
            + i.percent().orElseThrow().toPlainString() + "%)")
        .collect(Collectors.toList());
    if (!indicators.isEmpty()) {
      sections.add(new Section("Indicators", indicators));
    }
    sections.add(new Section("Power to Change", List.of(
        "At the start of the period: "
            + stages(report, QuarterlyReport.STAGE_AT_START_PREFIX) + ".",
        "At the end of the period: " + stages(report, QuarterlyReport.STAGE_AT_END_PREFIX) + ".",
        people(report.count(QuarterlyReport.MOVED_FORWARD)) + " moved forward a stage and "
            + report.count(QuarterlyReport.MOVED_BACK) + " moved back.")));

    List<String> partners = new ArrayList<>();
    List<String> funding = new ArrayList<>();
    if (report.partners().isEmpty()) {
      partners.add("None in this period.");
    }
    for (PartnerLine partner : report.partners()) {
      partners.add(partner.partner() + (partner.member() ? "" : " (non-member)") + " – "
          + partner.involvements().stream().map(ReportText::involvement)
              .collect(Collectors.joining(", ")));
      if (partner.funding().pence() > 0) {
        funding.add(partner.partner() + " " + partner.funding());
      }
    }
    funding.add("Total: " + report.fundingReceived());
    sections.add(new Section("Business and community sector involvement", partners));
    sections.add(new Section("Funding received", funding));
    return new ReportText(title, intro.toString(), outcomes(report), sections);
  }

  private static List<String> outcomes(QuarterlyReport report) {
    List<String> items = new ArrayList<>();
    items.add("Participants achieved education, training & employment outcomes including"
        + " volunteering: " + report.count(QuarterlyReport.ETE_OUTCOMES));
    items.add(participants(report.count(QuarterlyReport.EMPLOYED)) + " employed ("
        + people(report.count(QuarterlyReport.VOLUNTEERING)) + " volunteering)");
    items.add(people(report.count(QuarterlyReport.EDUCATION))
        + " entered or retained a place in education.");
    items.add(trainings(report));
    items.add(participants(report.count(QuarterlyReport.JOB_SEARCH_SUPPORT))
        + " supported with job searching.");
    optional(items, report, QuarterlyReport.HOUSING_SECURED, "housed.");
    optional(items, report, QuarterlyReport.HOUSING_APPLICATIONS,
        "submitted a housing application and not yet housed.");
    optional(items, report, QuarterlyReport.WELLBEING, "achieved a wellbeing outcome.");
    optional(items, report, QuarterlyReport.PROGRESSION, "progressed to another programme.");
    optional(items, report, QuarterlyReport.CAMPAIGNING,
        "took part in peer research or campaigning.");
    items.add(people(report.count(QuarterlyReport.ADDITIONAL_OUTCOMES))
        + " achieved additional outcomes.");
    optional(items, report, QuarterlyReport.REFERRED_TO_WIRE, "referred onto the WIRE project.");
    long placements = report.count(QuarterlyReport.PLACEMENTS);
    if (placements > 0) {
      items.add(placements + (placements == 1 ? " work placement" : " work placements")
          + " started: " + report.count(QuarterlyReport.PLACEMENTS_MENTORED) + " mentored, "
          + report.count(QuarterlyReport.PLACEMENTS_UNPAID) + " unpaid, "
          + report.count(QuarterlyReport.PLACEMENTS_TWO_WEEKS_OR_LONGER)
          + " two weeks or longer.");
    }
    return items;
  }

  /** "3 power within, 1 power with, 0 power to". */
  private static String stages(QuarterlyReport report, String prefix) {
    List<String> stages = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      stages.add(report.count(prefix + stage.name()) + " " + ReportGenerator.stageName(stage));
    }
    return String.join(", ", stages);
  }

  private static void optional(List<String> items, QuarterlyReport report, String key,
      String text) {
    long count = report.count(key);
    if (count > 0) {
      items.add(participants(count) + " " + text);
    }
  }

  static String participants(long count) {
    return count + (count == 1 ? " participant" : " participants");
  }

  static String people(long count) {
    return count + (count == 1 ? " young person" : " young people");
  }

  private static String trainings(QuarterlyReport report) {
    List<String> parts = new ArrayList<>();
    for (TrainingType training : TrainingType.values()) {
      long count = report.training(training).count();
      if (count > 0) {
        parts.add(participants(count) + " completed "
            + ReportGenerator.trainingName(training) + " training");
      }
    }
    return parts.isEmpty() ? "No trainings completed." : String.join(", ", parts) + ".";
  }

  static String involvement(InvolvementType type) {
    return switch (type) {
      case MOCK_INTERVIEW -> "Mock interview";
      case EMPLOYABILITY -> "Employability";
      case GROUP_WORK -> "Group work";
      case WORK_EXPERIENCE -> "Work experience";
      case PAID_EMPLOYMENT -> "Paid employment";
      case EMPLOYMENT_OPPORTUNITIES -> "Employment opportunities";
      case VOLUNTEERING_OPPORTUNITIES -> "Volunteering opportunities";
      case USE_OF_FACILITY -> "Use of facility";
      case COMMUNITY_CONNECTIONS -> "Connecting with community partners";
      case RENOVATION -> "Renovation project";
      case MENTORING -> "Mentoring";
      case FUNDING -> "Funding";
      case PARTNERSHIP -> "Partnership";
    };
  }
}
