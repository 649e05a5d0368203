package uk.co.leicestershirecares.core.policy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.stage.Stage;
import uk.co.leicestershirecares.core.stage.StageChange;
import uk.co.leicestershirecares.core.table.RecentActivityTable;

/**
 * The charity's policy: stage, employment pathway, programme eligibility and outcome
 * classification for a participant on a date. {@link ReferencePolicy} is the plain-Java reference;
 * other implementations (the Drools rules) must give the same answers and the same reasons.
 *
 * <p>Implementations are immutable and thread-safe: one instance serves any number of threads.
 */
public interface Policy {

  /**
   * Assesses {@code record} as of {@code asOf}.
   *
   * @param record the participant's record
   * @param asOf the date to assess; facts dated after it are not evidence
   * @return the assessment
   * @throws InvalidRecordException if an argument is null
   */
  Assessment assess(ParticipantRecord record, LocalDate asOf);

  /**
   * Assesses every record as of {@code asOf}, in order. Implementations may amortise set-up over
   * the batch; the answers are those of {@link #assess} for each record.
   *
   * @throws InvalidRecordException if an argument or a record is null
   */
  default ImmutableList<Assessment> assessAll(Iterable<ParticipantRecord> records, LocalDate asOf) {
    Checks.notNull(records, "records");
    ImmutableList.Builder<Assessment> assessments = ImmutableList.builder();
    for (ParticipantRecord record : records) {
      assessments.add(assess(record, asOf));
    }
    return assessments.build();
  }

  /**
   * Assesses every record as of {@code asOf} on up to {@code parallelism} threads (the calling
   * thread is one of them), and returns the answers in the records' order: the same answers as
   * {@link #assessAll(Iterable, LocalDate)}. The records are cut into chunks and each chunk is
   * one {@link #assessAll(Iterable, LocalDate)} call, so an engine that amortises set-up over a
   * batch still does. Pass {@code Runtime.getRuntime().availableProcessors()} to use every core;
   * {@code 1} assesses on the calling thread alone.
   *
   * <p>The threads are started for the call and end with it. If assessing a record throws, no
   * further chunk is started and the call throws what a sequential run would have thrown first.
   * An interrupt does not stop the batch; the calling thread's interrupt status is kept.
   *
   * <pre>{@code
   * List<Assessment> answers = policy.assessAll(records, asOf,
   *     Runtime.getRuntime().availableProcessors());
   * }</pre>
   *
   * @param records the records, none null
   * @param asOf the date to assess
   * @param parallelism how many threads may assess at once, from 1 to 1,024
   * @return one assessment per record, in order
   * @throws InvalidRecordException if an argument or a record is null (naming {@code
   *     records[i]}) or {@code parallelism} is out of range
   */
  default ImmutableList<Assessment> assessAll(List<ParticipantRecord> records, LocalDate asOf,
      int parallelism) {
    return ParallelAssessor.assessAll(this, records, asOf, parallelism);
  }

  /**
   * Assesses a stream of records as of {@code asOf} on up to {@code parallelism} threads, lazily:
   * the returned stream reads the records on the consuming thread as it is consumed, keeps at
   * most two chunks of records per thread in flight, and gives the answers in the records' order
   * (the same answers as {@link #assess} for each). Suited to inputs too large to hold, such as
   * a file read record by record.
   *
   * <p>Close the returned stream (try-with-resources) if you stop before its end: that stops its
   * threads and closes {@code records}. Threads left idle also end by themselves after a second.
   * A record that fails to assess fails the stream's terminal operation with what {@link #assess}
   * threw; a null record fails it with an {@link InvalidRecordException} naming {@code
   * records[i]}.
   *
   * <pre>{@code
   * try (Stream<Assessment> answers = policy.assessAll(records, asOf, 2)) {
   *   answers.forEach(out::write);
   * }
   * }</pre>
   *
   * @param records the records; consumed by the returned stream
   * @param asOf the date to assess
   * @param parallelism how many threads may assess at once, from 1 to 1,024
   * @return the assessments, in the records' order
   * @throws InvalidRecordException if an argument is null or {@code parallelism} is out of range
   */
  default Stream<Assessment> assessAll(Stream<ParticipantRecord> records, LocalDate asOf,
      int parallelism) {
    return ParallelAssessor.assessAll(this, records, asOf, parallelism);
  }

  /**
   * Classifies one outcome event as of {@code asOf}: the same classification {@link #assess}
   * gives for it, without assessing the rest of the record. Reports use this to classify events in
   * one pass.
   *
   * @throws InvalidRecordException if an argument is null
   */
  OutcomeClassification classify(OutcomeEvent event, LocalDate asOf);

  /**
   * Returns the Power to Change stage of {@code record} on {@code asOf}: always {@code
   * assess(record, asOf).stage()}. The default assesses the whole record; an implementation that
   * can find the stage alone (without deciding programmes or classifying outcomes) should, because
   * {@link #stageHistory} and the quarterly reports ask for the stage on many days of each
   * young person's record.
   *
   * @throws InvalidRecordException if an argument is null
   */
  default Stage stage(ParticipantRecord record, LocalDate asOf) {
    return assess(record, asOf).stage();
  }

  /** Returns the parameters this policy was configured with. */
  PolicyParameters parameters();

  /** Returns the programmes this policy decides eligibility for. */
  ProgrammeCatalogue catalogue();

  /**
   * Returns how far back activity counts as recent for this policy's stage: the table its stage
   * rules read (by default the shipped one, 13 weeks). Stage histories use it to find the days the
   * stage can change on.
   */
  default RecentActivityTable recentActivity() {
    return RecentActivityTable.shipped();
  }

  /**
   * Returns the participant's stage history from {@code from} to {@code to}, both included: the
   * stage on {@code from}, then every day on which the stage changed, forward or back.
   *
   * <p>The answer is exact, not sampled: the stage can change only on a day when a fact the stage
   * rules read starts, ends or stops being recent, and the policy is asked about each such day.
   *
   * @throws InvalidRecordException if an argument is null or {@code to} is before {@code from}
   */
  default ImmutableList<StageChange> stageHistory(
      ParticipantRecord record, LocalDate from, LocalDate to) {
    return StageChangePoints.history(record, recentActivity(), from, to,
        day -> stage(record, LocalDate.ofEpochDay(day)));
  }
}
