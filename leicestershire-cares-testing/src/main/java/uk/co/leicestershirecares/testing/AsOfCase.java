package uk.co.leicestershirecares.testing;

import java.time.LocalDate;
import java.util.Objects;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.testing.internal.Facts;

/**
 * A generated record and the date a policy question is asked about it. {@link #toString()} prints
 * the whole record, to make a falsifying example readable: generated data is synthetic, so this
 * is safe in tests, but never build an {@code AsOfCase} from real data.
 *
 * @param record the record asked about
 * @param asOf the date the question is asked for
 */
public record AsOfCase(ParticipantRecord record, LocalDate asOf) {
  /**
   * Checks that neither part is null.
   *
   * @throws NullPointerException if {@code record} or {@code asOf} is null
   */
  public AsOfCase {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(asOf, "asOf");
  }

  @Override
  public String toString() {
    return "asOf=" + asOf + " " + Facts.describe(record);
  }
}
