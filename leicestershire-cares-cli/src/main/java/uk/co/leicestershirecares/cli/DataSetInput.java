package uk.co.leicestershirecares.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.engagement.Session;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.partner.Partner;
import uk.co.leicestershirecares.json.CaresJson;
import uk.co.leicestershirecares.json.DataSetOutline;
import uk.co.leicestershirecares.report.ReportSource;

/**
 * A report data set in a file, never held whole: opening it reads the file once for its sessions
 * and partners (and checks everything but the participant records), and each report reads it
 * again for the participant records, one at a time. Every failure is a {@link CliException}
 * whose message starts with the file's name, as for a data set read whole: the record format's
 * own message (a JSON path, never personal data), a repeated id, the size limit, or a failure to
 * read.
 */
final class DataSetInput implements ReportSource {
  private final Path file;
  private final long limit;
  private final DataSetOutline outline;

  private DataSetInput(Path file, long limit, DataSetOutline outline) {
    this.file = file;
    this.limit = limit;
    this.outline = outline;
  }

  /** Reads the outline of {@code file}, a regular file of at most {@code limit} bytes. */
  static DataSetInput open(Path file, long limit) {
    try (InputStream in = Inputs.open(file, limit)) {
      return new DataSetInput(file, limit, CaresJson.readDataSetOutline(in));
    } catch (IOException | RuntimeException e) {
      throw Inputs.failure(file, e);
    }
  }

  /** How many participant records the file held when it was opened. */
  int participantCount() {
    return outline.participantCount();
  }

  @Override
  public void forEachParticipant(Consumer<? super ParticipantRecord> action) {
    // The file is opened again, with the same checks: it may have changed since.
    try (InputStream in = Inputs.open(file, limit);
        Stream<ParticipantRecord> records = CaresJson.streamDataSetParticipants(in)) {
      records.forEach(action);
    } catch (IOException | RuntimeException e) {
      // A repeated id, found by the report as the records arrive, is the file's mistake too.
      throw Inputs.failure(file, e);
    }
  }

  @Override
  public List<Session> sessions() {
    return outline.sessions();
  }

  @Override
  public List<Partner> partners() {
    return outline.partners();
  }
}
