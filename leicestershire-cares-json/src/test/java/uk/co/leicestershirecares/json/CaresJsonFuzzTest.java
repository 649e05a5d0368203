package uk.co.leicestershirecares.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.function.Consumer;

/**
 * Jazzer fuzz tests: whatever the input, the readers either return a value or throw {@link
 * JsonFormatException}; any other exception (or error, such as a stack overflow) fails the test.
 *
 * <p>In a normal {@code mvn test} run Jazzer only replays the seeds under {@code
 * src/test/resources/uk/co/leicestershirecares/json/CaresJsonFuzzTestInputs/<method>/} (and an
 * empty input). To fuzz, run with {@code JAZZER_FUZZ=1}, for example {@code JAZZER_FUZZ=1 ./mvnw
 * -pl leicestershire-cares-json -am test -Dtest=CaresJsonFuzzTest#readRecords
 * -Dsurefire.failIfNoSpecifiedTests=false}; each method then fuzzes for at most the {@code
 * maxDuration} given, and Jazzer stores findings next to the seeds.
 */
class CaresJsonFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void readRecords(byte[] input) {
    readOrRefuse(input, CaresJson::readRecords, CaresJson::readRecords);
  }

  @FuzzTest(maxDuration = "2m")
  void readDataSet(byte[] input) {
    readOrRefuse(input, CaresJson::readDataSet, CaresJson::readDataSet);
  }

  /** Reads {@code input} as text and as bytes: JsonFormatException is the only failure allowed. */
  private static void readOrRefuse(byte[] input, Consumer<String> fromText,
      Consumer<byte[]> fromBytes) {
    try {
      fromText.accept(new String(input, UTF_8));
    } catch (JsonFormatException expected) {
      // the only failure allowed
    }
    try {
      fromBytes.accept(input);
    } catch (JsonFormatException expected) {
      // the only failure allowed, whatever the encoding
    }
  }
}
