package uk.co.leicestershirecares.core.report;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.engagement.Session;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.partner.Partner;

/**
 * What a report is computed from: {@linkplain #participants() participant records}, the
 * {@linkplain #sessions() sessions} the programmes delivered, and the {@linkplain #partners()
 * partners} with their involvements. Participant ids, session ids and partner names are unique.
 */
@Value.Immutable
public abstract class ReportDataSet {
  ReportDataSet() {}

  /** Returns the participant records. */
  public abstract ImmutableList<ParticipantRecord> participants();

  /** Returns the sessions delivered. */
  public abstract ImmutableList<Session> sessions();

  /** Returns the business and community partners. */
  public abstract ImmutableList<Partner> partners();

  /** Returns a new builder; every list may stay empty. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    unique(participants(), "participants", "id", r -> r.id().value());
    unique(sessions(), "sessions", "id", s -> s.id().value());
    unique(partners(), "partners", "name", Partner::name);
  }

  private static <T> void unique(ImmutableList<T> items, String list, String field,
      java.util.function.Function<T, String> key) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String value = key.apply(items.get(i));
      if (!seen.add(value)) {
        String path = list + "[" + i + "]." + field;
        throw new InvalidRecordException(path, path + " " + value + " appears twice");
      }
    }
  }

  /** Returns the number of participants, sessions and partners. */
  @Override
  public final String toString() {
    return "ReportDataSet{participants=" + participants().size() + ", sessions="
        + sessions().size() + ", partners=" + partners().size() + "}";
  }

  /**
   * Builds a {@link ReportDataSet}. Every method rejects {@code null} (and {@code null} list elements)
   * with an {@link uk.co.leicestershirecares.core.InvalidRecordException} naming the field; {@link
   * #build()} rejects missing required fields and invalid combinations the same way.
   */
  public static final class Builder {
    private final ImmutableReportDataSet.Builder delegate = ImmutableReportDataSet.generatedBuilder();

    Builder() {}

    /** Adds one element to {@link ReportDataSet#participants()}. */
    @CanIgnoreReturnValue
    public Builder addParticipant(ParticipantRecord element) {
      delegate.addParticipant(Checks.notNull(element, "participants"));
      return this;
    }

    /** Adds elements to {@link ReportDataSet#participants()}. */
    @CanIgnoreReturnValue
    public Builder addParticipants(ParticipantRecord... elements) {
      delegate.addAllParticipants(Checks.elements(Arrays.asList(Checks.notNull(elements, "participants")), "participants"));
      return this;
    }

    /** Adds elements to {@link ReportDataSet#participants()}. */
    @CanIgnoreReturnValue
    public Builder addAllParticipants(Iterable<? extends ParticipantRecord> elements) {
      delegate.addAllParticipants(Checks.elements(elements, "participants"));
      return this;
    }

    /** Replaces the elements of {@link ReportDataSet#participants()}. */
    @CanIgnoreReturnValue
    public Builder participants(Iterable<? extends ParticipantRecord> elements) {
      delegate.participants(Checks.elements(elements, "participants"));
      return this;
    }

    /** Adds one element to {@link ReportDataSet#sessions()}. */
    @CanIgnoreReturnValue
    public Builder addSession(Session element) {
      delegate.addSession(Checks.notNull(element, "sessions"));
      return this;
    }

    /** Adds elements to {@link ReportDataSet#sessions()}. */
    @CanIgnoreReturnValue
    public Builder addSessions(Session... elements) {
      delegate.addAllSessions(Checks.elements(Arrays.asList(Checks.notNull(elements, "sessions")), "sessions"));
      return this;
    }

    /** Adds elements to {@link ReportDataSet#sessions()}. */
    @CanIgnoreReturnValue
    public Builder addAllSessions(Iterable<? extends Session> elements) {
      delegate.addAllSessions(Checks.elements(elements, "sessions"));
      return this;
    }

    /** Replaces the elements of {@link ReportDataSet#sessions()}. */
    @CanIgnoreReturnValue
    public Builder sessions(Iterable<? extends Session> elements) {
      delegate.sessions(Checks.elements(elements, "sessions"));
      return this;
    }

    /** Adds one element to {@link ReportDataSet#partners()}. */
    @CanIgnoreReturnValue
    public Builder addPartner(Partner element) {
      delegate.addPartner(Checks.notNull(element, "partners"));
      return this;
    }

    /** Adds elements to {@link ReportDataSet#partners()}. */
    @CanIgnoreReturnValue
    public Builder addPartners(Partner... elements) {
      delegate.addAllPartners(Checks.elements(Arrays.asList(Checks.notNull(elements, "partners")), "partners"));
      return this;
    }

    /** Adds elements to {@link ReportDataSet#partners()}. */
    @CanIgnoreReturnValue
    public Builder addAllPartners(Iterable<? extends Partner> elements) {
      delegate.addAllPartners(Checks.elements(elements, "partners"));
      return this;
    }

    /** Replaces the elements of {@link ReportDataSet#partners()}. */
    @CanIgnoreReturnValue
    public Builder partners(Iterable<? extends Partner> elements) {
      delegate.partners(Checks.elements(elements, "partners"));
      return this;
    }

    /** Sets every field from {@code instance}, replacing lists. */
    @CanIgnoreReturnValue
    public Builder from(ReportDataSet instance) {
      delegate.from(Checks.notNull(instance, "instance"));
      return this;
    }

    /**
     * Returns the built value.
     *
     * @throws uk.co.leicestershirecares.core.InvalidRecordException if a required field is unset
     *     or the value is invalid
     */
    public ReportDataSet build() {
      return delegate.build();
    }
  }
}
