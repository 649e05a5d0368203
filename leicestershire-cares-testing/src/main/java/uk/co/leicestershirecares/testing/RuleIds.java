package uk.co.leicestershirecares.testing;

import java.util.List;
import java.util.stream.Collectors;
import uk.co.leicestershirecares.core.eligibility.MissingCondition;
import uk.co.leicestershirecares.core.reason.Reason;

/**
 * The rule ids of reasons and missing conditions, as failure messages show them: ids only, since
 * a reason's text may describe the participant.
 */
final class RuleIds {
  private RuleIds() {}

  static String ofReasons(List<Reason> reasons) {
    return reasons.stream().map(Reason::ruleId).collect(Collectors.joining(", ", "[", "]"));
  }

  static String ofMissing(List<MissingCondition> missing) {
    return missing.stream().map(MissingCondition::ruleId)
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
