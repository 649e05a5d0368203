package uk.co.leicestershirecares.json;

import static uk.co.leicestershirecares.json.Fields.Privacy.ORDINARY;
import static uk.co.leicestershirecares.json.Fields.Privacy.SENSITIVE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
import uk.co.leicestershirecares.json.JsonText.Kind;
import uk.co.leicestershirecares.json.JsonText.Node;
import uk.co.leicestershirecares.report.ReportDataSet;

/**
 * Turns parsed JSON into the core model, following {@code docs/record-format.md}. Field names here
 * are the format's contract: other systems rely on them.
 */
final class Readers {
  /**
   * Reading is where a record is taken in, so a date of birth after today is refused here, by the
   * charity's calendar; the values themselves never read the clock.
   */
  private static final ZoneId UK = ZoneId.of("Europe/London");

  private Readers() {}

  /** Reads the root: one participant record. */
  static ParticipantRecord record(Node root) {
    return record(root, "$");
  }

  /** Reads the root: one participant record, or a list of them. */
  static ImmutableList<ParticipantRecord> records(Node root) {
    if (root.kind == Kind.ARRAY) {
      ImmutableList.Builder<ParticipantRecord> records = ImmutableList.builder();
      for (int i = 0; i < root.elements.size(); i++) {
        records.add(record(root.elements.get(i), Paths.element("$", i)));
      }
      return records.build();
    }
    if (root.kind == Kind.OBJECT) {
      return ImmutableList.of(record(root, "$"));
    }
    throw new JsonFormatException(
        "$", "the text must hold a participant record { … } or a list [ … ] of them, but it"
            + " holds " + root.kind.description());
  }

  /** Reads the root: a report data set. */
  static ReportDataSet dataSet(Node root) {
    return dataSet(root, "$");
  }

  /** Reads a report data set at {@code path}. */
  static ReportDataSet dataSet(Node node, String path) {
    Fields f = Fields.of(node, path, "a report data set", "participants", "sessions", "partners");
    ImmutableList<ParticipantRecord> participants =
        f.list("participants", "participant records", Readers::record);
    ImmutableList<Session> sessions = f.list("sessions", "sessions", Readers::session);
    ImmutableList<Partner> partners = f.list("partners", "partners", Readers::partner);
    unique(participants, f.pathOf("participants"), "id", r -> r.id().value(), "participant id");
    unique(sessions, f.pathOf("sessions"), "id", s -> s.id().value(), "session id");
    unique(partners, f.pathOf("partners"), "name", Partner::name, "partner name");
    return Build.atObject(
        path,
        () -> ReportDataSet.builder()
            .participants(participants)
            .sessions(sessions)
            .partners(partners)
            .build());
  }

