package uk.co.leicestershirecares.rules.facts;

import java.util.Optional;
import uk.co.leicestershirecares.core.eligibility.MissingCondition;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.core.reason.Source;

/**
 * One evaluated condition of a programme's eligibility: its verdict, its reason and, unless met,
 * what is missing. A decision lists its conditions by {@link #getPosition() position}.
 */
public final class ConditionFinding {
  private final ProgrammeCode programme;
  private final int position;
  private final Verdict verdict;
  private final Reason reason;
  private final Optional<MissingCondition> missing;

  private ConditionFinding(ProgrammeCode programme, int position, Verdict verdict, Reason reason,
      Optional<MissingCondition> missing) {
    this.programme = programme;
    this.position = position;
    this.verdict = verdict;
    this.reason = reason;
    this.missing = missing;
  }

  /** A condition that holds. */
  public static ConditionFinding met(ProgrammeCode programme, int position, String ruleId,
      String text, Source source) {
    return new ConditionFinding(programme, position, Verdict.MET, Reason.of(ruleId, text, source),
        Optional.empty());
  }

  /** A condition that does not hold, and what would change that. */
  public static ConditionFinding failed(ProgrammeCode programme, int position, String ruleId,
      String text, Source source, String whatWouldChangeIt) {
    return of(programme, position, Verdict.FAILED, ruleId, text, source, whatWouldChangeIt);
  }

  /** A condition that cannot be decided, and what is needed. */
  public static ConditionFinding unknown(ProgrammeCode programme, int position, String ruleId,
      String text, Source source, String whatIsNeeded) {
    return of(programme, position, Verdict.UNKNOWN, ruleId, text, source, whatIsNeeded);
  }

  /** An alternative route not taken: shown, but not part of the verdict. */
  public static ConditionFinding alternativeFailed(ProgrammeCode programme, int position,
      String ruleId, String text, Source source, String whatWouldChangeIt) {
    return of(programme, position, Verdict.ALTERNATIVE_FAILED, ruleId, text, source,
        whatWouldChangeIt);
  }

  private static ConditionFinding of(ProgrammeCode programme, int position, Verdict verdict,
      String ruleId, String text, Source source, String missing) {
    return new ConditionFinding(programme, position, verdict, Reason.of(ruleId, text, source),
        Optional.of(MissingCondition.of(ruleId, missing)));
  }

  /** Returns the programme. */
  public ProgrammeCode getProgramme() {
    return programme;
  }

  /** Returns the condition's place in the decision. */
  public int getPosition() {
    return position;
  }

  /** Returns the verdict. */
  public Verdict getVerdict() {
    return verdict;
  }

  /** Returns the reason. */
  public Reason getReason() {
    return reason;
  }

  /** Returns what is missing, unless the condition is met. */
  public Optional<MissingCondition> getMissing() {
    return missing;
  }
}
