package uk.co.leicestershirecares.rules.analyst;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.outcome.OutcomeCategory;
import uk.co.leicestershirecares.core.outcome.OutcomeId;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.stage.EmploymentPathway;
import uk.co.leicestershirecares.core.stage.Stage;
import uk.co.leicestershirecares.json.CaresJson;
import uk.co.leicestershirecares.json.JsonFormatException;

/**
 * Reads scenario files: JSON, one scenario object or a list of them. Needs {@code
 * uk.co.leicestershirecares:leicestershire-cares-json} on the class path, an optional dependency
 * of the rules module.
 *
 * <pre>{@code
 * {
 *   "name": "Toiyan, sleeping rough: power within, employment on hold",
 *   "asOf": "2026-10-15",
 *   "record": { "id": "P-TOIYAN", "dateOfBirth": "2001-04-04", "homeArea": "LEICESTER_CITY",
 *               "circumstances": [ { "type": "ROUGH_SLEEPING", "from": "2026-10-01" } ] },
 *   "expect": {
 *     "stage": "WITHIN",
 *     "employmentPathway": "ON_HOLD",
 *     "eligibility": { "UP": "NOT_ELIGIBLE", "WIRE": "NOT_ELIGIBLE" },
 *     "missing": { "WIRE": ["WIRE.conviction"] },
 *     "outcomes": { "O-9": { "category": "TRAINING", "ete": true } }
 *   }
 * }
 * }</pre>
 *
 * <p>{@code record} is a participant record in the documented record format ({@code
 * docs/record-format.md}) and {@code asOf} a date {@code yyyy-MM-dd}; both are required. {@code
 * name} (text; the file name when absent), {@code description} (text, not compared) and {@code
 * expect} are optional, and so is every part of {@code expect}: {@code stage} (a {@code Stage}),
 * {@code employmentPathway} (an {@code EmploymentPathway}), {@code eligibility} (programme code
 * to {@code EligibilityOutcome}), {@code missing} (programme code to the list of rule ids of
 * exactly the conditions missing) and {@code outcomes} (outcome id to an object with any of
 * {@code category}, {@code ete}, {@code hard}, {@code sustained13Weeks}, {@code
 * sustained26Weeks}). {@code settings}, also optional, asks the scenario under other policy
 * settings: {@code upCompletersNeedConviction} (a boolean) and {@code addProgrammes} (programme
 * codes added to the catalogue with no rules of their own), so that a rule that fires only under
 * another setting can be fired by a scenario too. Codes are the model's names, case-sensitive. An
 * unknown field is an error.
 *
 * <p>Every error is a {@link ScenarioFormatException} that names the file and the JSON path.
 */
public final class ScenarioReader {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Set<String> SCENARIO_FIELDS =
      Set.of("name", "description", "asOf", "record", "expect", "settings");
  private static final Set<String> SETTINGS_FIELDS =
      Set.of("upCompletersNeedConviction", "addProgrammes");
  private static final Set<String> EXPECT_FIELDS =
      Set.of("stage", "employmentPathway", "eligibility", "missing", "outcomes");
  private static final Set<String> OUTCOME_FIELDS =
      Set.of("category", "ete", "hard", "sustained13Weeks", "sustained26Weeks");

  private ScenarioReader() {}

