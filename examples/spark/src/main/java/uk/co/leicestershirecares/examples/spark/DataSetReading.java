package uk.co.leicestershirecares.examples.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.Tuple2;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.json.CaresJson;
import uk.co.leicestershirecares.json.DataSetOutline;
import uk.co.leicestershirecares.report.ReportDataSet;

/**
 * Reads a file in the data-set format ({@code {"participants": [...], "sessions": [...],
 * "partners": [...]}}) inside a task. The format is one JSON document, which cannot be split:
 * one task reads it, one record at a time with {@link CaresJson#streamDataSetParticipants} (its
 * memory is one record's, whatever the file's size), and the job spreads the records over the
 * partitions after it.
 *
 * <p>A record that breaks the format ends the reading, as it does for the library's own readers:
 * the task fails with {@code CaresJson}'s message, which names the JSON path ({@code
 * $.participants[3].homeArea}) and never the value.
 */
final class DataSetReading {
  private DataSetReading() {}

  /** Each participant record of the file: its position and its JSON text ({@link Schemas#INPUT}). */
  static Iterator<Row> records(Tuple2<String, PortableDataStream> file) throws IOException {
    InputStream in = file._2().open();
    Stream<ParticipantRecord> records = CaresJson.streamDataSetParticipants(in);
    TaskContext task = TaskContext.get();
    if (task != null) {
      // The stream is read lazily, as Spark asks for rows; close it however the task ends.
      task.addTaskCompletionListener(
          (org.apache.spark.util.TaskCompletionListener) context -> records.close());
    }
    Iterator<ParticipantRecord> each = records.iterator();
    return new Iterator<>() {
      private long ordinal;

      @Override
      public boolean hasNext() {
        return each.hasNext();
      }

      @Override
      public Row next() {
        // Written again by CaresJson: the record travels as text (see Schemas).
        return RowFactory.create(ordinal++, CaresJson.writeRecord(each.next()));
      }
    };
  }

  /**
   * The file's sessions and partners, as a data set without participants ({@link
   * Schemas#OUTLINE}): read once, in one task, with {@link CaresJson#readDataSetOutline}.
   */
  static Iterator<Row> outline(Tuple2<String, PortableDataStream> file) {
    DataSetOutline outline;
    try (InputStream in = file._2().open()) {
      outline = CaresJson.readDataSetOutline(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ReportDataSet rest = ReportDataSet.builder()
        .sessions(outline.sessions())
        .partners(outline.partners())
        .build();
    return List.of(RowFactory.create(CaresJson.writeDataSet(rest))).iterator();
  }
}
