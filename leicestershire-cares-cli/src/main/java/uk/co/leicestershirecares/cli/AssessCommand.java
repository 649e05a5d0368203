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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.json.CaresJson;
import uk.co.leicestershirecares.rules.DroolsPolicy;

/** {@code assess}: the assessment of one record, or of each record in a JSON list. */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    description = "Assess a participant record (or a JSON list of records): stage, employment "
        + "pathway, every programme decision with its reasons, and how each outcome counts.")
final class AssessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--record", required = true, paramLabel = "FILE",
      description = "a participant record, or a list of them, in JSON (the record format: "
          + CaresCommand.RECORD_FORMAT + ")")
  Path record;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Inputs.DateConverter.class,
      description = "the day to assess on, yyyy-MM-dd (default: today)")
  LocalDate asOf;

  @Mixin RulesOption rules;

  @Mixin QuietOption quiet;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "TEXT",
      description = "text (for people, the default) or json")
  Format format;

  @Override
  public Integer call() {
    if (format != Format.TEXT && format != Format.JSON) {
      throw new ParameterException(spec.commandLine(),
          "--format must be text or json, not " + format.name().toLowerCase(java.util.Locale.ROOT));
    }
    LocalDate day = asOf == null ? LocalDate.now() : asOf;
    ImmutableList<ParticipantRecord> records = Inputs.records(record);
    PrintWriter out = spec.commandLine().getOut();
    DroolsPolicy policy = rules.policy(spec.commandLine().getErr());
    ImmutableList<Assessment> assessments;
    // One step per record assessed (one batch, as before); finished before the output.
    try (Progress progress = quiet.start(records.size())) {
      assessments = policy.assessAll(progress.each(records), day);
    }
    if (format == Format.JSON) {
      out.print(CaresJson.writeAssessments(assessments));
      out.println();
    } else if (assessments.isEmpty()) {
      out.println(record + " holds no records.");
    } else {
      for (int i = 0; i < assessments.size(); i++) {
        if (i > 0) {
          out.println();
        }
        AssessmentText.print(assessments.get(i), out);
      }
    }
    out.flush();
    return 0;
  }
}