  /**
   * Reads the scenarios of a file, or of every {@code *.json} file in a folder (not its
   * sub-folders), in file-name order.
   *
   * @throws ScenarioFormatException if a file is not in the scenario format, or a folder holds no
   *     scenario file
   * @throws IOException if a file cannot be read
   * @throws InvalidRecordException if {@code fileOrFolder} is null
   */
  public static ImmutableList<Scenario> read(Path fileOrFolder) throws IOException {
    if (fileOrFolder == null) {
      throw new InvalidRecordException("fileOrFolder", "must not be null");
    }
    if (!Files.isDirectory(fileOrFolder)) {
      return read(fileOrFolder.getFileName() == null ? fileOrFolder.toString()
          : fileOrFolder.getFileName().toString(), Files.readString(fileOrFolder,
              StandardCharsets.UTF_8));
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(fileOrFolder)) {
      files = list.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".json"))
          .sorted().collect(Collectors.toList());
    }
    if (files.isEmpty()) {
      throw new ScenarioFormatException(fileOrFolder.toString(), "$",
          "no .json scenario files in the folder", 0, 0);
    }
    ImmutableList.Builder<Scenario> scenarios = ImmutableList.builder();
    for (Path file : files) {
      scenarios.addAll(read(file.getFileName().toString(),
          Files.readString(file, StandardCharsets.UTF_8)));
    }
    return scenarios.build();
  }

  /**
   * Reads the scenarios in {@code json}, naming {@code file} in errors and in each scenario's
   * origin.
   *
   * @throws ScenarioFormatException if the text is not in the scenario format
   * @throws InvalidRecordException if an argument is null
   */
  public static ImmutableList<Scenario> read(String file, String json) {
    if (file == null || json == null) {
      throw new InvalidRecordException(file == null ? "file" : "json", "must not be null");
    }
    JsonNode root;
    try (JsonParser parser = MAPPER.createParser(json)) {
      root = MAPPER.readTree(parser);
      if (root != null && parser.nextToken() != null) {
        throw new ScenarioFormatException(file, "$", "text after the end of the JSON value at $",
            0, 0);
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : at.getLineNr();
      int column = at == null ? 0 : at.getColumnNr();
      throw new ScenarioFormatException(file, "$", "not valid JSON"
          + (line > 0 ? " at line " + line + ", column " + column : ""), line, column);
    } catch (IOException e) {
      throw new ScenarioFormatException(file, "$", "cannot read: " + e.getMessage(), 0, 0);
    }
    if (root == null || root.isMissingNode()) {
      throw new ScenarioFormatException(file, "$", "empty: expected a scenario or a list of"
          + " scenarios", 0, 0);
    }
    if (root.isArray()) {
      ImmutableList.Builder<Scenario> scenarios = ImmutableList.builder();
      for (int i = 0; i < root.size(); i++) {
        scenarios.add(scenario(file, file + "[" + i + "]", "$[" + i + "]", root.get(i)));
      }
      return scenarios.build();
    }
    return ImmutableList.of(scenario(file, file, "$", root));
  }

  private static Scenario scenario(String file, String origin, String path, JsonNode node) {
    object(file, path, node, SCENARIO_FIELDS);
    String name = node.has("name") && !node.get("name").isNull()
        ? text(file, path + ".name", node.get("name")) : origin;
    if (node.has("description") && !node.get("description").isNull()) {
      text(file, path + ".description", node.get("description"));
    }
    LocalDate asOf = date(file, path + ".asOf", required(file, path, node, "asOf"));
    JsonNode recordNode = required(file, path, node, "record");
    ParticipantRecord record;
    try {
      record = CaresJson.readRecord(MAPPER.writeValueAsString(recordNode));
    } catch (JsonFormatException e) {
      String prefix = path + ".record";
      String message = Objects.requireNonNullElse(e.getMessage(), "");
      throw new ScenarioFormatException(file, e.field().replaceFirst("^\\$",
          Matcher.quoteReplacement(prefix)),
          message.replaceAll("\\$(?!\\w)", Matcher.quoteReplacement(prefix)), 0, 0);
    } catch (JsonProcessingException e) {
      throw new ScenarioFormatException(file, path + ".record", "cannot read the record at "
          + path + ".record", 0, 0);
    }
    Scenario.Expectation expect = Scenario.Expectation.none();
    if (node.has("expect") && !node.get("expect").isNull()) {
      expect = expectation(file, path + ".expect", node.get("expect"));
    }
    Scenario.Settings settings = Scenario.Settings.none();
    if (node.has("settings") && !node.get("settings").isNull()) {
      settings = settings(file, path + ".settings", node.get("settings"));
    }
    return Scenario.of(name, origin, asOf, record, expect, settings);
  }

  private static Scenario.Settings settings(String file, String path, JsonNode node) {
    object(file, path, node, SETTINGS_FIELDS);
    Optional<Boolean> needConviction = optional(node, "upCompletersNeedConviction")
        .map(n -> bool(file, path + ".upCompletersNeedConviction", n));
    ImmutableList.Builder<ProgrammeCode> added = ImmutableList.builder();
    Optional<JsonNode> programmes = optional(node, "addProgrammes");
    if (programmes.isPresent()) {
      String at = path + ".addProgrammes";
      if (!programmes.get().isArray()) {
        throw new ScenarioFormatException(file, at, "expected a list of programme codes at " + at,
            0, 0);
      }
      for (int i = 0; i < programmes.get().size(); i++) {
        String item = text(file, at + "[" + i + "]", programmes.get().get(i));
        try {
          added.add(ProgrammeCode.of(item));
        } catch (InvalidRecordException e) {
          throw new ScenarioFormatException(file, at + "[" + i + "]", "'" + item
              + "' is not a programme code (capital letters, digits and underscores) at " + at
              + "[" + i + "]", 0, 0);
        }
      }
    }
    return Scenario.Settings.of(needConviction.orElse(null), added.build());
  }

  private static Scenario.Expectation expectation(String file, String path, JsonNode node) {
    object(file, path, node, EXPECT_FIELDS);
    Optional<Stage> stage = optional(node, "stage")
        .map(n -> enumValue(file, path + ".stage", n, Stage.class));
    Optional<EmploymentPathway> pathway = optional(node, "employmentPathway")
        .map(n -> enumValue(file, path + ".employmentPathway", n, EmploymentPathway.class));
    ImmutableMap<ProgrammeCode, EligibilityOutcome> eligibility = optional(node, "eligibility")
        .map(n -> byProgramme(file, path + ".eligibility", n,
            (p, v) -> enumValue(file, p, v, EligibilityOutcome.class)))
        .orElse(ImmutableMap.of());
    ImmutableMap<ProgrammeCode, ImmutableSet<String>> missing = optional(node, "missing")
        .map(n -> byProgramme(file, path + ".missing", n, (p, v) -> ruleIds(file, p, v)))
        .orElse(ImmutableMap.of());
    ImmutableMap<OutcomeId, Scenario.OutcomeExpectation> outcomes = optional(node, "outcomes")
        .map(n -> byKey(file, path + ".outcomes", n, OutcomeId::of, key -> "not an outcome id",
            (at, v) -> outcome(file, at, v)))
        .orElse(ImmutableMap.of());
    return Scenario.Expectation.of(stage.orElse(null), pathway.orElse(null), eligibility, missing,
        outcomes);
  }

  private static Scenario.OutcomeExpectation outcome(String file, String path, JsonNode node) {
    object(file, path, node, OUTCOME_FIELDS);
    Function<String, Optional<Boolean>> flag = name -> optional(node, name)
        .map(n -> bool(file, path + "." + name, n));
    return Scenario.OutcomeExpectation.of(optional(node, "category")
            .map(n -> enumValue(file, path + ".category", n, OutcomeCategory.class)).orElse(null),
        flag.apply("ete").orElse(null), flag.apply("hard").orElse(null),
        flag.apply("sustained13Weeks").orElse(null), flag.apply("sustained26Weeks").orElse(null));
  }

  private interface ValueReader<T> {
    T read(String path, JsonNode value);
  }

  private static <T> ImmutableMap<ProgrammeCode, T> byProgramme(String file, String path,
      JsonNode node, ValueReader<T> reader) {
    return byKey(file, path, node, ProgrammeCode::of, key -> "'" + key
        + "' is not a programme code (capital letters, digits and underscores)", reader);
  }

  /**
   * Reads the object {@code node} as a map: each field's name through {@code key} (which throws
   * {@link InvalidRecordException} for a bad one, reported as {@code notAKey} says), each value
   * through {@code reader}.
   */
  private static <K, T> ImmutableMap<K, T> byKey(String file, String path, JsonNode node,
      Function<String, K> key, Function<String, String> notAKey, ValueReader<T> reader) {
    object(file, path, node, null);
    ImmutableMap.Builder<K, T> map = ImmutableMap.builder();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String at = path + "." + field.getKey();
      K parsed;
      try {
        parsed = key.apply(field.getKey());
      } catch (InvalidRecordException e) {
        throw new ScenarioFormatException(file, at, notAKey.apply(field.getKey()) + " at " + at,
            0, 0);
      }
      map.put(parsed, reader.read(at, field.getValue()));
    }
    return map.build();
  }

  private static ImmutableSet<String> ruleIds(String file, String path, JsonNode node) {
    if (!node.isArray()) {
      throw new ScenarioFormatException(file, path, "expected a list of rule ids at " + path, 0,
          0);
    }
    ImmutableSet.Builder<String> ids = ImmutableSet.builder();
    for (int i = 0; i < node.size(); i++) {
      ids.add(text(file, path + "[" + i + "]", node.get(i)));
    }
    return ids.build();
  }

  private static Optional<JsonNode> optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  private static JsonNode required(String file, String path, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new ScenarioFormatException(file, path + "." + field,
          "missing required field '" + field + "' at " + path, 0, 0);
    }
    return value;
  }

  private static void object(String file, String path, JsonNode node,
      @Nullable Set<String> allowed) {
    if (!node.isObject()) {
      throw new ScenarioFormatException(file, path, "expected an object at " + path, 0, 0);
    }
    if (allowed != null) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!allowed.contains(name)) {
          throw new ScenarioFormatException(file, path + "." + name, "unknown field '" + name
              + "' at " + path + " (allowed: " + allowed.stream().sorted()
                  .collect(Collectors.joining(", ")) + ")", 0, 0);
        }
      }
    }
  }

  private static String text(String file, String path, JsonNode node) {
    if (!node.isTextual()) {
      throw new ScenarioFormatException(file, path, "expected text at " + path, 0, 0);
    }
    return node.textValue();
  }

  private static boolean bool(String file, String path, JsonNode node) {
    if (!node.isBoolean()) {
      throw new ScenarioFormatException(file, path, "expected true or false at " + path, 0, 0);
    }
    return node.booleanValue();
  }

  private static LocalDate date(String file, String path, JsonNode node) {
    String text = text(file, path, node);
    try {
      return LocalDate.parse(text, DATE);
    } catch (DateTimeParseException e) {
      throw new ScenarioFormatException(file, path, "expected a date written yyyy-MM-dd at "
          + path, 0, 0);
    }
  }

  private static <E extends Enum<E>> E enumValue(String file, String path, JsonNode node,
      Class<E> type) {
    String text = text(file, path, node);
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(text)) {
        return value;
      }
    }
    throw new ScenarioFormatException(file, path, "'" + text + "' is not allowed at " + path
        + " (allowed: " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
            .collect(Collectors.joining(", ")) + ")", 0, 0);
  }
}
