package uk.co.leicestershirecares.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/record-format.md} honest: the error table there shows exactly what the
 * readers say, every value the document lists for a code is a constant of the core model, and
 * the circumstance types' crisis column is the shipped crises table.
 */
class DocumentedErrorsTest {
  private static String rejected(String json) {
    JsonFormatException e = json.startsWith("{\"participants\"")
        ? catchThrowableOfType(JsonFormatException.class, () -> CaresJson.readDataSet(json))
        : catchThrowableOfType(JsonFormatException.class, () -> CaresJson.readRecords(json));
    assertThat(e).as(json).isNotNull();
    return "| `" + e.field() + "` | `" + e.getMessage() + "` |";
  }

  private static String document() throws IOException {
    Path here = Path.of("").toAbsolutePath();
    Path doc = here.resolveSibling("docs").resolve("record-format.md");
    if (!Files.exists(doc)) {
      doc = here.resolve("docs").resolve("record-format.md");
    }
    return Files.readString(doc);
  }

  /**
   * Returns the inputs behind the rows of the error table, in its order: records, except a data
   * set (text starting {@code {"participants"}) for the row about the date of birth.
   */
  static List<String> examples() {
    String record = "{\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", ";
    return List.of(
        record + "\"circumstances\": [{\"type\": \"NEET\", \"from\": \"2025-01-01\","
            + " \"colour\": \"red\"}]}",
        "{\"id\": \"P-1\"}",
        record + "\"homeArea\": \"RUTLAND\"}",
        record + "\"placements\": [{\"partner\": \"X\", \"programme\": \"WIRE\", \"sector\": \"CONSTRUCTION\","
            + " \"from\": \"2025-01-01\", \"mentored\": \"yes\", \"paid\": false}]}",
        "{\"id\": \"P-1\", \"homeArea\": \"Leicester\"}",
        record + "\"enrolments\": [{\"programme\": \"UP\", \"status\": \"ACTIVE\","
            + " \"from\": \"2026-13-01\"}]}",
        record + "\"enrolments\": [{\"programme\": \"UP\", \"status\": \"ACTIVE\","
            + " \"from\": \"2025-03-01\", \"to\": \"2025-02-01\"}]}",
        "{\"participants\": [{\"id\": \"P-0\", \"homeArea\": \"RUTLAND\"},"
            + " {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"dateOfBirth\": \"2005-01-01\","
            + " \"attendances\": [" + ("{\"date\": \"2025-01-01\", \"kind\": \"GROUP\","
            + " \"programme\": \"UP\"}, ").repeat(2) + "{\"date\": \"2004-01-01\", \"kind\":"
            + " \"GROUP\", \"programme\": \"UP\"}]}]}",
        "{\n  \"id\": \"P-1\",\n  \"homeArea\": LEICESTER_CITY\n}");
  }

  @Test
  void theErrorTableShowsWhatTheReadersSay() throws IOException {
    String doc = document();

    for (String json : examples()) {
      assertThat(doc).contains(rejected(json));
    }
  }

  @Test
  void everyListedCodeIsAConstantOfTheModelAndEveryConstantIsListed() throws IOException {
    String doc = document();
    for (Class<? extends Enum<?>> type : java.util.List.<Class<? extends Enum<?>>>of(
        uk.co.leicestershirecares.core.participant.HomeArea.class,
        uk.co.leicestershirecares.core.participant.CircumstanceType.class,
        uk.co.leicestershirecares.core.engagement.ReferralSource.class,
        uk.co.leicestershirecares.core.engagement.EnrolmentStatus.class,
        uk.co.leicestershirecares.core.engagement.SessionKind.class,
        uk.co.leicestershirecares.core.engagement.Sector.class,
        uk.co.leicestershirecares.core.outcome.OutcomeType.class,
        uk.co.leicestershirecares.core.outcome.TrainingType.class,
        uk.co.leicestershirecares.core.partner.InvolvementType.class)) {
      String heading = type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2");
      heading = heading.charAt(0) + heading.substring(1).toLowerCase(java.util.Locale.ROOT);
      int start = doc.indexOf("### " + heading + "\n");
      assertThat(start).as(heading).isNotNegative();
      int end = doc.indexOf("###", start + 4);
      String section = doc.substring(start, end);
      java.util.List<String> listed = new java.util.ArrayList<>();
      Matcher m = Pattern.compile("`([A-Z][A-Z0-9_]*)`").matcher(section);
      while (m.find()) {
        listed.add(m.group(1));
      }
      assertThat(listed).as(heading).containsExactly(
          java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new));
    }
  }

  @Test
  void theCrisisColumnOfTheCircumstanceTypesIsTheShippedCrisesTable() throws IOException {
    String doc = document();
    int start = doc.indexOf("### Circumstance type\n");
    String section = doc.substring(start, doc.indexOf("###", start + 4));
    Matcher row =
        Pattern.compile("(?m)^\\| `([A-Z_]+)` \\|[^|]*\\| ([^|]*) \\|$").matcher(section);
    java.util.Map<String, Boolean> documented = new java.util.LinkedHashMap<>();
    while (row.find()) {
      documented.put(row.group(1), row.group(2).startsWith("yes"));
    }
    java.util.Map<String, Boolean> shipped = new java.util.LinkedHashMap<>();
    for (uk.co.leicestershirecares.core.participant.CircumstanceType type
        : uk.co.leicestershirecares.core.participant.CircumstanceType.values()) {
      shipped.put(type.name(),
          uk.co.leicestershirecares.core.table.CrisisTable.shipped().isCrisis(type));
    }
    assertThat(documented).isEqualTo(shipped);
  }
}
