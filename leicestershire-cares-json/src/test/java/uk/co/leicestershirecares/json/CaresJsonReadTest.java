package uk.co.leicestershirecares.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.engagement.Attendance;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.engagement.EnrolmentStatus;
import uk.co.leicestershirecares.core.engagement.MentoringMatch;
import uk.co.leicestershirecares.core.engagement.Referral;
import uk.co.leicestershirecares.core.engagement.ReferralSource;
import uk.co.leicestershirecares.core.engagement.Sector;
import uk.co.leicestershirecares.core.engagement.Session;
import uk.co.leicestershirecares.core.engagement.SessionId;
import uk.co.leicestershirecares.core.engagement.SessionKind;
import uk.co.leicestershirecares.core.engagement.WorkPlacement;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.outcome.OutcomeId;
import uk.co.leicestershirecares.core.outcome.OutcomeType;
import uk.co.leicestershirecares.core.outcome.TrainingType;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantId;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.partner.InvolvementType;
import uk.co.leicestershirecares.core.partner.Money;
import uk.co.leicestershirecares.core.partner.Partner;
import uk.co.leicestershirecares.core.partner.PartnerInvolvement;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.report.ReportDataSet;

/** Examples of reading the record and data-set formats, and of every kind of rejection. */
class CaresJsonReadTest {
  /** The record from the issue that defined the format. */
  static final String EXAMPLE = """
      {
        "id": "P-0001",
        "dateOfBirth": "2005-03-04",
        "homeArea": "LEICESTER_CITY",
        "circumstances": [ { "type": "CONVICTION", "from": "2023-01-10" },
                           { "type": "ROUGH_SLEEPING", "from": "2026-10-01", "to": "2026-11-20" } ],
        "enrolments":   [ { "programme": "UP", "status": "COMPLETED", "from": "2025-01-10", "to": "2025-09-30" } ],
        "attendances":  [ { "date": "2026-11-10", "kind": "GROUP", "programme": "LEAVING_CARE", "session": "S-17" } ],
        "placements":   [ { "partner": "Walkers Deli", "programme": "WIRE", "sector": "FOOD_PRODUCTION", "from": "2026-06-01", "to": "2026-06-12", "mentored": true, "paid": false } ],
        "outcomes":     [ { "id": "O-9", "type": "TRAINING_COMPLETED", "training": "CSCS", "date": "2026-06-20", "programme": "WIRE" },
                          { "id": "O-10", "type": "EMPLOYMENT", "date": "2026-07-01" } ]
      }
      """;

