package uk.co.leicestershirecares.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.report.ReportDataSet;

/**
 * Issue 21, item 6: {@link CaresJson#readDataSetOutline} and {@link
 * CaresJson#streamDataSetParticipants} read, in two passes, exactly the data set {@link
 * CaresJson#readDataSet(java.io.InputStream)} reads, whatever the order of its members, and fail
 * with its messages.
 */
final class DataSetStreamTest {
  private static final ObjectMapper JACKSON = new ObjectMapper();

  /** Reads {@code json} in two passes into a data set, as the command line does from a file. */
  private static ReportDataSet twoPasses(String json) {
    DataSetOutline outline = CaresJson.readDataSetOutline(bytes(json));
    List<ParticipantRecord> records;
    try (Stream<ParticipantRecord> stream = CaresJson.streamDataSetParticipants(bytes(json))) {
      records = stream.collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(records).hasSize(outline.participantCount());
    return ReportDataSet.builder().participants(records).sessions(outline.sessions())
        .partners(outline.partners()).build();
  }

  private static ByteArrayInputStream bytes(String json) {
    return new ByteArrayInputStream(json.getBytes(UTF_8));
  }

  /** Writes {@code data} with its members in an order chosen by {@code seed}. */
  private static String reordered(ReportDataSet data, long seed) {
    try {
      ObjectNode written = (ObjectNode) JACKSON.readTree(CaresJson.writeDataSet(data));
      List<String> names = new ArrayList<>();
      written.fieldNames().forEachRemaining(names::add);
      Collections.shuffle(names, new Random(seed));
      ObjectNode out = JACKSON.createObjectNode();
      names.forEach(name -> out.set(name, written.get(name)));
      return JACKSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void twoPasses_readTheDataSetReadWhole_inAnyOrderOfItsMembers() {
    qt().withExamples(200).forAll(Generators.dataSets(), Generate.longRange(0, 1000))
        .checkAssert((data, seed) -> {
          String json = reordered(data, seed);
          assertThat(twoPasses(json)).isEqualTo(CaresJson.readDataSet(json)).isEqualTo(data);
        });
  }

  @Test
  void aMistakeInARecord_hasTheWholeReadersMessage() {
    String json = "{\"sessions\": [], \"participants\": [{\"id\": \"P-1\", \"homeArea\": "
        + "\"LEICESTER_CITY\"}, {\"id\": \"P-2\", \"homeArea\": \"ATLANTIS\"}]}";
    String whole = messageOf(() -> CaresJson.readDataSet(json));

    assertThat(whole).contains("$.participants[1].homeArea");
    assertThat(messageOf(() -> twoPasses(json))).isEqualTo(whole);
  }

  @Test
  void mistakesOutsideTheRecords_haveTheWholeReadersMessages_fromTheOutline() {
    List<String> texts = List.of(
        "",
        "[]",
        "{\"participants\": [], \"participants\": []}",
        "{\"participants\": [{\"id\": \"P-1\"}], \"people\": [1, 2]}",
        "{\"participants\": {}}",
        "{\"participants\": [{\"id\": \"P-1\"] }",
        "{\"participants\": []} []",
        "{\"participants\": [],",
        "{\"sessions\": [{}], \"participants\": []}");
    for (String json : texts) {
      String whole = messageOf(() -> CaresJson.readDataSet(json));
      assertThat(whole).as(json).isNotEmpty();
      assertThat(messageOf(() -> CaresJson.readDataSetOutline(bytes(json)))).as(json)
          .isEqualTo(whole);
    }
  }

  @Test
  void theParticipantsPass_stopsAtTheEndOfTheList_andReadsNothingWithoutOne() throws IOException {
    try (Stream<ParticipantRecord> none =
        CaresJson.streamDataSetParticipants(bytes("{\"sessions\": []}"))) {
      assertThat(none).isEmpty();
    }
    assertThat(CaresJson.readDataSetOutline(bytes("{}")).participantCount()).isZero();
  }

  private static String messageOf(Runnable read) {
    try {
      read.run();
      return "";
    } catch (JsonFormatException e) {
      return e.getMessage();
    }
  }
}
