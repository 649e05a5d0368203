package uk.co.leicestershirecares.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.outcome.TrainingType;
import uk.co.leicestershirecares.core.partner.InvolvementType;
import uk.co.leicestershirecares.core.programme.Programme;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.stage.Stage;

/**
 * Renders a {@link QuarterlyReport} as Markdown in the layout of the charity's own quarterly
 * updates (seed {@code 001_cc2b091141c814b2.txt}, "Leaving Care Update Q1 2023/24"): the people
 * and events, the outcome bullets, the indicators that have someone to count, the Power to Change
 * stages, the partners and the funding.
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
    String programme = report.programme()
        .map(code -> catalogue.find(code).map(Programme::name).orElse(code.toString()))
        .orElse("All programmes");
    StringBuilder md = new StringBuilder();
    md.append("# ").append(programme).append(" Update ").append(report.period().label())
        .append("\n\n");
    long workedWith = report.count(QuarterlyReport.YOUNG_PEOPLE_WORKED_WITH);
    md.append("We have worked with ").append(people(workedWith))
        .append(workedWith == 1 ? " who has" : " who have").append( " been directly referred to the ")
        .append(report.programme().isPresent() ? "project" : "charity's projects")
        .append(". In total we have had ").append(report.count(QuarterlyReport.ATTENDANCES))
        .append(" attendances and delivered ").append(report.count(QuarterlyReport.SESSIONS_DELIVERED))
        .append(" sessions across ").append(report.period().label());
    String days = report.period().start() + " to " + report.period().end();
    if (!report.period().label().equals(days)) {
      md.append(" (").append(days).append(')');
    }
    md.append(".\n\n");

    md.append("- Participants achieved education, training & employment outcomes including"
        + " volunteering: ").append(report.count(QuarterlyReport.ETE_OUTCOMES)).append('\n');
    md.append("- ").append(participants(report.count(QuarterlyReport.EMPLOYED))).append(" employed (")
        .append(people(report.count(QuarterlyReport.VOLUNTEERING))).append(" volunteering)\n");
    md.append("- ").append(people(report.count(QuarterlyReport.EDUCATION)))
        .append(" entered or retained a place in education.\n");
    md.append("- ").append(trainings(report)).append('\n');
    md.append("- ").append(participants(report.count(QuarterlyReport.JOB_SEARCH_SUPPORT)))
        .append(" supported with job searching.\n");
    optional(md, report, QuarterlyReport.HOUSING_SECURED, "housed.");
    optional(md, report, QuarterlyReport.HOUSING_APPLICATIONS,
        "submitted a housing application and not yet housed.");
    optional(md, report, QuarterlyReport.WELLBEING, "achieved a wellbeing outcome.");
    optional(md, report, QuarterlyReport.PROGRESSION, "progressed to another programme.");
    optional(md, report, QuarterlyReport.CAMPAIGNING, "took part in peer research or campaigning.");
    md.append("- ").append(people(report.count(QuarterlyReport.ADDITIONAL_OUTCOMES)))
        .append(" achieved additional outcomes.\n");
    optional(md, report, QuarterlyReport.REFERRED_TO_WIRE, "referred onto the WIRE project.");
    long placements = report.count(QuarterlyReport.PLACEMENTS);
    if (placements > 0) {
      md.append("- ").append(placements).append(placements == 1 ? " work placement" : " work placements")
          .append(" started: ").append(report.count(QuarterlyReport.PLACEMENTS_MENTORED))
          .append(" mentored, ").append(report.count(QuarterlyReport.PLACEMENTS_UNPAID))
          .append(" unpaid, ").append(report.count(QuarterlyReport.PLACEMENTS_TWO_WEEKS_OR_LONGER))
          .append(" two weeks or longer.\n");
    }
    md.append('\n');

    // Like the optional outcome lines, an indicator with no one to count is left out (a Leaving
    // Care report says nothing of WIRE's finishers); the JSON and CSV give every indicator.
    List<ReportIndicator> indicators = report.indicators().stream()
        .filter(i -> i.denominator() > 0)
        .collect(Collectors.toList());
    if (!indicators.isEmpty()) {
      md.append("## Indicators\n\n");
      for (ReportIndicator indicator : indicators) {
        md.append("- ").append(indicator.label()).append(": ").append(indicator.numerator())
            .append(" of ").append(indicator.denominator()).append(" (")
            .append(indicator.percent().orElseThrow().toPlainString()).append("%)\n");
      }
      md.append('\n');
    }

    md.append("## Power to Change\n\n");
    List<String> stages = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      stages.add(report.count(QuarterlyReport.STAGE_AT_END_PREFIX + stage.name()) + " power "
          + stage.name().toLowerCase(Locale.ROOT));
    }
    md.append("- At the end of the period: ").append(String.join(", ", stages)).append(".\n");
    md.append("- ").append(people(report.count(QuarterlyReport.MOVED_FORWARD)))
        .append(" moved forward a stage and ").append(report.count(QuarterlyReport.MOVED_BACK))
        .append(" moved back.\n\n");

    md.append("## Business and community sector involvement\n\n");
    if (report.partners().isEmpty()) {
      md.append("- None in this period.\n");
    }
    for (PartnerLine partner : report.partners()) {
      md.append("- ").append(partner.partner()).append(partner.member() ? "" : " (non-member)")
          .append(" – ")
          .append(partner.involvements().stream().map(MarkdownReport::involvement)
              .collect(Collectors.joining(", ")))
          .append('\n');
    }
    md.append("\n## Funding received\n\n");
    for (PartnerLine partner : report.partners()) {
      if (partner.funding().pence() > 0) {
        md.append("- ").append(partner.partner()).append(' ').append(partner.funding()).append('\n');
      }
    }
    md.append("- Total: ").append(report.fundingReceived()).append('\n');
    return md.toString();
  }

  private static void optional(StringBuilder md, QuarterlyReport report, String key, String text) {
    long count = report.count(key);
    if (count > 0) {
      md.append("- ").append(participants(count)).append(' ').append(text).append('\n');
    }
  }

  private static String participants(long count) {
    return count + (count == 1 ? " participant" : " participants");
  }

  private static String people(long count) {
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
    switch (type) {
      case MOCK_INTERVIEW: return "Mock interview";
      case EMPLOYABILITY: return "Employability";
      case GROUP_WORK: return "Group work";
      case WORK_EXPERIENCE: return "Work experience";
      case PAID_EMPLOYMENT: return "Paid employment";
      case EMPLOYMENT_OPPORTUNITIES: return "Employment opportunities";
      case VOLUNTEERING_OPPORTUNITIES: return "Volunteering opportunities";
      case USE_OF_FACILITY: return "Use of facility";
      case COMMUNITY_CONNECTIONS: return "Connecting with community partners";
      case RENOVATION: return "Renovation project";
      case MENTORING: return "Mentoring";
      case FUNDING: return "Funding";
      case PARTNERSHIP: return "Partnership";
    }
    throw new AssertionError(type);
  }
}