  static ParticipantRecord exampleModel() {
    return ParticipantRecord.builder()
        .participant(Participant.builder()
            .id(ParticipantId.of("P-0001"))
            .dateOfBirth(LocalDate.of(2005, 3, 4))
            .homeArea(HomeArea.LEICESTER_CITY)
            .addCircumstance(Circumstance.of(CircumstanceType.CONVICTION, LocalDate.of(2023, 1, 10)))
            .addCircumstance(Circumstance.of(CircumstanceType.ROUGH_SLEEPING,
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 20)))
            .build())
        .addEnrolment(Enrolment.builder()
            .programme(ProgrammeCode.UP).status(EnrolmentStatus.COMPLETED)
            .from(LocalDate.of(2025, 1, 10)).to(LocalDate.of(2025, 9, 30))
            .build())
        .addAttendance(Attendance.builder()
            .date(LocalDate.of(2026, 11, 10)).kind(SessionKind.GROUP)
            .programme(ProgrammeCode.LEAVING_CARE).session(SessionId.of("S-17"))
            .build())
        .addPlacement(WorkPlacement.builder()
            .partner("Walkers Deli").programme(ProgrammeCode.WIRE).sector(Sector.FOOD_PRODUCTION)
            .from(LocalDate.of(2026, 6, 1)).to(LocalDate.of(2026, 6, 12))
            .mentored(true).paid(false)
            .build())
        .addOutcome(OutcomeEvent.builder()
            .id(OutcomeId.of("O-9")).type(OutcomeType.TRAINING_COMPLETED)
            .training(TrainingType.CSCS).date(LocalDate.of(2026, 6, 20))
            .programme(ProgrammeCode.WIRE)
            .build())
        .addOutcome(OutcomeEvent.builder()
            .id(OutcomeId.of("O-10")).type(OutcomeType.EMPLOYMENT)
            .date(LocalDate.of(2026, 7, 1))
            .build())
        .build();
  }

  static JsonFormatException rejection(String json) {
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
        () -> CaresJson.readRecords(json));
    assertThat(e).as("rejection of %s", json).isNotNull();
    return e;
  }

  /** The rejection of {@code json}, which must name {@code field} as the field at fault. */
  static JsonFormatException rejectedAt(String json, String field) {
    JsonFormatException e = rejection(json);
    assertThat(e.field()).isEqualTo(field);
    return e;
  }

  static JsonFormatException dataSetRejection(String json) {
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
        () -> CaresJson.readDataSet(json));
    assertThat(e).as("rejection of %s", json).isNotNull();
    return e;
  }

  @Nested
  class ValidInput {
    @Test
    void theIssuesExampleReadsAsTheExpectedModel() {
      assertThat(CaresJson.readRecord(EXAMPLE)).isEqualTo(exampleModel());
    }

    @Test
    void onlyIdAndHomeAreaAreRequired() {
      ParticipantRecord record =
          CaresJson.readRecord("{\"id\": \"P-2\", \"homeArea\": \"RUTLAND\"}");

      assertThat(record).isEqualTo(ParticipantRecord.of(Participant.builder()
          .id(ParticipantId.of("P-2")).homeArea(HomeArea.RUTLAND).build()));
      assertThat(record.participant().dateOfBirth()).isEmpty();
    }

    @Test
    void emptyListsAndNullOptionalsReadAsAbsent() {
      String json = """
          {"id": "P-2", "dateOfBirth": null, "homeArea": "RUTLAND", "circumstances": [],
           "referrals": [], "enrolments": null, "attendances": [], "placements": [],
           "mentoringMatches": [], "outcomes": []}
          """;

      assertThat(CaresJson.readRecord(json)).isEqualTo(ParticipantRecord.of(Participant.builder()
          .id(ParticipantId.of("P-2")).homeArea(HomeArea.RUTLAND).build()));
    }

    @Test
    void everyOptionalFieldOfAListItemMayBeLeftOut() {
      String json = """
          {"id": "P-3", "homeArea": "LEICESTERSHIRE",
           "circumstances": [{"type": "NEET", "from": "2024-01-01"}],
           "referrals": [{"programme": "UP", "date": "2024-02-01", "source": "PROBATION"}],
           "enrolments": [{"programme": "UP", "status": "ACTIVE", "from": "2024-03-01"}],
           "attendances": [{"date": "2024-03-05", "kind": "ONE_TO_ONE", "programme": "UP"}],
           "placements": [{"partner": "Wates", "programme": "WIRE", "sector": "CONSTRUCTION", "from": "2024-04-01",
                           "mentored": true, "paid": false}],
           "mentoringMatches": [{"programme": "CARE_LEAVER_MENTORING", "from": "2024-05-01"}],
           "outcomes": [{"id": "O-1", "type": "VOLUNTEERING", "date": "2024-06-01"}]}
          """;

      ParticipantRecord record = CaresJson.readRecord(json);

      assertThat(record.participant().circumstances().get(0).to()).isEmpty();
      assertThat(record.referrals()).containsExactly(Referral.of(
          ProgrammeCode.UP, LocalDate.of(2024, 2, 1), ReferralSource.PROBATION));
      assertThat(record.enrolments().get(0).to()).isEmpty();
      assertThat(record.attendances().get(0).session()).isEmpty();
      assertThat(record.placements().get(0).to()).isEmpty();
      assertThat(record.mentoringMatches()).containsExactly(MentoringMatch.builder()
          .programme(ProgrammeCode.CARE_LEAVER_MENTORING).from(LocalDate.of(2024, 5, 1)).build());
      OutcomeEvent outcome = record.outcomes().get(0);
      assertThat(outcome.training()).isEmpty();
      assertThat(outcome.programme()).isEmpty();
      assertThat(outcome.end()).isEmpty();
    }

    @Test
    void theOptionalFieldsOfOutcomesAndMatchesAreRead() {
      String json = """
          {"id": "P-4", "homeArea": "OUTSIDE_LLR",
           "mentoringMatches": [{"programme": "CARE_LEAVER_MENTORING", "from": "2024-05-01",
                                 "to": "2024-09-01"}],
           "outcomes": [{"id": "O-1", "type": "EMPLOYMENT", "date": "2024-06-01",
                         "end": "2024-12-24", "programme": "WIRE"}]}
          """;

      ParticipantRecord record = CaresJson.readRecord(json);

      assertThat(record.mentoringMatches().get(0).to()).contains(LocalDate.of(2024, 9, 1));
      assertThat(record.outcomes().get(0).end()).contains(LocalDate.of(2024, 12, 24));
      assertThat(record.outcomes().get(0).programme()).contains(ProgrammeCode.WIRE);
    }

    @Test
    void theHousingStatesAndAMentalHealthCrisisAreReadAndWrittenByName() {
      String json = """
          {"id": "P-5", "homeArea": "LEICESTER_CITY",
           "circumstances": [{"type": "ROUGH_SLEEPING", "from": "2026-10-01", "to": "2026-11-19"},
                             {"type": "SUPPORTED_ACCOMMODATION", "from": "2026-11-20"},
                             {"type": "TEMPORARY_ACCOMMODATION", "from": "2026-09-01",
                              "to": "2026-09-30"},
                             {"type": "MENTAL_HEALTH_CRISIS", "from": "2026-10-10",
                              "to": "2026-10-31"}]}
          """;

      ParticipantRecord record = CaresJson.readRecord(json);

      assertThat(record.participant().circumstances()).extracting(Circumstance::type)
          .containsExactly(CircumstanceType.ROUGH_SLEEPING,
              CircumstanceType.SUPPORTED_ACCOMMODATION, CircumstanceType.TEMPORARY_ACCOMMODATION,
              CircumstanceType.MENTAL_HEALTH_CRISIS);
      String written = CaresJson.writeRecord(record);
      assertThat(written).contains("\"type\": \"SUPPORTED_ACCOMMODATION\"",
          "\"type\": \"TEMPORARY_ACCOMMODATION\"", "\"type\": \"MENTAL_HEALTH_CRISIS\"");
      assertThat(CaresJson.readRecord(written)).isEqualTo(record);
    }

    @Test
    void readRecordsTakesOneRecordOrAList() {
      String one = "{\"id\": \"P-1\", \"homeArea\": \"RUTLAND\"}";
      String two = "{\"id\": \"P-2\", \"homeArea\": \"RUTLAND\"}";

      assertThat(CaresJson.readRecords(one)).hasSize(1);
      assertThat(CaresJson.readRecords("[" + one + ", " + two + "]"))
          .extracting(r -> r.id().value())
          .containsExactly("P-1", "P-2");
      assertThat(CaresJson.readRecords("[]")).isEmpty();
    }

    @Test
    void aDataSetReadsParticipantsSessionsAndPartners() {
      String json = """
          {"participants": [{"id": "P-1", "homeArea": "RUTLAND"}],
           "sessions": [{"id": "S-1", "programme": "WIRE", "date": "2023-04-12",
                         "kind": "WORKSHOP"}],
           "partners": [{"name": "Hastings Direct", "member": true, "involvements": [
               {"type": "FUNDING", "date": "2023-05-02", "amountPence": 100000},
               {"type": "MOCK_INTERVIEW", "date": "2023-05-03", "programme": "WIRE"}]},
             {"name": "Wates", "member": false}]}
          """;

      ReportDataSet data = CaresJson.readDataSet(json);

      assertThat(data.participants()).hasSize(1);
      assertThat(data.sessions()).containsExactly(Session.of(SessionId.of("S-1"),
          ProgrammeCode.WIRE, LocalDate.of(2023, 4, 12), SessionKind.WORKSHOP));
      assertThat(data.partners()).containsExactly(
          Partner.builder().name("Hastings Direct").member(true)
              .addInvolvement(PartnerInvolvement.builder().type(InvolvementType.FUNDING)
                  .date(LocalDate.of(2023, 5, 2)).amount(Money.ofPounds(1000)).build())
              .addInvolvement(PartnerInvolvement.builder()
                  .type(InvolvementType.MOCK_INTERVIEW).date(LocalDate.of(2023, 5, 3))
                  .programme(ProgrammeCode.WIRE).build())
              .build(),
          Partner.builder().name("Wates").member(false).build());
    }

    @Test
    void everyTopLevelListOfADataSetMayBeLeftOut() {
      assertThat(CaresJson.readDataSet("{}")).isEqualTo(ReportDataSet.builder().build());
    }

    @Test
    void readersAndFilesReadTheSameAsStrings(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("record.json");
      Files.write(file, EXAMPLE.getBytes(UTF_8));
      Path dataFile = dir.resolve("data.json");
      Files.writeString(dataFile, "{\"participants\": [" + EXAMPLE + "]}");

      assertThat(CaresJson.readRecord(new StringReader(EXAMPLE))).isEqualTo(exampleModel());
      assertThat(CaresJson.readRecord(file)).isEqualTo(exampleModel());
      assertThat(CaresJson.readRecords(new StringReader(EXAMPLE))).containsExactly(exampleModel());
      assertThat(CaresJson.readRecords(file)).containsExactly(exampleModel());
      assertThat(CaresJson.readDataSet(dataFile).participants()).containsExactly(exampleModel());
      assertThat(CaresJson.readDataSet(new StringReader("{}")).participants()).isEmpty();
    }

    @Test
    void filesMayBeInUtf16AndHoldAnyCharacter(@TempDir Path dir) throws IOException {
      String json = "{\"partners\": [{\"name\": \"Café Ñandú – “Ünïcode” 🎉\", \"member\": true}]}";
      Path file = dir.resolve("data.json");
      Files.write(file, json.getBytes(java.nio.charset.StandardCharsets.UTF_16));

      assertThat(CaresJson.readDataSet(file).partners().get(0).name())
          .isEqualTo("Café Ñandú – “Ünïcode” 🎉");
    }
  }

  @Nested
  class WrongSpellings {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "$.homeArea | {\"id\": \"P-1\", \"homeArea\": \"Leicester\"} | Leicester"
            + " | LEICESTER_CITY, LEICESTERSHIRE, RUTLAND, OUTSIDE_LLR",
        "$.enrolments[0].status | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"enrolments\":"
            + " [{\"programme\": \"UP\", \"status\": \"completed\", \"from\": \"2025-01-01\"}]}"
            + " | completed | COMPLETED",
        "$.attendances[0].kind | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"attendances\":"
            + " [{\"date\": \"2025-01-01\", \"kind\": \"ONE-TO-ONE\", \"programme\": \"UP\"}]}"
            + " | ONE-TO-ONE | ONE_TO_ONE",
        "$.placements[0].sector | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"placements\":"
            + " [{\"partner\": \"X\", \"programme\": \"WIRE\", \"sector\": \"IT\", \"from\": \"2025-01-01\","
            + " \"mentored\": true, \"paid\": false}]} | IT | IT_AND_ADMIN",
        "$.referrals[0].source | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"referrals\":"
            + " [{\"programme\": \"UP\", \"date\": \"2025-01-01\", \"source\": \"POLICE\"}]}"
            + " | POLICE | PROBATION",
        "$.outcomes[0].type | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"outcomes\":"
            + " [{\"id\": \"O-1\", \"type\": \"JOB\", \"date\": \"2025-01-01\"}]}"
            + " | JOB | EMPLOYMENT",
        "$.outcomes[0].training | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"outcomes\":"
            + " [{\"id\": \"O-1\", \"type\": \"TRAINING_COMPLETED\", \"training\": \"cscs\","
            + " \"date\": \"2025-01-01\"}]} | cscs | CSCS",
        "$.enrolments[0].programme | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"enrolments\":"
            + " [{\"programme\": \"Up\", \"status\": \"ACTIVE\", \"from\": \"2025-01-01\"}]}"
            + " | Up | LEAVING_CARE",
    })
    void aMisspeltValueIsRejectedWithItsPathAndTheValuesAllowed(
        String path, String json, String misspelt, String allowed) {
      JsonFormatException e = rejectedAt(json, path);
      assertThat(e.getMessage()).contains(path, "'" + misspelt + "'", allowed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "$.sessions[0].kind | {\"sessions\": [{\"id\": \"S-1\", \"programme\": \"UP\","
            + " \"date\": \"2025-01-01\", \"kind\": \"LECTURE\"}]} | LECTURE | WORKSHOP",
        "$.partners[0].involvements[0].type | {\"partners\": [{\"name\": \"X\", \"member\":"
            + " true, \"involvements\": [{\"type\": \"MONEY\", \"date\": \"2025-01-01\"}]}]}"
            + " | MONEY | FUNDING",
        "$.participants[0].homeArea | {\"participants\": [{\"id\": \"P-1\", \"homeArea\":"
            + " \"LEICS\"}]} | LEICS | LEICESTERSHIRE",
    })
    void misspeltValuesInADataSetAreRejectedWithTheirPath(
        String path, String json, String misspelt, String allowed) {
      JsonFormatException e = dataSetRejection(json);

      assertThat(e.field()).isEqualTo(path);
      assertThat(e.getMessage()).contains(path, "'" + misspelt + "'", allowed);
    }

    @Test
    void aMisspeltCircumstanceTypeIsRejectedWithoutRepeatingIt() {
      JsonFormatException e = rejectedAt("""
          {"id": "P-1", "homeArea": "RUTLAND",
           "circumstances": [{"type": "ROUGH_SLEEPER", "from": "2025-01-01"}]}""",
          "$.circumstances[0].type");
      assertThat(e.getMessage())
          .contains("$.circumstances[0].type", "not a circumstance type")
          .doesNotContain("ROUGH", "SLEEP", "2025");
    }

    @Test
    void aDateOfBirthAfterTodayInTheUkIsRejectedWhereTheRecordIsRead() {
      // The participant value does not read the clock (issue 19); the reader, the edge, does.
      LocalDate tomorrow = LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(1);
      JsonFormatException e = rejectedAt("{\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", "
          + "\"dateOfBirth\": \"" + tomorrow + "\"}", "$.dateOfBirth");
      assertThat(e.getMessage()).doesNotContain(tomorrow.toString());
    }

    @Test
    void enumValuesAreCaseSensitive() {
      rejectedAt("{\"id\": \"P-1\", \"homeArea\": \"rutland\"}", "$.homeArea");
    }

    @Test
    void aLongOrOddValueIsNotRepeated() {
      JsonFormatException e = rejection(
          "{\"id\": \"P-1\", \"homeArea\": \"lives with her aunt at 12 Some Street, Leicester\"}");

      assertThat(e.getMessage()).startsWith("the value at $.homeArea").doesNotContain("aunt");
    }
  }

  @Nested
  class UnknownFields {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "$.colour | $ | colour | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"colour\": 1}",
        "$.circumstances[0].colour | $.circumstances[0] | colour | {\"id\": \"P-1\","
            + " \"homeArea\": \"RUTLAND\", \"circumstances\": [{\"type\": \"NEET\","
            + " \"from\": \"2025-01-01\", \"colour\": \"red\"}]}",
        "$.outcomes[1].until | $.outcomes[1] | until | {\"id\": \"P-1\", \"homeArea\":"
            + " \"RUTLAND\", \"outcomes\": [{\"id\": \"O-1\", \"type\": \"WELLBEING\", \"date\":"
            + " \"2025-01-01\"}, {\"id\": \"O-2\", \"type\": \"WELLBEING\", \"date\":"
            + " \"2025-01-01\", \"until\": \"2025-02-01\"}]}",
        "$[1].name | $[1] | name | [{\"id\": \"P-1\", \"homeArea\": \"RUTLAND\"},"
            + " {\"id\": \"P-2\", \"homeArea\": \"RUTLAND\", \"name\": \"Jo Bloggs\"}]",
        "$['first name'] | $ | first name | {\"first name\": \"Jo\", \"id\": \"P-1\"}",
    })
    void anUnknownFieldIsRejectedWithItsPath(
        String field, String object, String name, String json) {
      JsonFormatException e = rejectedAt(json, field);
      assertThat(e.getMessage()).startsWith("unknown field '" + name + "' at " + object + " ");
      assertThat(e.getMessage()).doesNotContain("Jo", "red");
    }

    @Test
    void unknownFieldsAreRejectedDeepInADataSet() {
      JsonFormatException e = dataSetRejection("""
          {"partners": [{"name": "X", "member": true, "involvements":
             [{"type": "FUNDING", "date": "2025-01-01", "amountPence": 5, "currency": "GBP"}]}],
           "participants": []}""");

      assertThat(e.field()).isEqualTo("$.partners[0].involvements[0].currency");
      assertThat(e.getMessage())
          .isEqualTo("unknown field 'currency' at $.partners[0].involvements[0] (the fields of"
              + " an involvement are type, date, programme, amountPence)");

      JsonFormatException top = dataSetRejection("{\"people\": []}");
      assertThat(top.field()).isEqualTo("$.people");

      JsonFormatException inRecord = dataSetRejection("""
          {"participants": [{"id": "P-1", "homeArea": "RUTLAND"},
             {"id": "P-2", "homeArea": "RUTLAND", "placements": [{"partner": "X",
               "programme": "WIRE", "sector": "CONSTRUCTION", "from": "2025-01-01", "mentored": true, "paid": false,
               "hours": 30}]}]}""");
      assertThat(inRecord.field()).isEqualTo("$.participants[1].placements[0].hours");
    }

    @Test
    void aFieldNameIsEscapedAndCutShortInMessages() {
      String name = "line\nbreak" + "x".repeat(100);
      JsonFormatException e = rejection(
          "{\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"" + name.replace("\n", "\\n") + "\": 1}");

      assertThat(e.getMessage()).doesNotContain("\n").contains("line\\u000abreak", "…");
    }
  }

  @Nested
  class MissingFields {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "$ | id | {\"homeArea\": \"RUTLAND\"}",
        "$ | homeArea | {\"id\": \"P-1\"}",
        "$.circumstances[0] | type | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\","
            + " \"circumstances\": [{\"from\": \"2025-01-01\"}]}",
        "$.circumstances[0] | from | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\","
            + " \"circumstances\": [{\"type\": \"NEET\"}]}",
        "$.enrolments[0] | status | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\","
            + " \"enrolments\": [{\"programme\": \"UP\", \"from\": \"2025-01-01\"}]}",
        "$.attendances[0] | programme | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\","
            + " \"attendances\": [{\"date\": \"2025-01-01\", \"kind\": \"GROUP\"}]}",
        "$.placements[0] | programme | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"placements\":"
            + " [{\"partner\": \"X\", \"sector\": \"CONSTRUCTION\", \"from\": \"2025-01-01\","
            + " \"mentored\": true, \"paid\": false}]}",
        "$.placements[0] | paid | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"placements\":"
            + " [{\"partner\": \"X\", \"programme\": \"WIRE\", \"sector\": \"CONSTRUCTION\", \"from\": \"2025-01-01\","
            + " \"mentored\": true}]}",
        "$.referrals[0] | source | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"referrals\":"
            + " [{\"programme\": \"UP\", \"date\": \"2025-01-01\"}]}",
        "$.mentoringMatches[0] | from | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\","
            + " \"mentoringMatches\": [{\"programme\": \"UP\"}]}",
        "$.outcomes[0] | date | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"outcomes\":"
            + " [{\"id\": \"O-1\", \"type\": \"WELLBEING\"}]}",
    })
    void aMissingRequiredFieldIsNamedWithItsObjectsPath(String object, String name, String json) {
      JsonFormatException e = rejectedAt(json, object + "." + name);
      assertThat(e.getMessage()).isEqualTo("missing required field '" + name + "' at " + object);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "$.sessions[0] | kind | {\"sessions\": [{\"id\": \"S-1\", \"programme\": \"UP\","
            + " \"date\": \"2025-01-01\"}]}",
        "$.partners[0] | member | {\"partners\": [{\"name\": \"X\"}]}",
        "$.partners[0].involvements[0] | date | {\"partners\": [{\"name\": \"X\","
            + " \"member\": false, \"involvements\": [{\"type\": \"MENTORING\"}]}]}",
        "$.participants[0] | homeArea | {\"participants\": [{\"id\": \"P-1\"}]}",
    })
    void aMissingRequiredFieldOfADataSetIsNamedWithItsPath(
        String object, String name, String json) {
      JsonFormatException e = dataSetRejection(json);

      assertThat(e.field()).isEqualTo(object + "." + name);
      assertThat(e.getMessage()).isEqualTo("missing required field '" + name + "' at " + object);
    }

    @Test
    void aRequiredFieldMayNotBeNull() {
      JsonFormatException e = rejectedAt("{\"id\": \"P-1\", \"homeArea\": null}", "$.homeArea");
      assertThat(e.getMessage()).isEqualTo("required field 'homeArea' at $ is null");
    }
  }

  @Nested
  class WrongTypes {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "$.id | {\"id\": 5, \"homeArea\": \"RUTLAND\"} | must be text",
        "$.placements[0].mentored | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"placements\":"
            + " [{\"partner\": \"X\", \"programme\": \"WIRE\", \"sector\": \"CONSTRUCTION\", \"from\": \"2025-01-01\","
            + " \"mentored\": \"yes\", \"paid\": false}]} | must be true or false",
        "$.circumstances | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"circumstances\":"
            + " {\"type\": \"NEET\"}} | must be a list",
        "$.circumstances[0] | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"circumstances\":"
            + " [\"NEET\"]} | must be an object",
        "$.dateOfBirth | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"dateOfBirth\":"
            + " 20050304} | must be a date",
        "$.homeArea | {\"id\": \"P-1\", \"homeArea\": [\"RUTLAND\"]} | must be one of",
        "$.attendances[0].session | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"attendances\":"
            + " [{\"date\": \"2025-01-01\", \"kind\": \"GROUP\", \"programme\": \"UP\","
            + " \"session\": 17}]} | must be text",
        "$[0] | [\"P-1\"] | must be an object",
    })
    void aValueOfTheWrongJsonTypeIsRejectedWithItsPath(String path, String json, String says) {
      JsonFormatException e = rejectedAt(json, path);
      assertThat(e.getMessage()).contains(path, says);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "'\"100\"' | must be a whole number",
        "1.5 | must be a whole number",
        "1e3 | must be a whole number",
        "-5 | must not be negative",
        "123456789012345678901234567890 | is too large",
    })
    void amountsAreWholeNonNegativeNumbersOfPence(String amount, String says) {
      JsonFormatException e = dataSetRejection("{\"partners\": [{\"name\": \"X\", \"member\":"
          + " true, \"involvements\": [{\"type\": \"FUNDING\", \"date\": \"2025-01-01\","
          + " \"amountPence\": " + amount + "}]}]}");

      assertThat(e.field()).isEqualTo("$.partners[0].involvements[0].amountPence");
      assertThat(e.getMessage()).contains("$.partners[0].involvements[0].amountPence", says);
    }

    @Test
    void readRecordsWantsAnObjectOrAList() {
      JsonFormatException e = rejectedAt("\"P-1\"", "$");
      assertThat(e.getMessage()).isEqualTo("the text must hold a participant record { … } or a"
          + " list [ … ] of them, but it holds text");
    }

    @Test
    void readRecordWantsOneObjectAndReadDataSetWantsAnObject() {
      JsonFormatException record = catchThrowableOfType(JsonFormatException.class,
          () -> CaresJson.readRecord("[]"));
      JsonFormatException data = dataSetRejection("[]");

      assertThat(record.field()).isEqualTo("$");
      assertThat(record.getMessage()).contains("must be an object", "but it is a list");
      assertThat(data.getMessage()).contains("holding a report data set");
    }

    @ParameterizedTest
    @CsvSource({"2026-13-01", "2026-02-30", "26-11-2026", "2026-1-1", "+2026-01-01"})
    void datesAreStrictlyIsoCalendarDates(String date) {
      JsonFormatException e = rejectedAt("{\"id\": \"P-1\", \"homeArea\": \"RUTLAND\","
          + " \"enrolments\": [{\"programme\": \"UP\", \"status\": \"ACTIVE\", \"from\": \""
          + date + "\"}]}", "$.enrolments[0].from");
      assertThat(e.getMessage()).endsWith("at $.enrolments[0].from is not a date (yyyy-MM-dd)");
    }

    @Test
    void anOrdinaryBadDateIsRepeatedButFreeTextInADateFieldIsNot() {
      JsonFormatException date = rejection("{\"id\": \"P-1\", \"homeArea\": \"RUTLAND\","
          + " \"referrals\": [{\"programme\": \"UP\", \"source\": \"SELF\","
          + " \"date\": \"2026-13-01\"}]}");
      JsonFormatException text = rejection("{\"id\": \"P-1\", \"homeArea\": \"RUTLAND\","
          + " \"referrals\": [{\"programme\": \"UP\", \"source\": \"SELF\","
          + " \"date\": \"ask Jo\"}]}");

      assertThat(date.getMessage())
          .isEqualTo("'2026-13-01' at $.referrals[0].date is not a date (yyyy-MM-dd)");
      assertThat(text.getMessage())
          .isEqualTo("the value at $.referrals[0].date is not a date (yyyy-MM-dd)");
    }
  }

  @Nested
  class MalformedJson {
    @Test
    void aSyntaxErrorGivesLineAndColumnWithoutQuotingTheText() {
      String json = "{\n  \"id\": \"P-1\",\n  \"homeArea\": LEICESTER_CITY\n}";

      JsonFormatException e = rejection(json);

      assertThat(e.line()).hasValue(3);
      assertThat(e.column()).isPresent();
      assertThat(e.getMessage()).startsWith("the text is not valid JSON at line 3, column ")
          .doesNotContain("LEICESTER", "P-1", "token", "Unrecognized");
      assertThat(e.getCause()).isNull();
    }

    @Test
    void theSyntaxErrorsPathIsTheObjectBeingRead() {
      String json = "{\"id\": \"P-1\", \"homeArea\": \"RUTLAND\",\n"
          + " \"circumstances\": [{\"type\": \"NEET\", \"from\": yesterday}]}";

      JsonFormatException e = rejectedAt(json, "$.circumstances[0].from");
      assertThat(e.line()).hasValue(2);
      assertThat(e.getMessage()).doesNotContain("yesterday", "NEET");
    }

    @Test
    void textThatEndsEarlyIsReported() {
      JsonFormatException e = rejection("{\"id\": \"P-1\", \"homeArea\": ");

      assertThat(e.getMessage()).startsWith("the text ends before the JSON is complete at line 1");
    }

    @Test
    void emptyTextIsReported() {
      assertThat(rejection("").getMessage()).isEqualTo("the text is empty: there is no JSON in it");
      assertThat(rejection("  \n ").field()).isEqualTo("$");
    }

    @Test
    void textAfterTheJsonIsRejected() {
      JsonFormatException e = rejection("{\"id\": \"P-1\", \"homeArea\": \"RUTLAND\"}\n{}");

      assertThat(e.getMessage()).isEqualTo(
          "there is more text after the end of the JSON at line 2, column 1");
    }

    @Test
    void duplicateKeysAreRejected() {
      JsonFormatException e = rejection(
          "{\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"homeArea\": \"RUTLAND\"}");
      JsonFormatException deep = rejection("{\"id\": \"P-1\", \"homeArea\": \"RUTLAND\","
          + " \"circumstances\": [{\"type\": \"NEET\", \"from\": \"2025-01-01\","
          + " \"from\": \"2025-01-02\"}]}");

      assertThat(e.field()).isEqualTo("$.homeArea");
      assertThat(e.getMessage()).isEqualTo("field 'homeArea' appears twice at $");
      assertThat(deep.field()).isEqualTo("$.circumstances[0].from");
      assertThat(deep.getMessage()).doesNotContain("2025");
    }

    @Test
    void commentsSingleQuotesAndNonNumbersAreNotJson() {
      for (String json : List.of(
          "{\"id\": \"P-1\", /* note */ \"homeArea\": \"RUTLAND\"}",
          "{'id': 'P-1', 'homeArea': 'RUTLAND'}",
          "{\"partners\": [{\"name\": \"X\", \"member\": true, \"involvements\": [{\"type\":"
              + " \"FUNDING\", \"date\": \"2025-01-01\", \"amountPence\": NaN}]}]}")) {
        assertThat(catchThrowableOfType(JsonFormatException.class,
            () -> CaresJson.readDataSet(json)).line()).as(json).isPresent();
      }
    }

    @Test
    void deepNestingIsRejectedWithoutOverflowingTheStack() {
      String json = "[".repeat(100_000) + "]".repeat(100_000);

      JsonFormatException e = rejection(json);

      assertThat(e.getMessage()).startsWith("the JSON is nested too deeply");
    }

    @Test
    void invalidUtf8InAFileIsAFormatError(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("bad.json");
      byte[] bytes = "{\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"x\": \"\u00e9\"}"
          .getBytes(UTF_8);
      bytes[bytes.length - 4] = (byte) 0xff;
      Files.write(file, bytes);

      JsonFormatException e = catchThrowableOfType(JsonFormatException.class,
          () -> CaresJson.readRecords(file));

      assertThat(e).isNotNull();
      assertThat(e.line()).hasValue(1);
    }
  }

  @Nested
  class ModelRules {
    @Test
    void anEnrolmentEndingBeforeItStartsIsReportedAtItsPath() {
      JsonFormatException e = rejectedAt("{\"id\": \"P-1\", \"homeArea\": \"RUTLAND\","
          + " \"enrolments\": [{\"programme\": \"UP\", \"status\": \"COMPLETED\","
          + " \"from\": \"2025-03-01\", \"to\": \"2025-02-01\"}]}", "$.enrolments[0].to");
      assertThat(e.getMessage()).isEqualTo(
          "enrolment end 2025-02-01 is before its start 2025-03-01 at $.enrolments[0].to");
      assertThat(e.getCause()).isInstanceOf(InvalidRecordException.class);
    }

    @Test
    void anAttendanceBeforeTheDateOfBirthIsReportedAtItsPath() {
      String json = "{\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"dateOfBirth\": \"2005-03-04\","
          + " \"attendances\": [{\"date\": \"2024-01-01\", \"kind\": \"GROUP\", \"programme\":"
          + " \"UP\"}, {\"date\": \"2004-01-01\", \"kind\": \"GROUP\", \"programme\": \"UP\"}]}";

      JsonFormatException e = rejection(json);
      JsonFormatException inDataSet = dataSetRejection(
          "{\"participants\": [{\"id\": \"P-0\", \"homeArea\": \"RUTLAND\"}, " + json + "]}");

      assertThat(e.field()).isEqualTo("$.attendances[1].date");
      assertThat(e.getMessage()).isEqualTo("$.attendances[1].date is before the date of birth");
      assertThat(inDataSet.field()).isEqualTo("$.participants[1].attendances[1].date");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "$.circumstances[0].to | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"circumstances\":"
            + " [{\"type\": \"HOMELESS\", \"from\": \"2025-03-01\", \"to\": \"2025-02-01\"}]}",
        "$.outcomes[0].training | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"outcomes\":"
            + " [{\"id\": \"O-1\", \"type\": \"TRAINING_COMPLETED\", \"date\": \"2025-01-01\"}]}",
        "$.outcomes[1].id | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"outcomes\":"
            + " [{\"id\": \"O-1\", \"type\": \"WELLBEING\", \"date\": \"2025-01-01\"},"
            + " {\"id\": \"O-1\", \"type\": \"WELLBEING\", \"date\": \"2025-01-02\"}]}",
        "$.outcomes[0].end | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"outcomes\":"
            + " [{\"id\": \"O-1\", \"type\": \"EMPLOYMENT\", \"date\": \"2025-01-01\","
            + " \"end\": \"2024-01-01\"}]}",
        "$.id | {\"id\": \"Jo Bloggs\", \"homeArea\": \"RUTLAND\"}",
        "$.id | {\"id\": \"\", \"homeArea\": \"RUTLAND\"}",
        "$.attendances[0].session | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"attendances\":"
            + " [{\"date\": \"2025-01-01\", \"kind\": \"GROUP\", \"programme\": \"UP\","
            + " \"session\": \" \"}]}",
        "$.placements[0].partner | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"placements\":"
            + " [{\"partner\": \"  \", \"programme\": \"WIRE\", \"sector\": \"CONSTRUCTION\", \"from\": \"2025-01-01\","
            + " \"mentored\": true, \"paid\": false}]}",
        "$.dateOfBirth | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"dateOfBirth\":"
            + " \"2999-01-01\"}",
        "$.dateOfBirth | {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\", \"dateOfBirth\":"
            + " \"1899-12-31\"}",
    })
    void aModelRuleBrokenInARecordIsReportedAtItsJsonPath(String path, String json) {
      JsonFormatException e = rejectedAt(json, path);
      assertThat(e.getMessage()).contains(path).doesNotContain("Jo Bloggs", "2999", "1899");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "$.partners[0].involvements[0].amountPence | {\"partners\": [{\"name\": \"X\","
            + " \"member\": true, \"involvements\": [{\"type\": \"FUNDING\","
            + " \"date\": \"2025-01-01\"}]}]}",
        "$.partners[0].involvements[0].amountPence | {\"partners\": [{\"name\": \"X\","
            + " \"member\": true, \"involvements\": [{\"type\": \"MENTORING\","
            + " \"date\": \"2025-01-01\", \"amountPence\": 100}]}]}",
        "$.partners[1].name | {\"partners\": [{\"name\": \"Wates Ltd\", \"member\": true},"
            + " {\"name\": \"Wates Ltd\", \"member\": false}]}",
        "$.partners[0].name | {\"partners\": [{\"name\": \"\", \"member\": true}]}",
        "$.participants[1].id | {\"participants\": [{\"id\": \"P-1\", \"homeArea\": \"RUTLAND\"},"
            + " {\"id\": \"P-1\", \"homeArea\": \"RUTLAND\"}]}",
        "$.sessions[1].id | {\"sessions\": [{\"id\": \"S-1\", \"programme\": \"UP\", \"date\":"
            + " \"2025-01-01\", \"kind\": \"GROUP\"}, {\"id\": \"S-1\", \"programme\": \"UP\","
            + " \"date\": \"2025-01-02\", \"kind\": \"GROUP\"}]}",
        "$.sessions[0].id | {\"sessions\": [{\"id\": \"session one\", \"programme\": \"UP\","
            + " \"date\": \"2025-01-01\", \"kind\": \"GROUP\"}]}",
    })
    void aModelRuleBrokenInADataSetIsReportedAtItsJsonPath(String path, String json) {
      JsonFormatException e = dataSetRejection(json);

      assertThat(e.field()).isEqualTo(path);
      assertThat(e.getMessage()).contains(path).doesNotContain("Wates", "session one");
    }
  }

  @Nested
  class Privacy {
    /** A record whose date of birth and circumstances appear nowhere else. */
    private static final String DOB = "1987-06-05";

    private static String record(String extra) {
      return "{\"id\": \"P-1\", \"dateOfBirth\": \"" + DOB + "\", \"homeArea\": \"RUTLAND\","
          + " \"circumstances\": [{\"type\": \"CONVICTION\", \"from\": \"2011-02-03\"},"
          + " {\"type\": \"ROUGH_SLEEPING\", \"from\": \"2012-04-05\", \"to\": \"2012-07-08\"}]"
          + extra + "}";
    }

    /** Records with a mistake in or near the date of birth or a circumstance. */
    static List<String> inputs() {
      return List.of(
          record(", \"attendances\": [{\"date\": \"1980-01-01\", \"kind\": \"GROUP\","
              + " \"programme\": \"UP\"}]"),
          record(", \"enrolments\": [{\"programme\": \"UP\", \"status\": \"ACTIVE\","
              + " \"from\": \"1986-01-01\"}]"),
          record(", \"outcomes\": [{\"id\": \"O-1\", \"type\": \"WELLBEING\","
              + " \"date\": \"1987-06-04\"}]"),
          record(", \"colour\": \"red\""),
          record(", \"homeArea\": \"RUTLAND\""),
          record(","),
          record("").replace("2012-07-08", "2012-01-01"),
          record("").replace(DOB, "1987-06-45"),
          record("").replace(DOB, "1987/06/05"),
          record("").replace("\"" + DOB + "\"", "19870605"),
          record("").replace("ROUGH_SLEEPING", "ROUGH_SLEEPNG"),
          record("").replace("\"CONVICTION\"", "[\"CONVICTION\"]"),
          record("").replace("2011-02-03", "2011-02-30"),
          record("").replace("2011-02-03", "1980-01-01"),
          record("").replace("\"2012-07-08\"", "\"2012-07-08\", \"note\": \"on remand\""),
          record("").replace("\"CONVICTION\"", "\"CONVICTION\", \"type\": \"NEET\""),
          record("").replace("2012-04-05\"", "2012-04-05\" \"to\""),
          record("").replace("ROUGH_SLEEPING\"", "ROUGH_SLEEPING"));
    }

    /** Text that no message, and no error's field, may contain. */
    static final List<String> SECRETS = List.of(
        DOB, "1987", "19870605", "CONVICTION", "ROUGH", "2011", "2012", "remand", "NEET");

    @Test
    void noMessageRepeatsTheDateOfBirthOrACircumstance() {
      for (String json : inputs()) {
        JsonFormatException e = rejection(json);
        assertThat(e.getMessage()).as(json).doesNotContain(SECRETS);
        assertThat(e.field()).as(json).doesNotContain("1987", "CONVICTION", "ROUGH");
      }
    }
  }
}
