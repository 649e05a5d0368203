package uk.co.leicestershirecares.core.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.reason.Reason;

/** A readable difference between two assessments (synthetic test data only). */
final class AssessmentDiff {
  private AssessmentDiff() {}

  static String diff(Assessment expected, Assessment actual) {
    List<String> lines = new ArrayList<>();
    field(lines, "planYear", expected.planYear(), actual.planYear());
    field(lines, "stage", expected.stage(), actual.stage());
    reasons(lines, "stageReasons", expected.stageReasons(), actual.stageReasons());
    field(lines, "employmentPathway", expected.employmentPathway(), actual.employmentPathway());
    reasons(lines, "employmentPathwayReasons", expected.employmentPathwayReasons(),
        actual.employmentPathwayReasons());
    int n = Math.max(expected.eligibility().size(), actual.eligibility().size());
    for (int i = 0; i < n; i++) {
      EligibilityDecision e = i < expected.eligibility().size() ? expected.eligibility().get(i)
          : null;
      EligibilityDecision a = i < actual.eligibility().size() ? actual.eligibility().get(i) : null;
      if (e == null || a == null) {
        lines.add("eligibility[" + i + "]: expected " + e + " but was " + a);
        continue;
      }
      String p = "eligibility[" + e.programme() + "].";
      field(lines, p + "programme", e.programme(), a.programme());
      field(lines, p + "planYear", e.planYear(), a.planYear());
      field(lines, p + "outcome", e.outcome(), a.outcome());
      reasons(lines, p + "reasons", e.reasons(), a.reasons());
      if (!e.missing().equals(a.missing())) {
        lines.add(p + "missing:\n      expected " + text(e.missing()) + "\n      but was  "
            + text(a.missing()));
      }
    }
    n = Math.max(expected.outcomes().size(), actual.outcomes().size());
    for (int i = 0; i < n; i++) {
      OutcomeClassification e = i < expected.outcomes().size() ? expected.outcomes().get(i) : null;
      OutcomeClassification a = i < actual.outcomes().size() ? actual.outcomes().get(i) : null;
      if (!Objects.equals(e, a)) {
        lines.add("outcomes[" + i + "]:\n      expected " + text(e) + "\n      but was  " + text(a));
      }
    }
    if (lines.isEmpty() && !expected.equals(actual)) {
      lines.add("(assessments differ in a field this diff does not show)");
    }
    return String.join("\n  ", lines);
  }

  private static void field(List<String> lines, String name, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      lines.add(name + ": expected " + expected + " but was " + actual);
    }
  }

  private static void reasons(List<String> lines, String name, List<Reason> expected,
      List<Reason> actual) {
    if (!expected.equals(actual)) {
      lines.add(name + ":\n      expected " + text(expected) + "\n      but was  " + text(actual));
    }
  }

  static String text(Object value) {
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      for (Object o : list) {
        items.add(text(o));
      }
      return items.toString();
    }
    if (value instanceof Reason r) {
      return "[" + r.ruleId() + "] " + r.text() + " (" + r.source().document() + ")";
    }
    if (value instanceof uk.co.leicestershirecares.core.eligibility.MissingCondition m) {
      return "[" + m.ruleId() + "] " + m.text();
    }
    if (value instanceof OutcomeClassification c) {
      return c.outcome() + " " + c.category() + " ete=" + c.ete() + " hard=" + c.hard()
          + " stage=" + c.stage() + " s13=" + c.sustained13Weeks() + " s26="
          + c.sustained26Weeks() + " " + text(c.reasons());
    }
    return String.valueOf(value);
  }
}
