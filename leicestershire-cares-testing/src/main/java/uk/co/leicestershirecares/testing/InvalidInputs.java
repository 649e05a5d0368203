package uk.co.leicestershirecares.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
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
import uk.co.leicestershirecares.core.plan.FinancialQuarter;
import uk.co.leicestershirecares.core.plan.PlanYear;
import uk.co.leicestershirecares.core.programme.Programme;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.testing.internal.Draw;
import uk.co.leicestershirecares.testing.internal.Facts;

/**
 * Generators of {@link InvalidInput}s, one kind of mistake each: ends before starts, facts dated
 * before the date of birth, dates of birth in the future or before 1900, negative money, blank or
 * malformed ids and programme codes, required fields left unset, {@code null} given to builders,
 * funding without an amount, trainings on the wrong outcome type and duplicate outcome ids. {@link
 * #all()} mixes them.
 */
public final class InvalidInputs {
  private static final ZoneId UK = ZoneId.of("Europe/London");

  private static final List<ProgrammeCode> PROGRAMMES = List.of(
      ProgrammeCode.UP, ProgrammeCode.WIRE, ProgrammeCode.LEAVING_CARE,
      ProgrammeCode.CARE_LEAVER_MENTORING, ProgrammeCode.MIND_MATTERS,
      ProgrammeCode.TARGETED_YOUTH_WORK, ProgrammeCode.of("YOUTH_VOICE_2"));

  private InvalidInputs() {}

