package uk.co.leicestershirecares.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.engagement.Session;
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
  public abstract List<ParticipantRecord> participants();

  /** Returns the sessions delivered. */
  public abstract List<Session> sessions();

  /** Returns the business and community partners. */
  public abstract List<Partner> partners();

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

  private static <T> void unique(List<T> items, String list, String field,
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
   * Builds a {@link ReportDataSet}. A {@code null} argument or list element, and a required field
   * left unset, raise {@link InvalidRecordException} naming the field.
   */
  public static final class Builder extends ImmutableReportDataSet.Builder {
    Builder() {}
  }
}
