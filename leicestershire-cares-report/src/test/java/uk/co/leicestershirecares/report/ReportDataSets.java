package uk.co.leicestershirecares.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import uk.co.leicestershirecares.core.engagement.Attendance;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.engagement.EnrolmentStatus;
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

/**
 * Generates report data sets whose events fall in plan year 2023/24 and its neighbours, with
 * several programmes, so that quarter boundaries, programme filters and partner funding are all
 * exercised. Generation draws from a seeded {@link Random} so a shrunk example is reproducible.
 */
final class ReportDataSets {
  static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
  static final LocalDate LAST = LocalDate.of(2024, 6, 30);
  private static final List<ProgrammeCode> PROGRAMMES =
      List.of(ProgrammeCode.LEAVING_CARE, ProgrammeCode.UP, ProgrammeCode.WIRE);

  private ReportDataSets() {}

  /** Data sets of up to {@code maxParticipants} participants. */
  static Gen<ReportDataSet> dataSets(int maxParticipants) {
    return Generate.longRange(0, Long.MAX_VALUE).zip(Generate.range(0, maxParticipants),
        (seed, size) -> dataSet(new Random(seed), size));
  }

  static ReportDataSet dataSet(Random random, int participants) {
    ReportDataSet.Builder data = ReportDataSet.builder();
    List<Session> sessions = new ArrayList<>();
    int sessionCount = random.nextInt(40);
    for (int i = 0; i < sessionCount; i++) {
      sessions.add(Session.of(SessionId.of("S-" + i), programme(random), date(random),
          SessionKind.values()[random.nextInt(SessionKind.values().length)]));
    }
    data.sessions(sessions);
    for (int i = 0; i < participants; i++) {
      data.addParticipant(record(random, "P-" + i, sessions));
    }
    int partnerCount = random.nextInt(5);
    for (int i = 0; i < partnerCount; i++) {
      Partner.Builder partner = Partner.builder().name("Partner " + i).member(random.nextBoolean());
      int involvements = 1 + random.nextInt(4);
      for (int j = 0; j < involvements; j++) {
        InvolvementType type = InvolvementType.values()[
            random.nextInt(InvolvementType.values().length)];
        PartnerInvolvement.Builder involvement =
            PartnerInvolvement.builder().type(type).date(date(random));
        if (random.nextBoolean()) {
          involvement.programme(programme(random));
        }
        if (type == InvolvementType.FUNDING) {
          involvement.amount(Money.ofPence(random.nextInt(500_000)));
        }
        partner.addInvolvement(involvement.build());
      }
      data.addPartner(partner.build());
    }
    return data.build();
  }