  /**
   * Returns every kind of invalid input below, mixed.
   *
   * @return a generator of invalid inputs
   */
  public static Generator<InvalidInput> all() {
    List<Generator<InvalidInput>> kinds = List.of(
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
    return random -> Draw.pick(random, kinds).next(random);
  }

  private static LocalDate anyStart(RandomGenerator random) {
    return Draw.date(random, LocalDate.of(1950, 1, 1), LocalDate.of(2040, 12, 31));
  }

  private static int daysEarly(RandomGenerator random) {
    return Draw.between(random, 1, 1000);
  }

  /**
   * Returns enrolments whose {@code to} is before their {@code from}: field {@code to}.
   *
   * @return a generator of invalid inputs
   */
  public static Generator<InvalidInput> enrolmentsEndingBeforeTheyStart() {
    return random -> {
      LocalDate from = anyStart(random);
      LocalDate to = from.minusDays(daysEarly(random));
      ProgrammeCode programme = Draw.pick(random, PROGRAMMES);
      return InvalidInput.of("enrolment ends before it starts", "to", from + ".." + to,
          () -> Enrolment.builder().programme(programme).status(EnrolmentStatus.COMPLETED)
              .from(from).to(to).build());
    };
  }

  /**
   * Returns circumstances whose {@code to} is before their {@code from}: field {@code to}.
   *
   * @return a generator of invalid inputs
   */
  public static Generator<InvalidInput> circumstancesEndingBeforeTheyStart() {
    return random -> {
      LocalDate from = anyStart(random);
      LocalDate to = from.minusDays(daysEarly(random));
      CircumstanceType type = Draw.pick(random, CircumstanceType.class);
      return InvalidInput.of("circumstance ends before it starts", "to",
          type + " " + from + ".." + to, () -> Circumstance.of(type, from, to));
    };
  }

  /**
   * Returns work placements whose {@code to} is before their {@code from}: field {@code to}.
   *
   * @return a generator of invalid inputs
   */
  public static Generator<InvalidInput> placementsEndingBeforeTheyStart() {
    return random -> {
      LocalDate from = anyStart(random);
      LocalDate to = from.minusDays(daysEarly(random));
      Sector sector = Draw.pick(random, Sector.class);
      return InvalidInput.of("placement ends before it starts", "to", from + ".." + to,
          () -> WorkPlacement.builder().partner("Wates").programme(ProgrammeCode.WIRE)
              .sector(sector).from(from).to(to).mentored(true).paid(false).build());
    };
  }

  /**
   * Returns mentoring matches whose {@code to} is before their {@code from}: field {@code to}.
   *
   * @return a generator of invalid inputs
   */
  public static Generator<InvalidInput> mentoringMatchesEndingBeforeTheyStart() {
    return random -> {
      LocalDate from = anyStart(random);
      LocalDate to = from.minusDays(daysEarly(random));
      ProgrammeCode programme = Draw.pick(random, PROGRAMMES);
      return InvalidInput.of("mentoring match ends before it starts", "to", from + ".." + to,
          () -> MentoringMatch.builder().programme(programme).from(from).to(to).build());
    };
  }

  /**
   * Returns outcome events whose {@code end} is before their {@code date}: field {@code end}.
   *
   * @return a generator of invalid inputs
   */
  public static Generator<InvalidInput> outcomesEndingBeforeTheyStart() {
    return random -> {
      LocalDate date = anyStart(random);
      LocalDate end = date.minusDays(daysEarly(random));
      OutcomeType type = Draw.pick(random, List.of(
          OutcomeType.EMPLOYMENT, OutcomeType.VOLUNTEERING, OutcomeType.EDUCATION_ENTERED));
      return InvalidInput.of("outcome ends before it starts", "end", date + ".." + end,
          () -> OutcomeEvent.builder().id(OutcomeId.of("O-1")).type(type).date(date)
              .end(end).build());
    };
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
   * Returns valid records with a date of birth into one of whose dated lists (circumstances,
   * referrals, enrolments, attendances, placements, mentoring matches, outcomes) an item dated 1
   * to 3650 days before the date of birth is inserted: field like {@code attendances[2].date}.
   *
   * @return a generator of invalid inputs
   */
  public static Generator<InvalidInput> recordsWithAFactBeforeBirth() {
    RecordGenerator records = CaresGenerators.records().withDateOfBirth();
    return random -> {
      ParticipantRecord valid = records.next(random);
      LocalDate born = valid.participant().dateOfBirth().orElseThrow();
      LocalDate early = born.minusDays(Draw.between(random, 1, 3650));
      DatedList list = Draw.pick(random, DatedList.class);
      Participant.Builder participant = Participant.builder().from(valid.participant());
      ParticipantRecord.Builder record = ParticipantRecord.builder().from(valid);
      int index;
      switch (list) {
        case CIRCUMSTANCES -> {
          index = insert(random, valid.participant().circumstances(),
              Circumstance.of(CircumstanceType.NEET, early), participant::circumstances);
        }
        case REFERRALS -> {
          index = insert(random, valid.referrals(),
              Referral.of(ProgrammeCode.UP, early, ReferralSource.PROBATION), record::referrals);
        }
        case ENROLMENTS -> {
          index = insert(random, valid.enrolments(),
              Enrolment.builder().programme(ProgrammeCode.UP).status(EnrolmentStatus.COMPLETED)
                  .from(early).to(early.plusDays(90)).build(),
              record::enrolments);
        }
        case ATTENDANCES -> {
          index = insert(random, valid.attendances(),
              Attendance.of(early, SessionKind.GROUP, ProgrammeCode.LEAVING_CARE),
              record::attendances);
        }
        case PLACEMENTS -> {
          index = insert(random, valid.placements(),
              WorkPlacement.builder().partner("Wates").programme(ProgrammeCode.WIRE)
                  .sector(Sector.CONSTRUCTION).from(early)
                  .to(early.plusDays(11)).mentored(true).paid(false).build(),
              record::placements);
        }
        case MENTORING_MATCHES -> {
          index = insert(random, valid.mentoringMatches(),
              MentoringMatch.builder().programme(ProgrammeCode.CARE_LEAVER_MENTORING).from(early)
                  .build(),
              record::mentoringMatches);
        }
        default -> {
          index = insert(random, valid.outcomes(),
              OutcomeEvent.builder().id(OutcomeId.of("O-early")).type(OutcomeType.WELLBEING)
                  .date(early).build(),
              record::outcomes);
        }
      }
      String field = list.path + "[" + index + "]." + list.dateField;
      return InvalidInput.involvingDateOfBirth("record has a fact dated before the date of birth",
          field, born, "born " + born + ", " + field + " " + early,
          () -> record.participant(participant.build()).build());
    };
  }

  private static <T> int insert(
      RandomGenerator random, List<T> items, T item, Consumer<List<T>> setter) {
    int index = Draw.between(random, 0, items.size());
    List<T> copy = new ArrayList<>(items);
    copy.add(index, item);
    setter.accept(copy);
    return index;
  }

  /**
   * Returns participants born 1 day to 10 years after today, checked as a reader of input checks
   * them ({@link Participant#requireBornBy(LocalDate)} with today's date; a participant value
   * does not read the clock): field {@code dateOfBirth}.
   *
   * @return a generator of invalid inputs
   */
  public static Generator<InvalidInput> datesOfBirthInTheFuture() {
    return random -> {
      LocalDate born = LocalDate.now(UK).plusDays(Draw.between(random, 1, 3650));
      return InvalidInput.involvingDateOfBirth("date of birth in the future", "dateOfBirth", born,
          "born " + born,
          () -> participantBornOn(born).requireBornBy(LocalDate.now(UK)));
    };
  }

  /**
   * Returns participants born 1 day to 100 years before 1900: field {@code dateOfBirth}.
   *
   * @return a generator of invalid inputs
   */
  public static Generator<InvalidInput> datesOfBirthBefore1900() {
    return random -> {
      LocalDate born = Participant.EARLIEST_DATE_OF_BIRTH.minusDays(
          Draw.between(random, 1, 36_500));
      return InvalidInput.involvingDateOfBirth("date of birth before 1900", "dateOfBirth", born,
          "born " + born,
          () -> participantBornOn(born));
    };
  }

  private static Participant participantBornOn(LocalDate born) {
    return Participant.builder().id(ParticipantId.of("P-00001")).homeArea(HomeArea.RUTLAND)
        .dateOfBirth(born).build();
  }

  /**
   * Returns negative amounts of money: field {@code amountPence}.
   *
   * @return a generator of invalid inputs
   */
  public static Generator<InvalidInput> negativeMoney() {
    return random -> {
      long pence = Draw.weighted(random, 1, 1) == 0 ? -Draw.between(random, 1L, 100_000L)
          : Draw.between(random, Long.MIN_VALUE, -1L);
      return InvalidInput.of("negative money", "amountPence", pence + "p",
          () -> Money.ofPence(pence));
    };
  }

  /**
   * Returns blank or malformed ids of participants ({@code id}), outcomes ({@code id}) and
   * sessions ({@code session}).
   *
   * @return a generator of invalid inputs
   */
  public static Generator<InvalidInput> malformedIds() {
    List<String> fixed = List.of("", " ", "\t", "  \n", "-P1", ".x", "P 1", "P#1", "Jane Doe",
        "P-1\n", "Zoë", "x".repeat(65));
    List<Character> bad = List.of(' ', '#', '@', '!', '+', ',', ';', '\'', 'é', '\u00a0');
    return random -> {
      String value = Draw.bool(random) ? "P-" + Draw.pick(random, bad) + "1"
          : Draw.pick(random, fixed);
      return switch (Draw.between(random, 0, 2)) {
        case 0 -> InvalidInput.of("malformed participant id", "id", "'" + value + "'",
            () -> ParticipantId.of(value));
        case 1 -> InvalidInput.of("malformed outcome id", "id", "'" + value + "'",
            () -> OutcomeId.of(value));
        default -> InvalidInput.of("malformed session id", "session", "'" + value + "'",
            () -> SessionId.of(value));
      };
    };
  }

  /**
   * Returns programme codes that are not an upper-case letter followed by up to 31 upper-case
   * letters, digits or underscores: field {@code programme}.
   *
   * @return a generator of invalid inputs
   */
  public static Generator<InvalidInput> malformedProgrammeCodes() {
    List<String> fixed = List.of("", "up", "Up", "uP", "1UP", "_UP", "UP-2", "UP 2", " UP", "UP ",
        "LEAVING CARE", "WIRÉ", "A".repeat(33));
    return random -> {
      String value;
      if (Draw.bool(random)) {
        StringBuilder s = new StringBuilder("ABCDEF");
        int at = Draw.between(random, 0, 5);
        s.setCharAt(at, Character.toLowerCase(s.charAt(at)));
        value = s.toString();
      } else {
        value = Draw.pick(random, fixed);
      }
      return InvalidInput.of("malformed programme code", "programme", "'" + value + "'",
          () -> ProgrammeCode.of(value));
    };
  }

  /**
   * Returns builders with one required field left unset: the field's name.
   *
   * @return a generator of invalid inputs
   */
  public static Generator<InvalidInput> requiredFieldsLeftUnset() {
    List<InvalidInput> cases = requiredFieldLeftUnsetCases();
    return random -> Draw.pick(random, cases);
  }

  /**
   * Returns every builder with one required field left unset, once each.
   *
   * @return the invalid inputs
   */
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
        unset("partner", () -> WorkPlacement.builder().programme(ProgrammeCode.WIRE)
            .sector(Sector.CONSTRUCTION).from(day).mentored(true).paid(false).build()),
        unset("paid", () -> WorkPlacement.builder().partner("Wates").programme(ProgrammeCode.WIRE)
            .sector(Sector.CONSTRUCTION).from(day).mentored(true).build()),
        unset("programme", () -> WorkPlacement.builder().partner("Wates")
            .sector(Sector.CONSTRUCTION).from(day).mentored(true).paid(false).build()),
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

  /**
   * Returns builder methods and factories given {@code null}: the parameter's field. Only the
   * {@linkplain #nullBuilderArgumentCases() cases} rejected with an {@link
   * uk.co.leicestershirecares.core.InvalidRecordException} are drawn, not those {@linkplain
   * InvalidInput#expectsNullPointerException() documented to throw a NullPointerException}.
   *
   * @return a generator of invalid inputs
   */
  public static Generator<InvalidInput> nullBuilderArguments() {
    List<InvalidInput> cases = nullBuilderArgumentCases().stream()
        .filter(input -> !input.expectsNullPointerException())
        .collect(Collectors.toUnmodifiableList());
    return random -> Draw.pick(random, cases);
  }

  /**
   * Returns every builder method and factory given {@code null}, once each: scalar setters, the
   * setters taking an {@code Optional}, and the adders and setters of lists. A {@code null}
   * {@code Optional} or list passed as a whole {@linkplain InvalidInput#nullContainer fails with a
   * NullPointerException}; every other case is rejected naming the field.
   *
   * @return the invalid inputs
   */
  @SuppressWarnings("NullAway") // each case passes null on purpose: its target must reject it
  public static List<InvalidInput> nullBuilderArgumentCases() {
    LocalDate day = LocalDate.of(2024, 5, 1);
    Circumstance neet = Circumstance.of(CircumstanceType.NEET, day);
    return List.of(
        nullTo("id", "Participant.Builder.id", () -> Participant.builder().id(null)),
        nullTo("homeArea", "Participant.Builder.homeArea",
            () -> Participant.builder().homeArea(null)),
        nullTo("dateOfBirth", "Participant.Builder.dateOfBirth(LocalDate)",
            () -> Participant.builder().dateOfBirth((LocalDate) null)),
        nullContainer("dateOfBirth", "Participant.Builder.dateOfBirth(Optional)",
            () -> Participant.builder().dateOfBirth((Optional<LocalDate>) null)),
        nullTo("circumstances", "Participant.Builder.addCircumstance",
            () -> Participant.builder().addCircumstance(null)),
        nullTo("circumstances", "Participant.Builder.addCircumstances(neet, null)",
            () -> Participant.builder().addCircumstances(neet, null)),
        nullContainer("circumstances", "Participant.Builder.circumstances(null)",
            () -> Participant.builder().circumstances(null)),
        nullTo("circumstances", "Participant.Builder.addAllCircumstances([neet, null])",
            () -> Participant.builder().addAllCircumstances(Arrays.asList(neet, null))),
        nullTo("participant", "ParticipantRecord.Builder.participant",
            () -> ParticipantRecord.builder().participant(null)),
        nullTo("attendances", "ParticipantRecord.Builder.addAttendance",
            () -> ParticipantRecord.builder().addAttendance(null)),
        nullTo("outcomes", "ParticipantRecord.Builder.addOutcome",
            () -> ParticipantRecord.builder().addOutcome(null)),
        nullContainer("enrolments", "ParticipantRecord.Builder.enrolments(null)",
            () -> ParticipantRecord.builder().enrolments(null)),
        nullTo("type", "Circumstance.of(null, day)", () -> Circumstance.of(null, day)),
        nullTo("from", "Circumstance.Builder.from(LocalDate)",
            () -> Circumstance.builder().from((LocalDate) null)),
        nullContainer("to", "Circumstance.Builder.to(Optional)",
            () -> Circumstance.builder().to((Optional<LocalDate>) null)),
        nullTo("to", "Enrolment.Builder.to(LocalDate)",
            () -> Enrolment.builder().to((LocalDate) null)),
        nullContainer("to", "Enrolment.Builder.to(Optional)",
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

  private static InvalidInput nullContainer(String field, String method, Supplier<?> attempt) {
    return InvalidInput.nullContainer(
        "null Optional or list passed to a builder method", field, method, attempt);
  }

  /**
   * Returns partner involvements of type {@code FUNDING} without an amount, and of another type
   * with one: field {@code amountPence}.
   *
   * @return a generator of invalid inputs
   */
  public static Generator<InvalidInput> fundingWithoutAmountOrAmountWithoutFunding() {
    return random -> {
      InvolvementType type = Draw.pick(random, InvolvementType.class);
      long pence = Draw.between(random, 0L, 10_000_000L);
      LocalDate day = anyStart(random);
      if (type == InvolvementType.FUNDING) {
        return InvalidInput.of("FUNDING involvement without an amount", "amountPence",
            "on " + day, () -> PartnerInvolvement.builder().type(type).date(day).build());
      }
      return InvalidInput.of("non-FUNDING involvement with an amount", "amountPence",
          type + " of " + pence + "p on " + day,
          () -> PartnerInvolvement.builder().type(type).date(day)
              .amount(Money.ofPence(pence)).build());
    };
  }

  /**
   * Returns {@code TRAINING_COMPLETED} outcomes without a training, and other outcomes with one:
   * field {@code training}.
   *
   * @return a generator of invalid inputs
   */
  public static Generator<InvalidInput> trainingNotMatchingOutcomeType() {
    return random -> {
      OutcomeType type = Draw.pick(random, OutcomeType.class);
      TrainingType training = Draw.pick(random, TrainingType.class);
      LocalDate day = anyStart(random);
      OutcomeEvent.Builder outcome =
          OutcomeEvent.builder().id(OutcomeId.of("O-7")).type(type).date(day);
      if (type == OutcomeType.TRAINING_COMPLETED) {
        return InvalidInput.of("TRAINING_COMPLETED without a training", "training",
            "on " + day, outcome::build);
      }
      return InvalidInput.of("training named on another outcome type", "training",
          type + " naming " + training, () -> outcome.training(training).build());
    };
  }

  /**
   * Returns valid records with a copy of one outcome's id added as a last outcome: field {@code
   * outcomes[n].id}, {@code n} the index of the copy.
   *
   * @return a generator of invalid inputs
   */
  public static Generator<InvalidInput> duplicateOutcomeIds() {
    RecordGenerator records = CaresGenerators.records();
    return random -> {
      ParticipantRecord valid = records.next(random);
      LocalDate notBefore = valid.participant().dateOfBirth().orElse(Facts.UNKNOWN_BIRTH_BASE);
      List<OutcomeEvent> outcomes = new ArrayList<>(valid.outcomes());
      if (outcomes.isEmpty()) {
        outcomes.add(Facts.outcome(random, notBefore, 1));
      }
      OutcomeId reused = Draw.pick(random, outcomes).id();
      OutcomeEvent copy = OutcomeEvent.builder().from(Facts.outcome(random, notBefore, 1))
          .id(reused).build();
      outcomes.add(copy);
      String field = "outcomes[" + (outcomes.size() - 1) + "].id";
      return InvalidInput.of("duplicate outcome id", field, reused + " used twice",
          () -> ParticipantRecord.builder().from(valid).outcomes(outcomes).build());
    };
  }
}
