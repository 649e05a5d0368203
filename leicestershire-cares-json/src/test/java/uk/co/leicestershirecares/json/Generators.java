package uk.co.leicestershirecares.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
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

/**
 * QuickTheories generators of valid participant records and report data sets for this module's
 * properties, and of damaged JSON text. Every value is drawn from the randomness source, so
 * QuickTheories can shrink a failing example.
 *
 * <p>Records have an optional date of birth between 1950 and 2010 and every dated fact on or after
 * it (or after 1990-01-01 when it is unknown), ends never before starts, unique outcome ids and a
 * training exactly on {@code TRAINING_COMPLETED} outcomes. Partner names include quotes,
 * backslashes, control characters and characters outside the Basic Multilingual Plane, so that
 * escaping is exercised.
 */
final class Generators {
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1950, 1, 1);
  private static final LocalDate LATEST_BIRTH = LocalDate.of(2010, 12, 31);
  private static final LocalDate UNKNOWN_BIRTH_ANCHOR = LocalDate.of(1990, 1, 1);
  private static final int SPAN_DAYS = 40 * 365;
  private static final int MAX_ITEMS = 3;

  private static final List<ProgrammeCode> PROGRAMMES = List.of(
      ProgrammeCode.UP, ProgrammeCode.WIRE, ProgrammeCode.LEAVING_CARE,
      ProgrammeCode.CARE_LEAVER_MENTORING, ProgrammeCode.MIND_MATTERS,
      ProgrammeCode.TARGETED_YOUTH_WORK, ProgrammeCode.of("NEW_PROGRAMME_2"));

  private static final List<String> NAMES = List.of(
      "Walkers Deli", "Wates", "Hastings Direct", "Café Ñandú – “Leicester”",
      "O'Brien & Sons \"Builders\"", "Back\\slash/Forward", "Tab\there\nand new line",
      "Party Ltd \uD83C\uDF89", "  spaced  ", "x".repeat(WorkPlacement.MAX_PARTNER_NAME_LENGTH));

  /** The characters random names are made of, including ones JSON must escape. */
  private static final int[] NAME_CODE_POINTS = {
      'a', 'Z', '0', ' ', '"', '\\', '/', '\'', '\n', '\t', 0x01, 0x7f, 0xe9, 0x2028, 0xfeff,
      0x1f389, 0x10ffff};

  private Generators() {}

  /** Returns valid participant records. */
  static Gen<ParticipantRecord> records() {
    Gen<ParticipantRecord> gen = in -> record(new Draw(in), "P-" + new Draw(in).between(0, 99999));
    return gen.describedAs(CaresJson::writeRecord);
  }

  /** Returns lists of valid participant records, ids not necessarily unique. */
  static Gen<List<ParticipantRecord>> recordLists() {
    Gen<List<ParticipantRecord>> gen = in -> {
      Draw draw = new Draw(in);
      List<ParticipantRecord> records = new ArrayList<>();
      for (int i = draw.between(0, MAX_ITEMS); i > 0; i--) {
        records.add(record(draw, "P-" + draw.between(0, 9)));
      }
      return records;
    };
    return gen.describedAs(CaresJson::writeRecords);
  }

  /** Returns valid report data sets. */
  static Gen<ReportDataSet> dataSets() {
    Gen<ReportDataSet> gen = in -> {
      Draw draw = new Draw(in);
      ReportDataSet.Builder data = ReportDataSet.builder();
      for (int i = draw.between(0, MAX_ITEMS); i > 0; i--) {
        data.addParticipant(record(draw, "P-" + i));
      }
      for (int i = draw.between(0, MAX_ITEMS); i > 0; i--) {
        data.addSession(Session.of(SessionId.of("S-" + i), draw.pick(PROGRAMMES),
            draw.date(UNKNOWN_BIRTH_ANCHOR), draw.pick(SessionKind.class)));
      }
      for (int i = draw.between(0, MAX_ITEMS); i > 0; i--) {
        data.addPartner(partner(draw, i));
      }
      return data.build();
    };
    return gen.describedAs(CaresJson::writeDataSet);
  }

  /**
   * Returns the JSON text of valid records and data sets with one to three random edits: a
   * character deleted, inserted or replaced, a slice repeated, or the text cut short.
   */
  static Gen<String> damagedTexts() {
    String palette = "{}[]\",:\\ -0123456789eE.+tfnul_AZaz\u00e9\uD83C\uDF89\n";
    return in -> {
      Draw draw = new Draw(in);
      String text = draw.bool()
          ? CaresJson.writeRecord(record(draw, "P-1"))
          : CaresJson.writeDataSet(dataSets().generate(in));
      StringBuilder s = new StringBuilder(text);
      for (int edits = draw.between(1, 3); edits > 0 && s.length() > 0; edits--) {
        int at = draw.between(0, s.length() - 1);
        switch (draw.between(0, 4)) {
          case 0 -> s.deleteCharAt(at);
          case 1 -> s.insert(at, palette.charAt(draw.between(0, palette.length() - 1)));
          case 2 -> s.setCharAt(at, palette.charAt(draw.between(0, palette.length() - 1)));
          case 3 -> {
            int end = Math.min(s.length(), at + draw.between(1, 40));
            s.insert(at, s.substring(at, end));
          }
          default -> s.setLength(at);
        }
      }
      return s.toString();
    };
  }

  static ParticipantRecord record(Draw draw, String id) {
    boolean knownBirth = draw.bool();
    LocalDate birth = draw.dateBetween(EARLIEST_BIRTH, LATEST_BIRTH);
    LocalDate anchor = knownBirth ? birth : UNKNOWN_BIRTH_ANCHOR;
    Participant.Builder participant = Participant.builder()
        .id(ParticipantId.of(id))
        .homeArea(draw.pick(HomeArea.class));
    if (knownBirth) {
      participant.dateOfBirth(birth);
    }
    for (int i = draw.between(0, MAX_ITEMS); i > 0; i--) {
      LocalDate from = draw.date(anchor);
      participant.addCircumstance(Circumstance.builder()
          .type(draw.pick(CircumstanceType.class))
          .from(from)
          .to(draw.optionalEnd(from))
          .build());
    }
    ParticipantRecord.Builder record = ParticipantRecord.builder().participant(participant.build());
    for (int i = draw.between(0, MAX_ITEMS); i > 0; i--) {
      record.addReferral(Referral.of(
          draw.pick(PROGRAMMES), draw.date(anchor), draw.pick(ReferralSource.class)));
    }
    for (int i = draw.between(0, MAX_ITEMS); i > 0; i--) {
      LocalDate from = draw.date(anchor);
      record.addEnrolment(Enrolment.builder()
          .programme(draw.pick(PROGRAMMES))
          .status(draw.pick(EnrolmentStatus.class))
          .from(from)
          .to(draw.optionalEnd(from))
          .build());
    }
    for (int i = draw.between(0, MAX_ITEMS); i > 0; i--) {
      Attendance.Builder attendance = Attendance.builder()
          .date(draw.date(anchor))
          .kind(draw.pick(SessionKind.class))
          .programme(draw.pick(PROGRAMMES));
      if (draw.bool()) {
        attendance.session(SessionId.of("S-" + draw.between(0, 999)));
      }
      record.addAttendance(attendance.build());
    }
    for (int i = draw.between(0, MAX_ITEMS); i > 0; i--) {
      LocalDate from = draw.date(anchor);
      record.addPlacement(WorkPlacement.builder()
          .partner(draw.name())
          .programme(draw.bool() ? ProgrammeCode.WIRE : ProgrammeCode.UP)
          .sector(draw.pick(Sector.class))
          .from(from)
          .to(draw.optionalEnd(from))
          .mentored(draw.bool())
          .paid(draw.bool())
          .build());
    }
    for (int i = draw.between(0, MAX_ITEMS); i > 0; i--) {
      LocalDate from = draw.date(anchor);
      record.addMentoringMatch(MentoringMatch.builder()
          .programme(draw.pick(PROGRAMMES))
          .from(from)
          .to(draw.optionalEnd(from))
          .build());
    }
    for (int i = draw.between(0, MAX_ITEMS); i > 0; i--) {
      OutcomeType type = draw.pick(OutcomeType.class);
      LocalDate date = draw.date(anchor);
      OutcomeEvent.Builder outcome = OutcomeEvent.builder()
          .id(OutcomeId.of("O-" + i))
          .type(type)
          .date(date)
          .end(draw.optionalEnd(date));
      if (type == OutcomeType.TRAINING_COMPLETED) {
        outcome.training(draw.pick(TrainingType.class));
      }
      if (draw.bool()) {
        outcome.programme(draw.pick(PROGRAMMES));
      }
      record.addOutcome(outcome.build());
    }
    return record.build();
  }

  private static Partner partner(Draw draw, int index) {
    String name = draw.name();
    // Names are unique in a data set; cut to fit the length limit first.
    String suffix = " #" + index;
    name = name.substring(0, Math.min(name.length(), Partner.MAX_NAME_LENGTH - suffix.length()));
    if (Character.isHighSurrogate(name.charAt(name.length() - 1))) {
      name = name.substring(0, name.length() - 1);
    }
    Partner.Builder partner = Partner.builder().name(name + suffix).member(draw.bool());
    for (int i = draw.between(0, MAX_ITEMS); i > 0; i--) {
      InvolvementType type = draw.pick(InvolvementType.class);
      PartnerInvolvement.Builder involvement = PartnerInvolvement.builder()
          .type(type)
          .date(draw.date(UNKNOWN_BIRTH_ANCHOR));
      if (draw.bool()) {
        involvement.programme(draw.pick(PROGRAMMES));
      }
      if (type == InvolvementType.FUNDING) {
        involvement.amount(Money.ofPence(draw.bool()
            ? draw.between(0, 10_000_000)
            : draw.in.next(Constraint.between(0, Long.MAX_VALUE))));
      }
      partner.addInvolvement(involvement.build());
    }
    return partner.build();
  }

  /** Draws values from a QuickTheories randomness source. */
  static final class Draw {
    final RandomnessSource in;

    Draw(RandomnessSource in) {
      this.in = in;
    }

    int between(int min, int max) {
      return (int) in.next(Constraint.between(min, max));
    }

    boolean bool() {
      return between(0, 1) == 1;
    }

    <T> T pick(List<T> values) {
      return values.get(between(0, values.size() - 1));
    }

    <E extends Enum<E>> E pick(Class<E> type) {
      E[] constants = type.getEnumConstants();
      return constants[between(0, constants.length - 1)];
    }

    LocalDate dateBetween(LocalDate first, LocalDate last) {
      return first.plusDays(in.next(Constraint.between(0, last.toEpochDay() - first.toEpochDay())));
    }

    /** A date within about forty years on or after {@code anchor}. */
    LocalDate date(LocalDate anchor) {
      return anchor.plusDays(between(0, SPAN_DAYS));
    }

    /** An end on or after {@code from}, or none. */
    java.util.Optional<LocalDate> optionalEnd(LocalDate from) {
      return bool() ? java.util.Optional.of(from.plusDays(between(0, 3 * 365)))
          : java.util.Optional.empty();
    }

    /** A partner name: a tricky fixed one, or up to 40 random code points (never blank). */
    String name() {
      if (bool()) {
        return pick(NAMES);
      }
      StringBuilder name = new StringBuilder("n");
      for (int i = between(0, 40); i > 0; i--) {
        name.appendCodePoint(NAME_CODE_POINTS[between(0, NAME_CODE_POINTS.length - 1)]);
      }
      return name.toString();
    }
  }
}
