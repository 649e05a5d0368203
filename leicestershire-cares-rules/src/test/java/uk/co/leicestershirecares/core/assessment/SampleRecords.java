package uk.co.leicestershirecares.core.assessment;

import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.testing.quicktheories.QuickTheoriesGenerators;

/** Generated records for tests outside this package (measurements). */
public final class SampleRecords {
  private SampleRecords() {}

  /** Returns {@code count} records from the testing kit's {@link QuickTheoriesGenerators#records()}. */
  public static List<ParticipantRecord> sample(int count) {
    List<ParticipantRecord> records = new ArrayList<>();
    qt().withExamples(count).forAll(QuickTheoriesGenerators.records()).checkAssert(records::add);
    return records;
  }
}
