package uk.co.leicestershirecares.core.participant;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.engagement.Attendance;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.engagement.EnrolmentStatus;
import uk.co.leicestershirecares.core.engagement.MentoringMatch;
import uk.co.leicestershirecares.core.engagement.Referral;
import uk.co.leicestershirecares.core.engagement.WorkPlacement;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * Everything the charity knows about one participant: the {@linkplain #participant() participant}
 * with their referrals, enrolments, attendances, work placements, mentoring matches and outcome
 * events. This is the unit every policy question reads.
 *
 * <p>Building a record checks it as a whole: no dated fact (a circumstance, referral, enrolment,
 * attendance, placement, mentoring match or outcome) may be earlier than the date of birth, and
 * outcome ids are unique. Each failure is an {@link InvalidRecordException} naming the field, for
 * example {@code attendances[3].date}, without echoing the date of birth.
 *
 * <p>{@link #toString()} prints the id and counts only.
 */
@Value.Immutable
public abstract class ParticipantRecord {
  ParticipantRecord() {}

  /** Returns the participant. */
  public abstract Participant participant();

  /** Returns the referrals, in the order recorded. */
  public abstract List<Referral> referrals();

  /** Returns the enrolments, in the order recorded. */
  public abstract List<Enrolment> enrolments();

  /** Returns the attendances, in the order recorded. */
  public abstract List<Attendance> attendances();

  /** Returns the work placements, in the order recorded. */
  public abstract List<WorkPlacement> placements();

  /** Returns the mentoring matches, in the order recorded. */
  public abstract List<MentoringMatch> mentoringMatches();

  /** Returns the outcome events, in the order recorded. */
  public abstract List<OutcomeEvent> outcomes();

  /** Returns a new builder; {@code participant} is required, every list may stay empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a record of {@code participant} with no engagement or outcomes yet. */
  public static ParticipantRecord of(Participant participant) {
    return builder().participant(participant).build();
  }

  /** Returns the participant's id. */
  public final ParticipantId id() {
    return participant().id();
  }

  /**
   * Returns the latest enrolment on {@code programme} completed by {@code asOf} (by end, then
   * start, then status), whatever order the record lists enrolments in: WIRE's progression
   * evidence, for both engines.
   */
  public final Optional<Enrolment> latestCompletion(ProgrammeCode programme, LocalDate asOf) {
    // A loop, not a stream and a comparator: WIRE's decision asks this on every assessment.
    // Benchmark: AssessmentBenchmark.reference.
    Enrolment latest = null;
    List<Enrolment> all = enrolments();
    for (int i = 0; i < all.size(); i++) {
      Enrolment e = all.get(i);
      if (e.programme().equals(programme) && e.isCompletedBy(asOf)
          && (latest == null || LATEST.compare(e, latest) > 0)) {
        latest = e;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * Returns the earliest enrolment on {@code programme}, not withdrawn, that started by {@code
   * asOf} (by start, then status): an enrolment that starts later is not evidence.
   */
  public final Optional<Enrolment> earliestEnrolment(ProgrammeCode programme, LocalDate asOf) {
    Enrolment earliest = null;
    List<Enrolment> all = enrolments();
    for (int i = 0; i < all.size(); i++) {
      Enrolment e = all.get(i);
      if (e.programme().equals(programme) && e.status() != EnrolmentStatus.WITHDRAWN
          && !e.from().isAfter(asOf)
          && (earliest == null || EARLIEST.compare(e, earliest) < 0)) {
        earliest = e;
      }
    }
    return Optional.ofNullable(earliest);
  }

  // Ties keep the first found, as Stream.max and Stream.min did.
  private static final Comparator<Enrolment> LATEST =
      Comparator.comparing((Enrolment e) -> e.to().orElse(e.from()))
          .thenComparing(Enrolment::from).thenComparing(Enrolment::status);
  private static final Comparator<Enrolment> EARLIEST =
      Comparator.comparing(Enrolment::from).thenComparing(Enrolment::status);

  @Value.Check
  final void check() {
    Optional<LocalDate> dob = participant().dateOfBirth();
    if (dob.isPresent()) {
      LocalDate born = dob.get();
      notBeforeBirth(born, participant().circumstances(), "circumstances", "from",
          Circumstance::from);
      notBeforeBirth(born, referrals(), "referrals", "date", Referral::date);
      notBeforeBirth(born, enrolments(), "enrolments", "from", Enrolment::from);
      notBeforeBirth(born, attendances(), "attendances", "date", Attendance::date);
      notBeforeBirth(born, placements(), "placements", "from", WorkPlacement::from);
      notBeforeBirth(born, mentoringMatches(), "mentoringMatches", "from", MentoringMatch::from);
      notBeforeBirth(born, outcomes(), "outcomes", "date", OutcomeEvent::date);
    }
    Set<Object> ids = new HashSet<>();
    for (int i = 0; i < outcomes().size(); i++) {
      if (!ids.add(outcomes().get(i).id())) {
        throw new InvalidRecordException(
            "outcomes[" + i + "].id",
            "outcomes[" + i + "].id " + outcomes().get(i).id() + " is used twice in the record");
      }
    }
  }

  private static <T> void notBeforeBirth(
      LocalDate born, List<T> items, String list, String field, Function<T, LocalDate> date) {
    for (int i = 0; i < items.size(); i++) {
      if (date.apply(items.get(i)).isBefore(born)) {
        String path = list + "[" + i + "]." + field;
        throw new InvalidRecordException(path, path + " is before the date of birth");
      }
    }
  }

  /** Returns the participant's id and the number of items in each list, nothing else. */
  @Override
  public final String toString() {
    return "ParticipantRecord{id=" + id()
        + ", circumstances=" + participant().circumstances().size()
        + ", referrals=" + referrals().size()
        + ", enrolments=" + enrolments().size()
        + ", attendances=" + attendances().size()
        + ", placements=" + placements().size()
        + ", mentoringMatches=" + mentoringMatches().size()
        + ", outcomes=" + outcomes().size() + "}";
  }

  /**
   * Builds a {@link ParticipantRecord}. A {@code null} argument or list element, and a required
   * field left unset, raise {@link InvalidRecordException} naming the field.
   */
  public static final class Builder extends ImmutableParticipantRecord.Builder {
    Builder() {}
  }
}
