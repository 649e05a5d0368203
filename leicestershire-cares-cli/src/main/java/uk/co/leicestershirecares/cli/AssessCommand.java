package uk.co.leicestershirecares.cli;

import com.google.common.collect.AbstractIterator;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.json.CaresJson;
import uk.co.leicestershirecares.rules.DroolsPolicy;

/**
 * {@code assess}: the assessment of one record, or of each record in a JSON list or a JSON Lines
 * file. Records are read, assessed and written a batch at a time, so a list of any length is
 * assessed in the memory of one batch.
 */
@Command(
    name = "assess",
    description = "Assess a participant record (or a JSON list of records): stage, employment "
        + "pathway, every programme decision with its reasons, and how each outcome counts.")
final class AssessCommand extends Subcommand {
  /**
   * Records assessed together, in one Drools session, before they are written: enough for the
   * batch engine's speed, few enough that memory does not grow with the input.
   */
  static final int BATCH = 1000;

  @Option(names = "--record", required = true, paramLabel = "FILE",
      description = "a participant record, or a list of them, in JSON; or JSON Lines, one "
          + "record on each line, when the name ends .jsonl or .ndjson (the record format: "
          + CaresCommand.RECORD_FORMAT + ")")
  Path record;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Inputs.DateConverter.class,
      description = "the day to assess on, yyyy-MM-dd (default: today)")
  @Nullable LocalDate asOf;

  @Mixin RulesOption rules;

  @Mixin QuietOption quiet;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "TEXT",
      description = "text (for people, the default) or json")
  Format format;

  @Mixin InputLimitOption limit;

  @Override
  public Integer call() {
    if (format != Format.TEXT && format != Format.JSON) {
      throw new ParameterException(spec.commandLine(),
          "--format must be text or json, not " + format.name().toLowerCase(java.util.Locale.ROOT));
    }
    LocalDate day = Inputs.supported("--as-of", asOf == null ? LocalDate.now() : asOf);
    PrintWriter out = out();
    try (RecordInput input = RecordInput.open(record, limit.bytes)) {
      // The first batch is read before anything is written: an input of up to BATCH records
      // with a mistake in it writes nothing but the error, as before streaming.
      List<ParticipantRecord> first = take(input);
      DroolsPolicy policy = rules.policy(err());
      if (!input.hasNext()) {
        ImmutableList<Assessment> assessments;
        // One step per record assessed; finished before the output.
        try (Progress progress = quiet.start(first.size())) {
          assessments = policy.assessAll(progress.each(first), day);
        }
        write(assessments.iterator(), out);
      } else {
        // A long input: assessed a batch at a time and written as it goes, so memory holds one
        // batch whatever the length. Progress is counted in KiB of the file read.
        try (Progress progress = quiet.start(kib(input.size()), " KiB")) {
          write(new Batches(input, first, policy, day, progress), out);
        }
      }
    }
    out.flush();
    return 0;
  }

  private static List<ParticipantRecord> take(RecordInput input) {
    List<ParticipantRecord> batch = new ArrayList<>(BATCH);
    while (batch.size() < BATCH && input.hasNext()) {
      batch.add(input.next());
    }
    return batch;
  }

  private static int kib(long bytes) {
    return (int) Math.min(Integer.MAX_VALUE, (bytes + 1023) / 1024);
  }

  private void write(Iterator<Assessment> assessments, PrintWriter out) {
    if (format == Format.JSON) {
      try {
        CaresJson.writeAssessments(assessments, out);
      } catch (IOException e) {
        // A PrintWriter does not throw.
        throw new UncheckedIOException(e);
      }
      out.println();
    } else if (!assessments.hasNext()) {
      out.println(Errors.printable(record.toString()) + " holds no records.");
    } else {
      AssessmentText.print(assessments.next(), out);
      while (assessments.hasNext()) {
        out.println();
        AssessmentText.print(assessments.next(), out);
      }
    }
  }

  /** The assessments of a long input: the first batch's, then each next batch's as needed. */
  private static final class Batches extends AbstractIterator<Assessment> {
    private final RecordInput input;
    private final DroolsPolicy policy;
    private final LocalDate day;
    private final Progress progress;
    private final int totalKib;
    private int steppedKib;
    private Iterator<Assessment> current;

    Batches(RecordInput input, List<ParticipantRecord> first, DroolsPolicy policy, LocalDate day,
        Progress progress) {
      this.input = input;
      this.policy = policy;
      this.day = day;
      this.progress = progress;
      this.totalKib = kib(input.size());
      this.current = assess(first);
    }

    @Override
    protected @Nullable Assessment computeNext() {
      while (!current.hasNext()) {
        if (!input.hasNext()) {
          stepTo(totalKib);
          return endOfData();
        }
        current = assess(take(input));
      }
      return current.next();
    }

    private Iterator<Assessment> assess(List<ParticipantRecord> batch) {
      Iterator<Assessment> assessed = policy.assessAll(batch, day).iterator();
      stepTo((int) Math.min(totalKib, input.bytesRead() / 1024));
      return assessed;
    }

    private void stepTo(int kib) {
      while (steppedKib < kib) {
        steppedKib++;
        progress.step();
      }
    }
  }
}