  private static ParticipantRecord record(Random random, String id, List<Session> sessions) {
    LocalDate dob = LocalDate.of(1998 + random.nextInt(10), 1 + random.nextInt(12),
        1 + random.nextInt(28));
    Participant.Builder participant = Participant.builder()
        .id(ParticipantId.of(id))
        .dateOfBirth(dob)
        .homeArea(HomeArea.values()[random.nextInt(HomeArea.values().length)])
        .addCircumstance(Circumstance.of(CircumstanceType.CARE_EXPERIENCED, dob.plusYears(8)));
    if (random.nextInt(4) == 0) {
      LocalDate from = date(random);
      participant.addCircumstance(random.nextBoolean()
          ? Circumstance.of(CircumstanceType.ROUGH_SLEEPING, from)
          : Circumstance.of(CircumstanceType.HOMELESS, from, from.plusDays(random.nextInt(60))));
    }
    ParticipantRecord.Builder record = ParticipantRecord.builder().participant(participant.build());
    if (random.nextInt(5) > 0) {
      record.addReferral(Referral.of(programme(random), date(random), ReferralSource.SELF));
    }
    if (random.nextBoolean()) {
      record.addEnrolment(Enrolment.builder().programme(programme(random))
          .status(EnrolmentStatus.ACTIVE).from(date(random)).build());
    }
    int attendances = random.nextInt(12);
    for (int i = 0; i < attendances; i++) {
      if (!sessions.isEmpty() && random.nextBoolean()) {
        Session s = sessions.get(random.nextInt(sessions.size()));
        record.addAttendance(Attendance.builder().date(s.date()).kind(s.kind())
            .programme(s.programme()).session(s.id()).build());
      } else {
        record.addAttendance(Attendance.of(date(random),
            SessionKind.values()[random.nextInt(SessionKind.values().length)], programme(random)));
      }
    }
    int outcomes = random.nextInt(5);
    for (int i = 0; i < outcomes; i++) {
      OutcomeType type = OutcomeType.values()[random.nextInt(OutcomeType.values().length)];
      OutcomeEvent.Builder event = OutcomeEvent.builder().id(OutcomeId.of("O-" + i)).type(type)
          .date(date(random));
      if (type == OutcomeType.TRAINING_COMPLETED) {
        event.training(TrainingType.values()[random.nextInt(TrainingType.values().length)]);
      }
      if (random.nextInt(4) > 0) {
        event.programme(programme(random));
      }
      record.addOutcome(event.build());
    }
    // Drawn last, so the draws above give the same records as before these were added.
    int placements = random.nextInt(3);
    for (int i = 0; i < placements; i++) {
      LocalDate from = date(random);
      WorkPlacement.Builder placement = WorkPlacement.builder().partner("Partner " + i)
          .programme(programme(random)).sector(Sector.values()[random.nextInt(Sector.values().length)])
          .from(from).mentored(random.nextBoolean()).paid(random.nextBoolean());
      if (random.nextInt(4) > 0) {
        placement.to(from.plusDays(random.nextInt(20)));
      }
      record.addPlacement(placement.build());
    }
    if (random.nextBoolean()) {
      LocalDate from = date(random);
      Enrolment.Builder enrolment = Enrolment.builder().programme(programme(random))
          .status(EnrolmentStatus.values()[random.nextInt(EnrolmentStatus.values().length)])
          .from(from);
      if (random.nextBoolean()) {
        enrolment.to(from.plusDays(random.nextInt(200)));
      }
      record.addEnrolment(enrolment.build());
    }
    if (random.nextInt(3) == 0) {
      record.addReferral(Referral.of(ProgrammeCode.WIRE, date(random), ReferralSource.INTERNAL));
    }
    return record.build();
  }

  /** The same data set with every list in a different order. */
  static ReportDataSet shuffled(ReportDataSet data, long seed) {
    Random random = new Random(seed);
    List<ParticipantRecord> participants = new ArrayList<>();
    for (ParticipantRecord record : data.participants()) {
      participants.add(ParticipantRecord.builder()
          .participant(record.participant())
          .referrals(shuffle(record.referrals(), random))
          .enrolments(shuffle(record.enrolments(), random))
          .attendances(shuffle(record.attendances(), random))
          .placements(shuffle(record.placements(), random))
          .mentoringMatches(shuffle(record.mentoringMatches(), random))
          .outcomes(shuffle(record.outcomes(), random))
          .build());
    }
    List<Partner> partners = new ArrayList<>();
    for (Partner partner : data.partners()) {
      partners.add(Partner.builder().from(partner)
          .involvements(shuffle(partner.involvements(), random)).build());
    }
    return ReportDataSet.builder()
        .participants(shuffle(participants, random))
        .sessions(shuffle(data.sessions(), random))
        .partners(shuffle(partners, random))
        .build();
  }

  private static <T> List<T> shuffle(List<T> items, Random random) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }

  private static ProgrammeCode programme(Random random) {
    return PROGRAMMES.get(random.nextInt(PROGRAMMES.size()));
  }

  private static LocalDate date(Random random) {
    return FIRST.plusDays(random.nextInt((int) (LAST.toEpochDay() - FIRST.toEpochDay()) + 1));
  }
}
