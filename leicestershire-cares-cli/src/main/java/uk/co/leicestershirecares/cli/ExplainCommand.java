package uk.co.leicestershirecares.cli;

import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.rules.DroolsPolicy;
import uk.co.leicestershirecares.rules.Explanation;
import uk.co.leicestershirecares.rules.FiredRule;

/** {@code explain}: the rules that fired, in order, for one programme's decision. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Explain one programme's decision for one record: the rules that fired, in "
        + "order, with their rule ids and sources, then the decision with its reasons.")
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--record", required = true, paramLabel = "FILE",
      description = "one participant record in JSON (docs/record-format.md)")
  Path record;

  @Option(names = "--programme", required = true, paramLabel = "CODE",
      description = "the programme, for example UP, WIRE or LEAVING_CARE")
  String programme;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Inputs.DateConverter.class,
      description = "the day to assess on, yyyy-MM-dd (default: today)")
  LocalDate asOf;

  @Mixin RulesOption rules;

  @Override
  public Integer call() {
    LocalDate day = asOf == null ? LocalDate.now() : asOf;
    ParticipantRecord participant = Inputs.record(record);
    DroolsPolicy policy = rules.policy(spec.commandLine().getErr());
    ProgrammeCode code = Inputs.programme(programme, policy.catalogue());
    Explanation explanation = policy.explain(participant, day);
    EligibilityDecision decision = explanation.assessment().eligibility().stream()
        .filter(d -> d.programme().equals(code))
        .findFirst()
        .orElseThrow(() -> CliException.badInput("the rules gave no decision for " + code));
    ImmutableList<FiredRule> fired = forProgramme(explanation.firedRules(), code);

    PrintWriter out = spec.commandLine().getOut();
    out.println(participant.participant().id() + " on " + day + ": " + code);
    out.println("Rules fired for " + code + ", in order:");
    int n = 1;
    for (FiredRule rule : fired) {
      out.println(String.format("  %d. [%s] %s", n++, rule.ruleId(), rule.name()));
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

  /** The rules whose id starts with the programme's code, in firing order. */
  static ImmutableList<FiredRule> forProgramme(
      ImmutableList<FiredRule> fired, ProgrammeCode code) {
    String prefix = code.value() + ".";
    return fired.stream()
        .filter(r -> r.ruleId().startsWith(prefix))
        .collect(ImmutableList.toImmutableList());
  }
}
