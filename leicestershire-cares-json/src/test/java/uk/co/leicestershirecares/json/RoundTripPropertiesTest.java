package uk.co.leicestershirecares.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.report.ReportDataSet;

/** Laws of the formats: what is written reads back as the same value, and text is stable. */
class RoundTripPropertiesTest {
  @Test
  void aWrittenRecordReadsBackAsTheSameRecord() {
    qt().withExamples(500).forAll(Generators.records()).checkAssert(record -> {
      String written = CaresJson.writeRecord(record);
      ParticipantRecord read = CaresJson.readRecord(written);
      assertThat(read).isEqualTo(record);
      assertThat(CaresJson.writeRecord(read)).isEqualTo(written);
    });
  }

  @Test
  void writtenRecordListsReadBackAsTheSameList() {
    qt().withExamples(200).forAll(Generators.recordLists()).checkAssert(records ->
        assertThat(CaresJson.readRecords(CaresJson.writeRecords(records)))
            .containsExactlyElementsOf(records));
  }

  @Test
  void aWrittenDataSetReadsBackAsTheSameDataSet() {
    qt().withExamples(300).forAll(Generators.dataSets()).checkAssert(data -> {
      String written = CaresJson.writeDataSet(data);
      ReportDataSet read = CaresJson.readDataSet(written);
      assertThat(read).isEqualTo(data);
      assertThat(CaresJson.writeDataSet(read)).isEqualTo(written);
    });
  }
}
