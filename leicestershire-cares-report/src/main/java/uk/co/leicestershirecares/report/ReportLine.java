package uk.co.leicestershirecares.report;

import java.util.List;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * One figure of a report: a stable {@linkplain #key() key} (part of the JSON and CSV formats), a
 * {@linkplain #label() label} for people, the {@linkplain #count() count}, and its provenance:
 * the {@linkplain #sources() ids of the records it counts} and, for counts of people, the
 * {@linkplain #evidence() events} that made each person count.
 *
 * <p>Record ids are: a participant's id ({@code P-0001}); a session's id ({@code S-17}); an
 * attendance as {@code P-0001/attendances[3]}, a work placement as {@code P-0001/placements[0]},
 * a referral as {@code P-0001/referrals[1]}, an enrolment as {@code P-0001/enrolments[1]} and an
 * outcome as {@code P-0001/O-9}; a partner's involvement as {@code Hastings Direct/involvements[0]}. For the stage lines the evidence is
 * the participant and the day the stage began or changed, {@code P-0001@2023-06-01}.
 *
 * <p>A line that a {@link ReportGenerator} computes holds its sources and evidence compactly and
 * builds these id strings the first time {@link #sources()} or {@link #evidence()} is read, then
 * keeps them; it equals a line built with {@link #builder()} from the same values.
 */
@Value.Immutable
public abstract class ReportLine {
  ReportLine() {}

  /** Returns the stable key, for example {@code attendances}. */
  public abstract String key();

  /** Returns the label, for example "Attendances". */
  public abstract String label();

  /** Returns the figure. */
  public abstract long count();

  /** Returns the ids of the records counted, in data-set order; as many as {@link #count()}. */
  public abstract List<String> sources();

  /** Returns the events behind a count of people (empty for counts of events). */
  public abstract List<String> evidence();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether {@code other} is a line of the same key, label, count, sources and evidence,
   * however each was made (built, or computed by a {@link ReportGenerator}).
   */
  @Override
  public final boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ReportLine line)) {
      return false;
    }
    return key().equals(line.key()) && label().equals(line.label()) && count() == line.count()
        && sources().equals(line.sources()) && evidence().equals(line.evidence());
  }

  /** Returns a hash code of the key, label, count, sources and evidence. */
  @Override
  public final int hashCode() {
    int h = key().hashCode();
    h = h * 31 + label().hashCode();
    h = h * 31 + Long.hashCode(count());
    h = h * 31 + sources().hashCode();
    return h * 31 + evidence().hashCode();
  }

  /** Returns {@code key=count}. */
  @Override
  public final String toString() {
    return key() + "=" + count();
  }

  /**
   * Builds a {@link ReportLine}. A {@code null} argument or list element, and a required field
   * left unset, raise {@link InvalidRecordException} naming the field.
   */
  public static final class Builder extends ImmutableReportLine.Builder {
    Builder() {}
  }
}
