package uk.co.leicestershirecares.cli;

import java.io.PrintWriter;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.eligibility.MissingCondition;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.reason.Reason;

/** An assessment as text for people: one screen, plain English, each reason with its rule. */
final class AssessmentText {
  private AssessmentText() {}

  static void print(Assessment a, PrintWriter out) {
    out.println(a.participant() + " on " + a.asOf() + " (plan year " + a.planYear() + ")");
    out.println("  stage: " + a.stage());
    a.stageReasons().forEach(r -> reason(r, out));
    out.println("  employment pathway: " + a.employmentPathway());
    a.employmentPathwayReasons().forEach(r -> reason(r, out));
    for (EligibilityDecision d : a.eligibility()) {
      decision(d, out);
    }
    if (!a.outcomes().isEmpty()) {
      out.println("  outcomes:");
      for (OutcomeClassification o : a.outcomes()) {
        out.println("    " + o.outcome() + ": " + o.category()
            + (o.ete() ? ", ETE" : "") + (o.hard() ? ", hard" : ", soft")
            + (o.sustained26Weeks() ? ", sustained 26 weeks"
                : o.sustained13Weeks() ? ", sustained 13 weeks" : ""));
      }
    }
  }

  static void decision(EligibilityDecision d, PrintWriter out) {
    out.println("  " + d.programme() + ": " + d.outcome() + (d.priority() ? " (priority)" : ""));
    for (Reason r : d.reasons()) {
      out.println("    - " + r.text() + "  [" + r.ruleId() + "]");
    }
    for (MissingCondition m : d.missing()) {
      out.println("    missing: " + m.text() + "  [" + m.ruleId() + "]");
    }
  }

  private static void reason(Reason r, PrintWriter out) {
    out.println("    - " + r.text() + "  [" + r.ruleId() + "]");
  }
}
