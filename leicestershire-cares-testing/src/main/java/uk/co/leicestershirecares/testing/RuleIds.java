package uk.co.leicestershirecares.testing;

import java.util.List;
import uk.co.leicestershirecares.core.eligibility.MissingCondition;
import uk.co.leicestershirecares.core.reason.Reason;

/**
 * The rule ids of reasons and missing conditions, as failure messages show them ({@code [UP.age,
 * UP.area]}): ids only, since a reason's text may describe the participant.
 */
final class RuleIds {
  private RuleIds() {}

  static List<String> ofReasons(List<Reason> reasons) {
    return reasons.stream().map(Reason::ruleId).toList();
  }

  static List<String> ofMissing(List<MissingCondition> missing) {
    return missing.stream().map(MissingCondition::ruleId).toList();
  }
}
