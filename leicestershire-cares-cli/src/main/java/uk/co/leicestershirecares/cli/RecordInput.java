package uk.co.leicestershirecares.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.json.CaresJson;

/**
 * The participant records of one file, read one at a time as they are asked for: one record, a
 * JSON list of them, or JSON Lines (a name ending {@code .jsonl} or {@code .ndjson}). Every
 * failure, whenever it happens, is a {@link CliException} whose message starts with the file's
 * name: the record format's own message (a JSON path, never personal data), the size limit, or a
 * failure to read. Close it when done (try-with-resources).
 */
final class RecordInput implements Iterator<ParticipantRecord>, AutoCloseable {
  private final Path file;
  private final long size;
  private final LimitedInputStream bytes;
  private final Stream<ParticipantRecord> stream;
  private final Iterator<ParticipantRecord> records;

  private RecordInput(Path file, long size, LimitedInputStream bytes,
      Stream<ParticipantRecord> stream) {
    this.file = file;
    this.size = size;
    this.bytes = bytes;
    this.stream = stream;
    this.records = stream.iterator();
  }

  /** Opens {@code file}, a regular file of at most {@code limit} bytes, to read its records. */
  static RecordInput open(Path file, long limit) {
    LimitedInputStream bytes = (LimitedInputStream) Inputs.open(file, limit);
    try {
      long size = Files.size(file);
      Stream<ParticipantRecord> stream = Inputs.isJsonLines(file)
          ? CaresJson.streamRecordLines(bytes)
          : CaresJson.streamRecords(bytes);
      return new RecordInput(file, size, bytes, stream);
    } catch (IOException | RuntimeException e) {
      bytes.close();
      throw Inputs.failure(file, e);
    }
  }

  /** The file's size when it was opened, in bytes. */
  long size() {
    return size;
  }

  /** How many of its bytes have been read so far (ahead of the records returned). */
  long bytesRead() {
    return bytes.count();
  }

  @Override
  public boolean hasNext() {
    try {
      return records.hasNext();
    } catch (RuntimeException e) {
      throw Inputs.failure(file, e);
    }
  }

  @Override
  public ParticipantRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return records.next();
  }

  @Override
  public void close() {
    try {
      stream.close();
    } catch (UncheckedIOException e) {
      // Closing a file only read cannot lose anything.
    }
  }
}
