package uk.co.leicestershirecares.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
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
import uk.co.leicestershirecares.core.partner.InvolvementType;
import uk.co.leicestershirecares.core.partner.Money;
import uk.co.leicestershirecares.core.partner.Partner;
import uk.co.leicestershirecares.core.partner.PartnerInvolvement;
import uk.co.leicestershirecares.core.policy.FinancialQuarter;
import uk.co.leicestershirecares.core.policy.PlanYear;
import uk.co.leicestershirecares.core.programme.Programme;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * QuickTheories generators of participants and participant records, shared by the core test
 * suites: {@linkplain #records() valid records}, which must build, and {@linkplain
 * #invalidInputs() invalid inputs}, each of which must be rejected with an {@link
 * InvalidRecordException} naming a field.
 *
 * <p>Valid records have a participant with an optional date of birth between {@link
 * #EARLIEST_GENERATED_BIRTH} and {@link #LATEST_GENERATED_BIRTH}, a home area, circumstances,
 * referrals, enrolments, attendances, placements, mentoring matches and outcomes, all dated on or
 * after the date of birth (or after an unrecorded "anchor" date of birth when it is unknown), with
 * ends never before starts, unique outcome ids, and a training exactly on {@code
 * TRAINING_COMPLETED} outcomes. Participant ids look like {@code P-00042}, so they can never
 * contain a date or a circumstance name (the privacy tests rely on that).
 */
public final class RecordGenerators {
  /** The earliest date of birth of a generated participant. */
  public static final LocalDate EARLIEST_GENERATED_BIRTH = LocalDate.of(1950, 1, 1);

  /** The latest date of birth of a generated participant. */
  public static final LocalDate LATEST_GENERATED_BIRTH = LocalDate.of(2010, 12, 31);

  /** Generated facts fall within this many days after the date of birth (about 40 years). */
  private static final int SPAN_DAYS = 40 * 365;

  /** Generated date ranges (circumstances, enrolments, outcomes) last at most this many days. */
  private static final int MAX_RANGE_DAYS = 3 * 365;

  /** Each generated list holds at most this many items. */
  private static final int MAX_ITEMS = 3;

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private static final List<ProgrammeCode> PROGRAMMES =
      List.of(
          ProgrammeCode.UP,
          ProgrammeCode.WIRE,
          ProgrammeCode.LEAVING_CARE,
          ProgrammeCode.CARE_LEAVER_MENTORING,
          ProgrammeCode.MIND_MATTERS,
          ProgrammeCode.TARGETED_YOUTH_WORK,
          ProgrammeCode.of("YOUTH_VOICE_2"));

  private static final List<String> PARTNER_NAMES =
      List.of("Walkers Deli", "Wates", "Leicester City Council", "Hastings Direct", "Next plc");

  private RecordGenerators() {}

  // ---------------------------------------------------------------------------------------------
  // Building blocks

  /** Returns dates from {@code first} to {@code last}, both included. */
  public static Gen<LocalDate> datesBetween(LocalDate first, LocalDate last) {
    return Generate.longRange(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /** Returns dates of birth between 1950 and 2010. */
  public static Gen<LocalDate> datesOfBirth() {
    return datesBetween(EARLIEST_GENERATED_BIRTH, LATEST_GENERATED_BIRTH);
  }

  /** Returns dates on or after {@code notBefore}, at most about 40 years later. */
  public static Gen<LocalDate> datesFrom(LocalDate notBefore) {
    return Generate.range(0, SPAN_DAYS).map(days -> notBefore.plusDays(days));
  }

  /** Returns optional ends of a range starting on {@code start}: empty, or on or after it. */
  public static Gen<Optional<LocalDate>> endsFrom(LocalDate start) {
    return Generate.range(0, MAX_RANGE_DAYS).map(days -> start.plusDays(days)).toOptionals(30);
  }

  /** Returns pseudonymous participant ids {@code P-00001} to {@code P-99999}. */
  public static Gen<ParticipantId> participantIds() {
    return Generate.range(1, 99_999).map(n -> ParticipantId.of(String.format("P-%05d", n)));
  }

  /** Returns the standard programme codes and one custom code. */
  public static Gen<ProgrammeCode> programmeCodes() {
    return Generate.pick(PROGRAMMES);
  }

  /** Returns circumstances starting on or after {@code notBefore}, ongoing or ended. */
  public static Gen<Circumstance> circumstances(LocalDate notBefore) {
    return in -> {
      LocalDate from = datesFrom(notBefore).generate(in);
      return Circumstance.builder()
          .type(Generate.enumValues(CircumstanceType.class).generate(in))
          .from(from)
          .to(endsFrom(from).generate(in))
          .build();
    };
  }

  /** Returns referrals dated on or after {@code notBefore}. */
  public static Gen<Referral> referrals(LocalDate notBefore) {
    return in ->
        Referral.of(
            programmeCodes().generate(in),
            datesFrom(notBefore).generate(in),
            Generate.enumValues(ReferralSource.class).generate(in));
  }

  /** Returns enrolments starting on or after {@code notBefore}, in any status. */
  public static Gen<Enrolment> enrolments(LocalDate notBefore) {
    return in -> {
      LocalDate from = datesFrom(notBefore).generate(in);
      return Enrolment.builder()
          .programme(programmeCodes().generate(in))
          .status(Generate.enumValues(EnrolmentStatus.class).generate(in))
          .from(from)
          .to(endsFrom(from).generate(in))
          .build();
    };
  }

  /** Returns attendances dated on or after {@code notBefore}, some with a session id. */
  public static Gen<Attendance> attendances(LocalDate notBefore) {
    return in ->
        Attendance.builder()
            .date(datesFrom(notBefore).generate(in))
            .kind(Generate.enumValues(SessionKind.class).generate(in))
            .programme(programmeCodes().generate(in))
            .session(
                Generate.range(1, 999)
                    .map(n -> SessionId.of("S-" + n))
                    .toOptionals(50)
                    .generate(in))
            .build();
  }

  /** Returns work placements starting on or after {@code notBefore}, most of them two weeks. */
  public static Gen<WorkPlacement> placements(LocalDate notBefore) {
    return in -> {
      LocalDate from = datesFrom(notBefore).generate(in);
      return WorkPlacement.builder()
          .partner(Generate.pick(PARTNER_NAMES).generate(in))
          .sector(Generate.enumValues(Sector.class).generate(in))
          .from(from)
          .to(Generate.range(0, 30).map(days -> from.plusDays(days)).toOptionals(20).generate(in))
          .mentored(Generate.booleans().generate(in))
          .paid(Generate.booleans().generate(in))
          .build();
    };
  }

  /** Returns mentoring matches starting on or after {@code notBefore}. */
  public static Gen<MentoringMatch> mentoringMatches(LocalDate notBefore) {
    return in -> {
      LocalDate from = datesFrom(notBefore).generate(in);
      return MentoringMatch.builder()
          .programme(programmeCodes().generate(in))
          .from(from)
          .to(endsFrom(from).generate(in))
          .build();
    };
  }

  /**
   * Returns outcome events with the given id dated on or after {@code notBefore}; exactly the
   * {@code TRAINING_COMPLETED} ones name a training.
   */
  public static Gen<OutcomeEvent> outcomes(OutcomeId id, LocalDate notBefore) {
    return in -> {
      OutcomeType type = Generate.enumValues(OutcomeType.class).generate(in);
      LocalDate date = datesFrom(notBefore).generate(in);
      OutcomeEvent.Builder outcome =
          OutcomeEvent.builder()
              .id(id)
              .type(type)
              .date(date)
              .end(endsFrom(date).generate(in))
              .programme(programmeCodes().toOptionals(25).generate(in));
      if (type == OutcomeType.TRAINING_COMPLETED) {
        outcome.training(Generate.enumValues(TrainingType.class).generate(in));
      }
      return outcome.build();
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Participants and records

  /** Returns valid participants, three in four with a known date of birth. */
  public static Gen<Participant> participants() {
    return in -> participant(in, Generate.range(1, 4).generate(in) > 1, 0);
  }

  /** Returns valid participants with a date of birth and at least one circumstance. */
  public static Gen<Participant> participantsWithDateOfBirth() {
    return in -> participant(in, true, 1);
  }

  /** Returns valid participant records (see the class comment). */
  public static Gen<ParticipantRecord> records() {
    return records(participants());
  }

  /** Returns valid participant records with a date of birth and at least one circumstance. */
  public static Gen<ParticipantRecord> recordsWithDateOfBirth() {
    return records(participantsWithDateOfBirth());
  }

  private static Gen<ParticipantRecord> records(Gen<Participant> participants) {
    return in -> {
      Participant participant = participants.generate(in);
      LocalDate born = participant.dateOfBirth().orElseGet(() -> datesOfBirth().generate(in));
      List<OutcomeEvent> outcomes = new ArrayList<>();
      int outcomeCount = Generate.range(0, MAX_ITEMS).generate(in);
      for (int i = 1; i <= outcomeCount; i++) {
        outcomes.add(outcomes(OutcomeId.of("O-" + i), born).generate(in));
      }
      return ParticipantRecord.builder()
          .participant(participant)
          .referrals(listOf(in, referrals(born), 0))
          .enrolments(listOf(in, enrolments(born), 0))
          .attendances(listOf(in, attendances(born), 0))
          .placements(listOf(in, placements(born), 0))
          .mentoringMatches(listOf(in, mentoringMatches(born), 0))
          .outcomes(outcomes)
          .build();
    };
  }

  private static Participant participant(
      RandomnessSource in, boolean dateOfBirthKnown, int minCircumstances) {
    LocalDate born = datesOfBirth().generate(in);
    return Participant.builder()
        .id(participantIds().generate(in))
        .dateOfBirth(dateOfBirthKnown ? Optional.of(born) : Optional.empty())
        .homeArea(Generate.enumValues(HomeArea.class).generate(in))
        .circumstances(listOf(in, circumstances(born), minCircumstances))
        .build();
  }

  private static <T> List<T> listOf(RandomnessSource in, Gen<T> items, int min) {
    int size = Generate.range(min, Math.max(min, MAX_ITEMS)).generate(in);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(items.generate(in));
    }
    return list;
  }

  // ---------------------------------------------------------------------------------------------
  // Invalid inputs

  /**
   * An attempt to build something invalid, with the field its {@link InvalidRecordException} must
   * name. {@link #toString()} describes the input, for failure reports; the data is synthetic.
   */
  public static final class InvalidInput {
    private final String kind;
    private final String expectedField;
    private final Optional<LocalDate> dateOfBirth;
    private final String details;
    private final Supplier<?> attempt;

    InvalidInput(
        String kind,
        String expectedField,
        Optional<LocalDate> dateOfBirth,
        String details,
        Supplier<?> attempt) {
      this.kind = kind;
      this.expectedField = expectedField;
      this.dateOfBirth = dateOfBirth;
      this.details = details;
      this.attempt = attempt;
    }

    static InvalidInput of(String kind, String expectedField, String details, Supplier<?> attempt) {
      return new InvalidInput(kind, expectedField, Optional.empty(), details, attempt);
    }

    /** Returns the kind of mistake, for example {@code enrolment ends before it starts}. */
    public String kind() {
      return kind;
    }

    /**
     * Returns the field the exception must name: the exception's {@link
     * InvalidRecordException#field() field} is this path, or, for a list, this path followed by
     * {@code [} or a space (an element of it).
     */
    public String expectedField() {
      return expectedField;
    }

    /** Returns the date of birth the input involves, if any (it must never be echoed). */
    public Optional<LocalDate> dateOfBirth() {
      return dateOfBirth;
    }

    /** Runs the attempt and returns what it threw, or {@code null} if it built without error. */
    public Throwable attemptToBuild() {
      return catchThrowable(attempt::get);
    }

    /**
     * Asserts that the attempt throws an {@link InvalidRecordException} naming {@link
     * #expectedField()}, and returns it.
     */
    public InvalidRecordException assertRejected() {
      Throwable thrown = attemptToBuild();
      assertThat(thrown)
          .as("what building %s throws", this)
          .isInstanceOf(InvalidRecordException.class);
      InvalidRecordException rejected = (InvalidRecordException) thrown;
      assertThat(rejected.field())
          .as("the field named for %s (message: %s)", this, rejected.getMessage())
          .matches(
              field ->
                  field.equals(expectedField)
                      || field.startsWith(expectedField + "[")
                      || field.startsWith(expectedField + " "),
              "is " + expectedField + " or an element of it");
      return rejected;
    }

    @Override
    public String toString() {
      return kind + " [expects field " + expectedField + "]: " + details;
    }
  }

  /** Returns every kind of invalid input below, mixed. */
  @SuppressWarnings("unchecked")
  public static Gen<InvalidInput> invalidInputs() {
    return Generate.oneOf(
        enrolmentsEndingBeforeTheyStart(),
        circumstancesEndingBeforeTheyStart(),
        placementsEndingBeforeTheyStart(),
        mentoringMatchesEndingBeforeTheyStart(),
        outcomesEndingBeforeTheyStart(),
        recordsWithAFactBeforeBirth(),
        datesOfBirthInTheFuture(),
        datesOfBirthBefore1900(),
        negativeMoney(),
        malformedIds(),
        requiredFieldsLeftUnset(),
        nullBuilderArguments(),
        fundingWithoutAmountOrAmountWithoutFunding(),
        trainingNotMatchingOutcomeType(),
        duplicateOutcomeIds(),
        malformedProgrammeCodes());
  }

  /** Any date between 1950 and 2040, for starts of invalid ranges. */
  private static Gen<LocalDate> anyStart() {
    return datesBetween(LocalDate.of(1950, 1, 1), LocalDate.of(2040, 12, 31));
  }

  /** Days by which an invalid end falls before its start. */
  private static Gen<Integer> daysEarly() {
    return Generate.range(1, 1000);
  }

  /** Enrolments whose {@code to} is before their {@code from}: field {@code to}. */
  public static Gen<InvalidInput> enrolmentsEndingBeforeTheyStart() {
    return anyStart().zip(daysEarly(), programmeCodes(), (from, early, programme) -> {
      LocalDate to = from.minusDays(early);
      return InvalidInput.of("enrolment ends before it starts", "to", from + ".." + to,
          () -> Enrolment.builder().programme(programme).status(EnrolmentStatus.COMPLETED)
              .from(from).to(to).build());
    });
  }

  /** Circumstances whose {@code to} is before their {@code from}: field {@code to}. */
  public static Gen<InvalidInput> circumstancesEndingBeforeTheyStart() {
    return anyStart().zip(daysEarly(), Generate.enumValues(CircumstanceType.class),
        (from, early, type) -> {
          LocalDate to = from.minusDays(early);
          return InvalidInput.of("circumstance ends before it starts", "to",
              type + " " + from + ".." + to, () -> Circumstance.of(type, from, to));
        });
  }

  /** Work placements whose {@code to} is before their {@code from}: field {@code to}. */
  public static Gen<InvalidInput> placementsEndingBeforeTheyStart() {
    return anyStart().zip(daysEarly(), Generate.enumValues(Sector.class), (from, early, sector) -> {
      LocalDate to = from.minusDays(early);
      return InvalidInput.of("placement ends before it starts", "to", from + ".." + to,
          () -> WorkPlacement.builder().partner("Wates").sector(sector).from(from).to(to)
              .mentored(true).paid(false).build());
    });
  }

  /** Mentoring matches whose {@code to} is before their {@code from}: field {@code to}. */
  public static Gen<InvalidInput> mentoringMatchesEndingBeforeTheyStart() {
    return anyStart().zip(daysEarly(), programmeCodes(), (from, early, programme) -> {
      LocalDate to = from.minusDays(early);
      return InvalidInput.of("mentoring match ends before it starts", "to", from + ".." + to,
          () -> MentoringMatch.builder().programme(programme).from(from).to(to).build());
    });
  }

  /** Outcome events whose {@code end} is before their {@code date}: field {@code end}. */
  public static Gen<InvalidInput> outcomesEndingBeforeTheyStart() {
    return anyStart().zip(daysEarly(), Generate.pick(List.of(
        OutcomeType.EMPLOYMENT, OutcomeType.VOLUNTEERING, OutcomeType.EDUCATION_ENTERED)),
        (date, early, type) -> {
          LocalDate end = date.minusDays(early);
          return InvalidInput.of("outcome ends before it starts", "end", date + ".." + end,
              () -> OutcomeEvent.builder().id(OutcomeId.of("O-1")).type(type).date(date)
                  .end(end).build());
        });
  }

  /** The lists of a record whose items are dated, with the name of each item's start date. */
  private enum DatedList {
    CIRCUMSTANCES("circumstances", "from"),
    REFERRALS("referrals", "date"),
    ENROLMENTS("enrolments", "from"),
    ATTENDANCES("attendances", "date"),
    PLACEMENTS("placements", "from"),
    MENTORING_MATCHES("mentoringMatches", "from"),
    OUTCOMES("outcomes", "date");

    final String path;
    final String dateField;

    DatedList(String path, String dateField) {
      this.path = path;
      this.dateField = dateField;
    }
  }

  /**
   * Valid records with a date of birth into one of whose dated lists (circumstances, referrals,
   * enrolments, attendances, placements, mentoring matches, outcomes) an item dated 1 to 3650
   * days before the date of birth is inserted: field like {@code attendances[2].date}.
   */
  public static Gen<InvalidInput> recordsWithAFactBeforeBirth() {
    return in -> {
      ParticipantRecord valid = recordsWithDateOfBirth().generate(in);
      LocalDate born = valid.participant().dateOfBirth().orElseThrow();
      LocalDate early = born.minusDays(Generate.range(1, 3650).generate(in));
      DatedList list = Generate.enumValues(DatedList.class).generate(in);
      Participant.Builder participant = Participant.builder().from(valid.participant());
      ParticipantRecord.Builder record = ParticipantRecord.builder().from(valid);
      int index;
      switch (list) {
        case CIRCUMSTANCES:
          index = insert(in, valid.participant().circumstances(),
              Circumstance.of(CircumstanceType.NEET, early), participant::circumstances);
          break;
        case REFERRALS:
          index = insert(in, valid.referrals(),
              Referral.of(ProgrammeCode.UP, early, ReferralSource.PROBATION), record::referrals);
          break;
        case ENROLMENTS:
          index = insert(in, valid.enrolments(),
              Enrolment.builder().programme(ProgrammeCode.UP).status(EnrolmentStatus.COMPLETED)
                  .from(early).to(early.plusDays(90)).build(),
              record::enrolments);
          break;
        case ATTENDANCES:
          index = insert(in, valid.attendances(),
              Attendance.of(early, SessionKind.GROUP, ProgrammeCode.LEAVING_CARE),
              record::attendances);
          break;
        case PLACEMENTS:
          index = insert(in, valid.placements(),
              WorkPlacement.builder().partner("Wates").sector(Sector.CONSTRUCTION).from(early)
                  .to(early.plusDays(11)).mentored(true).paid(false).build(),
              record::placements);
          break;
        case MENTORING_MATCHES:
          index = insert(in, valid.mentoringMatches(),
              MentoringMatch.builder().programme(ProgrammeCode.CARE_LEAVER_MENTORING).from(early)
                  .build(),
              record::mentoringMatches);
          break;
        case OUTCOMES:
          index = insert(in, valid.outcomes(),
              OutcomeEvent.builder().id(OutcomeId.of("O-early")).type(OutcomeType.WELLBEING)
                  .date(early).build(),
              record::outcomes);
          break;
        default:
          throw new AssertionError(list);
      }
      String field = list.path + "[" + index + "]." + list.dateField;
      return new InvalidInput("record has a fact dated before the date of birth", field,
          Optional.of(born), "born " + born + ", " + field + " " + early,
          () -> record.participant(participant.build()).build());
    };
  }

  /** Inserts {@code item} at a generated index of a copy of {@code items}; returns the index. */
  private static <T> int insert(
      RandomnessSource in, List<T> items, T item, Consumer<List<T>> setter) {
    int index = Generate.range(0, items.size()).generate(in);
    List<T> copy = new ArrayList<>(items);
    copy.add(index, item);
    setter.accept(copy);
    return index;
  }

  /** Participants born 1 day to 10 years after today: field {@code dateOfBirth}. */
  public static Gen<InvalidInput> datesOfBirthInTheFuture() {
    return Generate.range(1, 3650).map(days -> {
      LocalDate born = LocalDate.now(UK).plusDays(days);
      return new InvalidInput("date of birth in the future", "dateOfBirth", Optional.of(born),
          "born " + born, () -> participantBornOn(born));
    });
  }

  /** Participants born 1 day to 100 years before 1900: field {@code dateOfBirth}. */
  public static Gen<InvalidInput> datesOfBirthBefore1900() {
    return Generate.range(1, 36_500).map(days -> {
      LocalDate born = Participant.EARLIEST_DATE_OF_BIRTH.minusDays(days);
      return new InvalidInput("date of birth before 1900", "dateOfBirth", Optional.of(born),
          "born " + born, () -> participantBornOn(born));
    });
  }

  private static Participant participantBornOn(LocalDate born) {
    return Participant.builder().id(ParticipantId.of("P-00001")).homeArea(HomeArea.RUTLAND)
        .dateOfBirth(born).build();
  }

  /** Negative amounts of money: field {@code amountPence}. */
  public static Gen<InvalidInput> negativeMoney() {
    return Generate.longRange(Long.MIN_VALUE, -1).map(pence ->
        InvalidInput.of("negative money", "amountPence", pence + "p", () -> Money.ofPence(pence)));
  }

  /**
   * Blank or malformed ids of participants ({@code id}), outcomes ({@code id}) and sessions
   * ({@code session}).
   */
  public static Gen<InvalidInput> malformedIds() {
    Gen<String> text = Generate.oneOf(
        Generate.pick(List.of("", " ", "\t", "  \n", "-P1", ".x", "P 1", "P#1", "Jane Doe",
            "P-1\n", "Zoë", "x".repeat(65))),
        // A well-formed start followed by one character outside [A-Za-z0-9._:/-].
        Generate.pick(List.of(' ', '#', '@', '!', '+', ',', ';', '\'', 'é', '\u00a0'))
            .map(bad -> "P-" + bad + "1"));
    return text.zip(Generate.range(0, 2), (value, which) -> {
      switch (which) {
        case 0:
          return InvalidInput.of("malformed participant id", "id", "'" + value + "'",
              () -> ParticipantId.of(value));
        case 1:
          return InvalidInput.of("malformed outcome id", "id", "'" + value + "'",
              () -> OutcomeId.of(value));
        default:
          return InvalidInput.of("malformed session id", "session", "'" + value + "'",
              () -> SessionId.of(value));
      }
    });
  }

  /**
   * Programme codes that are not an upper-case letter followed by up to 31 upper-case letters,
   * digits or underscores: field {@code programme}.
   */
  public static Gen<InvalidInput> malformedProgrammeCodes() {
    Gen<String> code = Generate.oneOf(
        Generate.pick(List.of("", "up", "Up", "uP", "1UP", "_UP", "UP-2", "UP 2", " UP", "UP ",
            "LEAVING CARE", "WIRÉ", "A".repeat(33))),
        // A lower-case letter somewhere in an otherwise upper-case code.
        Generate.range(0, 5).map(at -> {
          StringBuilder s = new StringBuilder("ABCDEF");
          s.setCharAt(at, Character.toLowerCase(s.charAt(at)));
          return s.toString();
        }));
    return code.map(value -> InvalidInput.of("malformed programme code", "programme",
        "'" + value + "'", () -> ProgrammeCode.of(value)));
  }

  /** Builders with one required field left unset: the field's name. */
  public static Gen<InvalidInput> requiredFieldsLeftUnset() {
    return Generate.pick(requiredFieldLeftUnsetCases());
  }

  /** Every builder with one required field left unset, once each. */
  public static List<InvalidInput> requiredFieldLeftUnsetCases() {
    LocalDate day = LocalDate.of(2024, 5, 1);
    ParticipantId id = ParticipantId.of("P-00001");
    return List.of(
        unset("id", () -> Participant.builder().homeArea(HomeArea.LEICESTER_CITY).build()),
        unset("homeArea", () -> Participant.builder().id(id).build()),
        unset("participant", () -> ParticipantRecord.builder().build()),
        unset("type", () -> Circumstance.builder().from(day).build()),
        unset("from", () -> Circumstance.builder().type(CircumstanceType.NEET).build()),
        unset("source", () -> Referral.builder().programme(ProgrammeCode.UP).date(day).build()),
        unset("status", () -> Enrolment.builder().programme(ProgrammeCode.UP).from(day).build()),
        unset("from", () -> Enrolment.builder().programme(ProgrammeCode.UP)
            .status(EnrolmentStatus.ACTIVE).build()),
        unset("programme", () -> Attendance.builder().date(day).kind(SessionKind.GROUP).build()),
        unset("id", () -> Session.builder().programme(ProgrammeCode.UP).date(day)
            .kind(SessionKind.WORKSHOP).build()),
        unset("partner", () -> WorkPlacement.builder().sector(Sector.CONSTRUCTION).from(day)
            .mentored(true).paid(false).build()),
        unset("paid", () -> WorkPlacement.builder().partner("Wates").sector(Sector.CONSTRUCTION)
            .from(day).mentored(true).build()),
        unset("programme", () -> MentoringMatch.builder().from(day).build()),
        unset("id", () -> OutcomeEvent.builder().type(OutcomeType.WELLBEING).date(day).build()),
        unset("type", () -> OutcomeEvent.builder().id(OutcomeId.of("O-1")).date(day).build()),
        unset("member", () -> Partner.builder().name("Wates").build()),
        unset("date", () -> PartnerInvolvement.builder().type(InvolvementType.MOCK_INTERVIEW)
            .build()),
        unset("description", () -> Programme.builder().code(ProgrammeCode.of("NEW")).name("New")
            .build()));
  }

  private static InvalidInput unset(String field, Supplier<?> attempt) {
    return InvalidInput.of("required field left unset", field, "builder without " + field,
        attempt);
  }

  /** Builder methods and factories given {@code null}: the parameter's field. */
  public static Gen<InvalidInput> nullBuilderArguments() {
    return Generate.pick(nullBuilderArgumentCases());
  }

  /**
   * Every builder method and factory given {@code null}, once each: scalar setters, the setters
   * taking an {@code Optional}, and the adders and setters of lists.
   */
  public static List<InvalidInput> nullBuilderArgumentCases() {
    LocalDate day = LocalDate.of(2024, 5, 1);
    Circumstance neet = Circumstance.of(CircumstanceType.NEET, day);
    return List.of(
        nullTo("id", "Participant.Builder.id", () -> Participant.builder().id(null)),
        nullTo("homeArea", "Participant.Builder.homeArea",
            () -> Participant.builder().homeArea(null)),
        nullTo("dateOfBirth", "Participant.Builder.dateOfBirth(LocalDate)",
            () -> Participant.builder().dateOfBirth((LocalDate) null)),
        nullTo("dateOfBirth", "Participant.Builder.dateOfBirth(Optional)",
            () -> Participant.builder().dateOfBirth((Optional<LocalDate>) null)),
        nullTo("circumstances", "Participant.Builder.addCircumstance",
            () -> Participant.builder().addCircumstance(null)),
        nullTo("circumstances", "Participant.Builder.addCircumstances(neet, null)",
            () -> Participant.builder().addCircumstances(neet, null)),
        nullTo("circumstances", "Participant.Builder.circumstances(null)",
            () -> Participant.builder().circumstances(null)),
        nullTo("circumstances", "Participant.Builder.addAllCircumstances([neet, null])",
            () -> Participant.builder().addAllCircumstances(Arrays.asList(neet, null))),
        nullTo("participant", "ParticipantRecord.Builder.participant",
            () -> ParticipantRecord.builder().participant(null)),
        nullTo("attendances", "ParticipantRecord.Builder.addAttendance",
            () -> ParticipantRecord.builder().addAttendance(null)),
        nullTo("outcomes", "ParticipantRecord.Builder.addOutcome",
            () -> ParticipantRecord.builder().addOutcome(null)),
        nullTo("enrolments", "ParticipantRecord.Builder.enrolments(null)",
            () -> ParticipantRecord.builder().enrolments(null)),
        nullTo("type", "Circumstance.of(null, day)", () -> Circumstance.of(null, day)),
        nullTo("from", "Circumstance.Builder.from(LocalDate)",
            () -> Circumstance.builder().from((LocalDate) null)),
        nullTo("to", "Circumstance.Builder.to(Optional)",
            () -> Circumstance.builder().to((Optional<LocalDate>) null)),
        nullTo("to", "Enrolment.Builder.to(LocalDate)",
            () -> Enrolment.builder().to((LocalDate) null)),
        nullTo("to", "Enrolment.Builder.to(Optional)",
            () -> Enrolment.builder().to((Optional<LocalDate>) null)),
        nullTo("programme", "Enrolment.Builder.programme",
            () -> Enrolment.builder().programme(null)),
        nullTo("date", "Referral.of(UP, null, SELF)",
            () -> Referral.of(ProgrammeCode.UP, null, ReferralSource.SELF)),
        nullTo("session", "Attendance.Builder.session(SessionId)",
            () -> Attendance.builder().session((SessionId) null)),
        nullTo("partner", "WorkPlacement.Builder.partner",
            () -> WorkPlacement.builder().partner(null)),
        nullTo("training", "OutcomeEvent.Builder.training(TrainingType)",
            () -> OutcomeEvent.builder().training((TrainingType) null)),
        nullTo("end", "OutcomeEvent.Builder.end(LocalDate)",
            () -> OutcomeEvent.builder().end((LocalDate) null)),
        nullTo("amount", "PartnerInvolvement.Builder.amount(Money)",
            () -> PartnerInvolvement.builder().amount((Money) null)),
        nullTo("involvements", "Partner.Builder.addInvolvement",
            () -> Partner.builder().addInvolvement(null)),
        nullTo("name", "Programme.Builder.name", () -> Programme.builder().name(null)),
        nullTo("id", "ParticipantId.of", () -> ParticipantId.of(null)),
        nullTo("programme", "ProgrammeCode.of", () -> ProgrammeCode.of(null)),
        nullTo("planYear", "PlanYear.parse", () -> PlanYear.parse(null)),
        nullTo("planYear", "FinancialQuarter.of(null, 1)", () -> FinancialQuarter.of(null, 1)));
  }

  private static InvalidInput nullTo(String field, String method, Supplier<?> attempt) {
    return InvalidInput.of("null passed to a builder method", field, method, attempt);
  }

  /**
   * Partner involvements of type {@code FUNDING} without an amount, and of another type with one:
   * field {@code amountPence}.
   */
  public static Gen<InvalidInput> fundingWithoutAmountOrAmountWithoutFunding() {
    return Generate.enumValues(InvolvementType.class).zip(
        Generate.longRange(0, 10_000_000), anyStart(), (type, pence, day) -> {
          if (type == InvolvementType.FUNDING) {
            return InvalidInput.of("FUNDING involvement without an amount", "amountPence",
                "on " + day, () -> PartnerInvolvement.builder().type(type).date(day).build());
          }
          return InvalidInput.of("non-FUNDING involvement with an amount", "amountPence",
              type + " of " + pence + "p on " + day,
              () -> PartnerInvolvement.builder().type(type).date(day)
                  .amount(Money.ofPence(pence)).build());
        });
  }

  /**
   * {@code TRAINING_COMPLETED} outcomes without a training, and other outcomes with one: field
   * {@code training}.
   */
  public static Gen<InvalidInput> trainingNotMatchingOutcomeType() {
    return Generate.enumValues(OutcomeType.class).zip(
        Generate.enumValues(TrainingType.class), anyStart(), (type, training, day) -> {
          OutcomeEvent.Builder outcome =
              OutcomeEvent.builder().id(OutcomeId.of("O-7")).type(type).date(day);
          if (type == OutcomeType.TRAINING_COMPLETED) {
            return InvalidInput.of("TRAINING_COMPLETED without a training", "training",
                "on " + day, outcome::build);
          }
          return InvalidInput.of("training named on another outcome type", "training",
              type + " naming " + training, () -> outcome.training(training).build());
        });
  }

  /**
   * Valid records with a copy of one outcome's id added as a last outcome: field {@code
   * outcomes[n].id}, {@code n} the index of the copy.
   */
  public static Gen<InvalidInput> duplicateOutcomeIds() {
    return in -> {
      ParticipantRecord valid = records().generate(in);
      LocalDate notBefore = valid.participant().dateOfBirth().orElse(EARLIEST_GENERATED_BIRTH);
      List<OutcomeEvent> outcomes = new ArrayList<>(valid.outcomes());
      if (outcomes.isEmpty()) {
        outcomes.add(outcomes(OutcomeId.of("O-1"), notBefore).generate(in));
      }
      OutcomeId reused = outcomes.get(Generate.range(0, outcomes.size() - 1).generate(in)).id();
      outcomes.add(outcomes(reused, notBefore).generate(in));
      String field = "outcomes[" + (outcomes.size() - 1) + "].id";
      return InvalidInput.of("duplicate outcome id", field, reused + " used twice",
          () -> ParticipantRecord.builder().from(valid).outcomes(outcomes).build());
    };
  }
}
