package uk.co.leicestershirecares.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Consumer;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.engagement.Session;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.partner.Partner;

/**
 * A report's data when its participant records are too many to hold: {@link ReportGenerator}
 * asks for them one at a time ({@link #forEachParticipant}) and keeps only its counts, while the
 * sessions and partners, usually few, are held. A file of a million records is reported in the
 * memory of its counts this way; {@link ReportDataSet} holds everything instead.
 *
 * <p>A source may be read more than once: an HTML page counts its months and quarters from the
 * same source, so {@link #forEachParticipant} must give the same records in the same order each
 * time it is called (a file is re-opened and read again, for example).
 *
 * <pre>{@code
 * ReportSource source = ReportSource.of(() -> readRecordsOneByOne(file), sessions, partners);
 * QuarterlyReport q1 = reports.report(source, ReportScope.allProgrammes(), period, counted -> { });
 * }</pre>
 */
public interface ReportSource {
  /**
   * Passes each participant record to {@code action}, in order, on the calling thread; each call
   * reads the records afresh. An exception from {@code action} ends the reading and is thrown to
   * the caller (a source that opened a file closes it first).
   *
   * @throws InvalidRecordException or an exception of the source's own if a record cannot be
   *     read
   */
  void forEachParticipant(Consumer<? super ParticipantRecord> action);

  /** Returns the sessions delivered. */
  List<Session> sessions();

  /** Returns the business and community partners. */
  List<Partner> partners();

  /**
   * Returns the source of a data set held whole.
   *
   * @throws InvalidRecordException if {@code data} is null
   */
  static ReportSource of(ReportDataSet data) {
    Checks.notNull(data, "data");
    return of(action -> data.participants().forEach(action), data.sessions(), data.partners());
  }

  /**
   * Returns a source whose participant records come from {@code participants}, each time it is
   * read, and that holds {@code sessions} and {@code partners} (copied).
   *
   * @throws InvalidRecordException if an argument, a session or a partner is null
   */
  static ReportSource of(Participants participants, Iterable<Session> sessions,
      Iterable<Partner> partners) {
    Checks.notNull(participants, "participants");
    ImmutableList<Session> heldSessions = Checks.elements(sessions, "sessions");
    ImmutableList<Partner> heldPartners = Checks.elements(partners, "partners");
    return new ReportSource() {
      @Override
      public void forEachParticipant(Consumer<? super ParticipantRecord> action) {
        participants.forEach(action);
      }

      @Override
      public List<Session> sessions() {
        return heldSessions;
      }

      @Override
      public List<Partner> partners() {
        return heldPartners;
      }
    };
  }

  /**
   * Reads participant records one at a time, as often as asked: the one method of a {@link
   * ReportSource} that is not held.
   */
  @FunctionalInterface
  interface Participants {
    /** Passes each participant record to {@code action}, in order, reading them afresh. */
    void forEach(Consumer<? super ParticipantRecord> action);
  }
}
