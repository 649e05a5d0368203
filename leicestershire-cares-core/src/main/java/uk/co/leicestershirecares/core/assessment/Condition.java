package uk.co.leicestershirecares.core.assessment;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.eligibility.MissingCondition;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.core.reason.Source;

/** One evaluated condition of an eligibility rule: met, failed or undecided, and why. */
final class Condition {
  enum Verdict { MET, FAILED, UNKNOWN }

  final Verdict verdict;
  final Reason reason;
  final Optional<MissingCondition> missing;

  private Condition(Verdict verdict, Reason reason, Optional<MissingCondition> missing) {
    this.verdict = verdict;
    this.reason = reason;
    this.missing = missing;
  }

  static Condition met(String ruleId, String text, Source source) {
    return new Condition(Verdict.MET, Reason.of(ruleId, text, source), Optional.empty());
  }

  static Condition failed(String ruleId, String text, Source source, String whatWouldChangeIt) {
    return new Condition(Verdict.FAILED, Reason.of(ruleId, text, source),
        Optional.of(MissingCondition.of(ruleId, whatWouldChangeIt)));
  }

  static Condition unknown(String ruleId, String text, Source source, String whatIsNeeded) {
    return new Condition(Verdict.UNKNOWN, Reason.of(ruleId, text, source),
        Optional.of(MissingCondition.of(ruleId, whatIsNeeded)));
  }

  /** Any failure fails the whole; otherwise anything undecided leaves it undecided. */
  static EligibilityOutcome outcome(List<Condition> conditions) {
    if (conditions.stream().anyMatch(c -> c.verdict == Verdict.FAILED)) {
      return EligibilityOutcome.NOT_ELIGIBLE;
    }
    if (conditions.stream().anyMatch(c -> c.verdict == Verdict.UNKNOWN)) {
      return EligibilityOutcome.NEEDS_INFORMATION;
    }
    return EligibilityOutcome.ELIGIBLE;
  }

  static ImmutableList<Reason> reasons(List<Condition> conditions) {
    return conditions.stream().map(c -> c.reason).collect(ImmutableList.toImmutableList());
  }

  static ImmutableList<MissingCondition> missing(List<Condition> conditions) {
    return conditions.stream()
        .flatMap(c -> c.missing.stream())
        .collect(ImmutableList.toImmutableList());
  }
}
