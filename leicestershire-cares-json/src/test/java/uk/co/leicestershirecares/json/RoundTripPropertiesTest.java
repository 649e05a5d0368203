package uk.co.leicestershirecares.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Laws of the formats: what is written reads back as the same value, and text is stable. */
class RoundTripPropertiesTest {
  @Test
  void aWrittenRecordReadsBackAsTheSameRecord() {
    qt().withExamples(500).forAll(Generators.records()).checkAssert(record ->
        assertReadsBackAndWritesTheSameText(record, CaresJson::writeRecord, CaresJson::readRecord));
  }

  @Test
  void writtenRecordListsReadBackAsTheSameList() {
    qt().withExamples(200).forAll(Generators.recordLists()).checkAssert(records ->
        assertThat(CaresJson.readRecords(CaresJson.writeRecords(records)))
            .containsExactlyElementsOf(records));
  }

  @Test
  void aWrittenDataSetReadsBackAsTheSameDataSet() {
    qt().withExamples(300).forAll(Generators.dataSets()).checkAssert(data ->
        assertReadsBackAndWritesTheSameText(data, CaresJson::writeDataSet, CaresJson::readDataSet));
  }

  /** {@code value} written reads back equal, and the value read is written as the same text. */
  private static <T> void assertReadsBackAndWritesTheSameText(T value, Function<T, String> write,
      Function<String, T> read) {
    String written = write.apply(value);
    T readBack = read.apply(written);
    assertThat(readBack).isEqualTo(value);
    assertThat(write.apply(readBack)).isEqualTo(written);
  }
}
