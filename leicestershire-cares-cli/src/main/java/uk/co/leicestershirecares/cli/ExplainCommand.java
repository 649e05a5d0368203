package uk.co.leicestershirecares.cli;

import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.core.table.PolicyTableException;
import uk.co.leicestershirecares.rules.DroolsPolicy;
import uk.co.leicestershirecares.rules.Explanation;
import uk.co.leicestershirecares.rules.FiredRule;
import uk.co.leicestershirecares.rules.RuleFolder;

/**
 * {@code explain}: the rules that fired, in order, for one programme's decision; or, with {@code
 * --table}, the DRL a decision table generates.
 */
@Command(
    name = "explain",
    description = "Explain one programme's decision for one record: the rules that fired, in "
        + "order, with their rule ids and sources, then the decision with its reasons. With "
        + "--table FILE instead, print the rules Drools generates from a decision table, each "
        + "marked with the row its values come from.")
final class ExplainCommand extends Subcommand {
  @Option(names = "--record", paramLabel = "FILE",
      description = "one participant record in JSON (the record format: "
          + CaresCommand.RECORD_FORMAT + ")")
  @Nullable Path record;

  @Option(names = "--programme", paramLabel = "CODE",
      description = "the programme, for example UP, WIRE or LEAVING_CARE")
  @Nullable String programme;

  @Option(names = "--table", paramLabel = "FILE",
      description = "instead of a decision: the DRL Drools generates from this decision table"
          + " (.drl.csv), after checking it")
  @Nullable Path table;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Inputs.DateConverter.class,
      description = "the day to assess on, yyyy-MM-dd (default: today)")
  @Nullable LocalDate asOf;

  @Mixin RulesOption rules;

  @Mixin InputLimitOption limit;

  @Override
  public Integer call() {
    if (table != null) {
      if (record != null || programme != null) {
        throw CliException.badInput("--table explains a table: give it without --record and"
            + " --programme");
      }
      return generatedDrl(table);
    }
    if (record == null || programme == null) {
      throw CliException.badInput("explain needs --record FILE and --programme CODE"
          + " (or --table FILE)");
    }
    LocalDate day = Inputs.supported("--as-of", asOf == null ? LocalDate.now() : asOf);
    ParticipantRecord participant = Inputs.record(record, limit.bytes);
    DroolsPolicy policy = rules.policy(err());
    ProgrammeCode code = Inputs.programme(programme, policy.catalogue());
    Explanation explanation = policy.explain(participant, day);
    EligibilityDecision decision = explanation.assessment().eligibility().stream()
        .filter(d -> d.programme().equals(code))
        .findFirst()
        .orElseThrow(() -> CliException.badInput("the rules gave no decision for " + code));
    ImmutableList<FiredRule> fired = forProgramme(explanation.firedRules(), code);

    PrintWriter out = out();
    out.println(participant.participant().id() + " on " + day + ": " + code);
    out.println("Rules fired for " + code + ", in order:");
    int n = 1;
    for (FiredRule rule : fired) {
      out.println(String.format("  %d. [%s] %s", n++, rule.ruleId(),
          rule.row().map(row -> row + " (" + rule.name() + ")").orElse(rule.name())));
      if (!rule.source().isEmpty()) {
        out.println("     source: " + rule.source());
      }
    }
    if (fired.isEmpty()) {
      out.println("  (none)");
    }
    out.println("Decision:");
    AssessmentText.decision(decision, out);
    out.println("Source sentences:");
    decision.reasons().stream().map(Reason::source).distinct().forEach(source ->
        out.println("  " + source.document() + ": \"" + source.sentence() + "\""));
    out.println("(" + explanation.firedRules().size() + " rules fired in all for this record.)");
    out.flush();
    return 0;
  }

  private int generatedDrl(Path table) {
    String text = Inputs.text(table, limit.bytes);
    String name = table.getFileName().toString();
    try {
      PrintWriter out = out();
      out.print(RuleFolder.generatedDrl(name, text));
      out.flush();
      return 0;
    } catch (PolicyTableException e) {
      PrintWriter err = err();
      e.problems().forEach(err::println);
      err.flush();
      return CliException.CHECK_FAILED;
    }
  }

  /** The rules that concerned the programme (by the rows they matched or their id), in order. */
  static ImmutableList<FiredRule> forProgramme(
      ImmutableList<FiredRule> fired, ProgrammeCode code) {
    return fired.stream()
        .filter(r -> r.concerns(code))
        .collect(ImmutableList.toImmutableList());
  }
}
