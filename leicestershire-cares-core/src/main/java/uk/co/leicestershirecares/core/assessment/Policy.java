package uk.co.leicestershirecares.core.assessment;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
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
    Checks.notNull(record, "record");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidRecordException("to", "history end " + to + " is before its start " + from);
    }
    ImmutableList.Builder<StageChange> history = ImmutableList.builder();
    Stage current = null; // before the first day; a local, never returned
    // Every window the policy may use, and the days the window changes: a superset of the days
    // the stage can change on is still exact, only asked about more often.
    RecentActivityTable windows = recentActivity();
    java.util.SortedSet<LocalDate> days;
    if (windows.windows().size() == 1 && windows.changeDays().isEmpty()) {
      days = StageChangePoints.of(record, windows.windows().iterator().next(), from, to);
    } else {
      days = new java.util.TreeSet<>();
      for (java.time.Period window : windows.windows()) {
        days.addAll(StageChangePoints.of(record, window, from, to));
      }
      for (LocalDate change : windows.changeDays()) {
        if (!change.isBefore(from) && !change.isAfter(to)) {
          days.add(change);
        }
      }
    }
    for (LocalDate day : days) {
      Stage stage = stage(record, day);
      if (current == null) {
        history.add(StageChange.first(day, stage));
      } else if (current != stage) {
        history.add(StageChange.of(day, current, stage));
      }
      current = stage;
    }
    return history.build();
  }
}