  /** Rejects a repeated key without repeating it: a partner's name is free text. */
  private static <T> void unique(
      List<T> items, String listPath, String field, Function<T, String> key, String what) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Integer first = seen.putIfAbsent(key.apply(items.get(i)), i);
      if (first != null) {
        String path = Paths.element(listPath, i) + "." + field;
        throw new JsonFormatException(
            path, "the " + what + " at " + path + " is already used at "
                + Paths.element(listPath, first) + "." + field);
      }
    }
  }

  static ParticipantRecord record(Node node, String path) {
    Fields f = Fields.of(node, path, "a participant record",
        "id", "dateOfBirth", "homeArea", "circumstances", "referrals", "enrolments",
        "attendances", "placements", "mentoringMatches", "outcomes");
    String idText = f.text("id");
    ParticipantId id = Build.atField(f.pathOf("id"), () -> ParticipantId.of(idText));
    Optional<LocalDate> dateOfBirth = f.optionalDate("dateOfBirth", SENSITIVE);
    HomeArea homeArea = f.constant("homeArea", HomeArea.class, "a home area", ORDINARY);
    ImmutableList<Circumstance> circumstances =
        f.list("circumstances", "circumstances", Readers::circumstance);
    ImmutableList<Referral> referrals = f.list("referrals", "referrals", Readers::referral);
    ImmutableList<Enrolment> enrolments = f.list("enrolments", "enrolments", Readers::enrolment);
    ImmutableList<Attendance> attendances =
        f.list("attendances", "attendances", Readers::attendance);
    ImmutableList<WorkPlacement> placements =
        f.list("placements", "work placements", Readers::placement);
    ImmutableList<MentoringMatch> matches =
        f.list("mentoringMatches", "mentoring matches", Readers::mentoringMatch);
    ImmutableList<OutcomeEvent> outcomes = f.list("outcomes", "outcomes", Readers::outcome);
    Participant participant = Build.atObject(
        path,
        () -> Participant.builder()
            .id(id)
            .dateOfBirth(dateOfBirth)
            .homeArea(homeArea)
            .circumstances(circumstances)
            .build()
            .requireBornBy(LocalDate.now(UK)));
    return Build.atObject(
        path,
        () -> ParticipantRecord.builder()
            .participant(participant)
            .referrals(referrals)
            .enrolments(enrolments)
            .attendances(attendances)
            .placements(placements)
            .mentoringMatches(matches)
            .outcomes(outcomes)
            .build());
  }

  private static Circumstance circumstance(Node node, String path) {
    Fields f = Fields.of(node, path, "a circumstance", "type", "from", "to");
    CircumstanceType type =
        f.constant("type", CircumstanceType.class, "a circumstance type", SENSITIVE);
    LocalDate from = f.date("from", SENSITIVE);
    Optional<LocalDate> to = f.optionalDate("to", SENSITIVE);
    return Build.atObject(
        path, () -> Circumstance.builder().type(type).from(from).to(to).build());
  }

  private static Referral referral(Node node, String path) {
    Fields f = Fields.of(node, path, "a referral", "programme", "date", "source");
    ProgrammeCode programme = f.programme("programme");
    LocalDate date = f.date("date", ORDINARY);
    ReferralSource source =
        f.constant("source", ReferralSource.class, "a referral source", ORDINARY);
    return Build.atObject(
        path, () -> Referral.builder().programme(programme).date(date).source(source).build());
  }

  private static Enrolment enrolment(Node node, String path) {
    Fields f = Fields.of(node, path, "an enrolment", "programme", "status", "from", "to");
    ProgrammeCode programme = f.programme("programme");
    EnrolmentStatus status =
        f.constant("status", EnrolmentStatus.class, "an enrolment status", ORDINARY);
    LocalDate from = f.date("from", ORDINARY);
    Optional<LocalDate> to = f.optionalDate("to", ORDINARY);
    return Build.atObject(
        path,
        () -> Enrolment.builder().programme(programme).status(status).from(from).to(to).build());
  }

  private static Attendance attendance(Node node, String path) {
    Fields f = Fields.of(node, path, "an attendance", "date", "kind", "programme", "session");
    LocalDate date = f.date("date", ORDINARY);
    SessionKind kind = f.constant("kind", SessionKind.class, "a session kind", ORDINARY);
    ProgrammeCode programme = f.programme("programme");
    Optional<String> sessionText = f.optionalText("session");
    Optional<SessionId> session = sessionText.map(
        text -> Build.atField(f.pathOf("session"), () -> SessionId.of(text)));
    return Build.atObject(
        path,
        () -> Attendance.builder()
            .date(date)
            .kind(kind)
            .programme(programme)
            .session(session)
            .build());
  }

  private static WorkPlacement placement(Node node, String path) {
    Fields f = Fields.of(node, path, "a work placement",
        "partner", "programme", "sector", "from", "to", "mentored", "paid");
    String partner = f.text("partner");
    ProgrammeCode programme = f.programme("programme");
    Sector sector = f.constant("sector", Sector.class, "a sector", ORDINARY);
    LocalDate from = f.date("from", ORDINARY);
    Optional<LocalDate> to = f.optionalDate("to", ORDINARY);
    boolean mentored = f.bool("mentored");
    boolean paid = f.bool("paid");
    return Build.atObject(
        path,
        () -> WorkPlacement.builder()
            .partner(partner)
            .programme(programme)
            .sector(sector)
            .from(from)
            .to(to)
            .mentored(mentored)
            .paid(paid)
            .build());
  }

  private static MentoringMatch mentoringMatch(Node node, String path) {
    Fields f = Fields.of(node, path, "a mentoring match", "programme", "from", "to");
    ProgrammeCode programme = f.programme("programme");
    LocalDate from = f.date("from", ORDINARY);
    Optional<LocalDate> to = f.optionalDate("to", ORDINARY);
    return Build.atObject(
        path, () -> MentoringMatch.builder().programme(programme).from(from).to(to).build());
  }

  private static OutcomeEvent outcome(Node node, String path) {
    Fields f = Fields.of(node, path, "an outcome",
        "id", "type", "training", "date", "end", "programme");
    String idText = f.text("id");
    OutcomeId id = Build.atField(f.pathOf("id"), () -> OutcomeId.of(idText));
    OutcomeType type = f.constant("type", OutcomeType.class, "an outcome type", ORDINARY);
    Optional<TrainingType> training =
        f.optionalConstant("training", TrainingType.class, "a training type", ORDINARY);
    LocalDate date = f.date("date", ORDINARY);
    Optional<LocalDate> end = f.optionalDate("end", ORDINARY);
    Optional<ProgrammeCode> programme = f.optionalProgramme("programme");
    return Build.atObject(
        path,
        () -> OutcomeEvent.builder()
            .id(id)
            .type(type)
            .training(training)
            .date(date)
            .end(end)
            .programme(programme)
            .build());
  }

  private static Session session(Node node, String path) {
    Fields f = Fields.of(node, path, "a session", "id", "programme", "date", "kind");
    String idText = f.text("id");
    SessionId id = Build.atField(f.pathOf("id"), () -> SessionId.of(idText));
    ProgrammeCode programme = f.programme("programme");
    LocalDate date = f.date("date", ORDINARY);
    SessionKind kind = f.constant("kind", SessionKind.class, "a session kind", ORDINARY);
    return Build.atObject(
        path,
        () -> Session.builder().id(id).programme(programme).date(date).kind(kind).build());
  }

  private static Partner partner(Node node, String path) {
    Fields f = Fields.of(node, path, "a partner", "name", "member", "involvements");
    String name = f.text("name");
    boolean member = f.bool("member");
    ImmutableList<PartnerInvolvement> involvements =
        f.list("involvements", "involvements", Readers::involvement);
    return Build.atObject(
        path,
        () -> Partner.builder().name(name).member(member).involvements(involvements).build());
  }

  private static PartnerInvolvement involvement(Node node, String path) {
    Fields f = Fields.of(node, path, "an involvement", "type", "date", "programme", "amountPence");
    InvolvementType type = f.constant("type", InvolvementType.class, "an involvement type",
        ORDINARY);
    LocalDate date = f.date("date", ORDINARY);
    Optional<ProgrammeCode> programme = f.optionalProgramme("programme");
    Optional<Money> amount = f.optionalCount("amountPence")
        .map(pence -> Build.atField(f.pathOf("amountPence"), () -> Money.ofPence(pence)));
    return Build.atObject(
        path,
        () -> PartnerInvolvement.builder()
            .type(type)
            .date(date)
            .programme(programme)
            .amount(amount)
            .build());
  }
}
