package uk.co.leicestershirecares.core.assessment;

import static uk.co.leicestershirecares.core.participant.CircumstanceType.AT_RISK_OF_OFFENDING;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.CARE_EXPERIENCED;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.CONVICTION;
import static uk.co.leicestershirecares.core.participant.CircumstanceType.YOUTH_JUSTICE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.engagement.EnrolmentStatus;
import uk.co.leicestershirecares.core.internal.PolicyTexts;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.AgeBand;
import uk.co.leicestershirecares.core.policy.AnnualPlan;
import uk.co.leicestershirecares.core.policy.PlanYear;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.policy.PriorityGroup;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Source;
import uk.co.leicestershirecares.core.reason.Sources;

/**
 * Eligibility for each programme. Rule ids are {@code PROGRAMME.condition}; a decision's reasons
 * are every condition evaluated, its missing conditions the ones that failed or were undecided.
 */
final class EligibilityRules {
  private static final ImmutableList<CircumstanceType> OFFENDING =
      ImmutableList.of(CONVICTION, AT_RISK_OF_OFFENDING, YOUTH_JUSTICE);

  private final PolicyParameters parameters;

  EligibilityRules(PolicyParameters parameters) {
    this.parameters = parameters;
  }

  EligibilityDecision decide(ProgrammeCode programme, ParticipantRecord record, LocalDate asOf) {
    if (programme.equals(ProgrammeCode.UP)) {
      return decision(programme, asOf, PlanYear.containing(asOf), up(record, asOf));
    }
    if (programme.equals(ProgrammeCode.WIRE)) {
      return wire(record, asOf);
    }
    if (programme.equals(ProgrammeCode.LEAVING_CARE)) {
      return careExperienced(programme, Sources.LEAVING_CARE, record, asOf);
    }
    if (programme.equals(ProgrammeCode.CARE_LEAVER_MENTORING)) {
      return careExperienced(programme, Sources.CARE_LEAVER_MENTORING, record, asOf);
    }
    if (programme.equals(ProgrammeCode.MIND_MATTERS)) {
      return careExperienced(programme, Sources.MIND_MATTERS, record, asOf);
    }
    if (programme.equals(ProgrammeCode.TARGETED_YOUTH_WORK)) {
      return targetedYouthWork(record, asOf);
    }
    return decision(programme, asOf, PlanYear.containing(asOf), ImmutableList.of(
        Condition.unknown(programme + ".no-rules", PolicyTexts.noRules(programme),
            Sources.PROGRAMME_WITHOUT_RULES, PolicyTexts.noRulesMissing(programme))));
  }

  // UP: aged 18-25, a conviction or at risk of offending (or youth-justice involved), in LLR.
  private List<Condition> up(ParticipantRecord record, LocalDate asOf) {
    Participant p = record.participant();
    return List.of(
        age("UP.age", "UP", parameters.upAgeBand(), p, asOf, Sources.UP_AGE_AND_OFFENDING, ""),
        offending(p, asOf),
        area("UP.area", "UP", p));
  }

  private Condition offending(Participant p, LocalDate asOf) {
    List<CircumstanceType> held = OFFENDING.stream()
        .filter(type -> p.hasCircumstanceOn(type, asOf))
        .collect(Collectors.toList());
    if (!held.isEmpty()) {
      return Condition.met("UP.offending",
          PolicyTexts.offendingMet(held, asOf), Sources.UP_AGE_AND_OFFENDING);
    }
    return Condition.failed("UP.offending", PolicyTexts.offendingFailed(asOf),
        Sources.UP_AGE_AND_OFFENDING, PolicyTexts.OFFENDING_MISSING);
  }

  // WIRE: a conviction, 18 or over, in LLR; or completed UP.
  private EligibilityDecision wire(ParticipantRecord record, LocalDate asOf) {
    PlanYear year = PlanYear.containing(asOf);
    Participant p = record.participant();

    // The latest completion is quoted, whatever order the record lists enrolments in.
    Optional<Enrolment> completedUp = record.enrolments().stream()
        .filter(e -> e.programme().equals(ProgrammeCode.UP) && e.isCompletedBy(asOf))
        .max(Comparator.comparing((Enrolment e) -> e.to().orElse(e.from()))
            .thenComparing(Enrolment::from).thenComparing(Enrolment::status));
    List<Condition> progression = new ArrayList<>();
    if (completedUp.isPresent()) {
      progression.add(Condition.met("WIRE.progression-from-UP",
          PolicyTexts.completedUp(completedUp.get(), parameters.upCompletersNeedConviction()),
          Sources.WIRE_AFTER_UP));
      if (parameters.upCompletersNeedConviction()) {
        progression.add(conviction(p, asOf));
      }
      if (Condition.outcome(progression) == EligibilityOutcome.ELIGIBLE) {
        return decision(ProgrammeCode.WIRE, asOf, year, progression);
      }
    }

    List<Condition> convictionRoute = List.of(
        conviction(p, asOf),
        age("WIRE.age", "WIRE", AgeBand.of(parameters.wireMinimumAge(), 150), p, asOf,
            Sources.WIRE_FOR_CONVICTIONS, " or over"),
        area("WIRE.area", "WIRE", p));
    EligibilityOutcome byConviction = Condition.outcome(convictionRoute);
    if (byConviction == EligibilityOutcome.ELIGIBLE) {
      return decision(ProgrammeCode.WIRE, asOf, year, convictionRoute);
    }

    List<Condition> all = new ArrayList<>(convictionRoute);
    if (completedUp.isPresent()) {
      // Completed UP, but this policy also asks UP completers for a conviction.
      all.add(progression.get(0));
    } else {
      // An enrolment that starts after the date asked about is not evidence; of the others the
      // earliest is quoted, whatever order the record lists them in.
      record.enrolments().stream()
          .filter(e -> e.programme().equals(ProgrammeCode.UP)
              && e.status() != EnrolmentStatus.WITHDRAWN
              && !e.from().isAfter(asOf))
          .min(Comparator.comparing(Enrolment::from).thenComparing(Enrolment::status))
          .ifPresent(e -> all.add(Condition.failed("WIRE.progression-from-UP",
              PolicyTexts.notCompletedUp(e, asOf), Sources.WIRE_AFTER_UP,
              PolicyTexts.COMPLETE_UP_MISSING)));
    }
    // The routes are alternatives: the conviction route's verdict stands, since the progression
    // route, where present, has failed.
    return EligibilityDecision.builder()
        .programme(ProgrammeCode.WIRE)
        .asOf(asOf)
        .planYear(year)
        .outcome(byConviction)
        .reasons(Condition.reasons(all))
        .missing(Condition.missing(all))
        .build();
  }

  private static Condition conviction(Participant p, LocalDate asOf) {
    if (p.hasCircumstanceOn(CONVICTION, asOf)) {
      return Condition.met("WIRE.conviction", PolicyTexts.convictionMet(asOf),
          Sources.WIRE_FOR_CONVICTIONS);
    }
    return Condition.failed("WIRE.conviction", PolicyTexts.convictionFailed(asOf),
        Sources.WIRE_FOR_CONVICTIONS, PolicyTexts.CONVICTION_MISSING);
  }

  // Leaving Care, care leaver mentoring, Mind Matters: care experienced, aged 16-25.
  private EligibilityDecision careExperienced(
      ProgrammeCode programme, Source source, ParticipantRecord record, LocalDate asOf) {
    Participant p = record.participant();
    Condition careExperienced = p.hasCircumstanceOn(CARE_EXPERIENCED, asOf)
        ? Condition.met(programme + ".care-experienced", PolicyTexts.CARE_EXPERIENCED_MET, source)
        : Condition.failed(programme + ".care-experienced",
            PolicyTexts.careExperiencedFailed(asOf), source,
            PolicyTexts.CARE_EXPERIENCED_MISSING);
    return decision(programme, asOf, PlanYear.containing(asOf), List.of(
        careExperienced,
        age(programme + ".age", programme.toString(), parameters.careExperiencedAgeBand(), p, asOf,
            Sources.CARE_LEAVER_AGE_BAND,
            " (the ages English leaving-care support covers)")));
  }

  // Targeted youth work: the latest annual plan in force sets the age band and priority groups.
  private EligibilityDecision targetedYouthWork(ParticipantRecord record, LocalDate asOf) {
    String code = ProgrammeCode.TARGETED_YOUTH_WORK.toString();
    Optional<AnnualPlan> inForce = parameters.annualPlans().inForceOn(asOf);
    if (inForce.isEmpty()) {
      Optional<LocalDate> first = parameters.annualPlans().firstEffectiveDate();
      return decision(ProgrammeCode.TARGETED_YOUTH_WORK, asOf, PlanYear.containing(asOf),
          List.of(Condition.failed(code + ".plan-in-force",
              PolicyTexts.noPlanInForce(asOf, first), Sources.NO_PLAN_IN_FORCE,
              PolicyTexts.noPlanInForceMissing(first))));
    }
    AnnualPlan plan = inForce.get();
    Participant p = record.participant();
    String planName = PolicyTexts.planName(plan);
    List<String> groups = plan.priorityGroups().stream()
        .filter(g -> g.includes(p, asOf))
        .map(PriorityGroup::name)
        .collect(Collectors.toList());
    Condition priority = groups.isEmpty()
        ? Condition.failed(code + ".priority-group", PolicyTexts.inNoPriorityGroup(plan, asOf),
            plan.source(), PolicyTexts.priorityGroupMissing(plan))
        : Condition.met(code + ".priority-group", PolicyTexts.inPriorityGroups(plan, groups),
            plan.source());
    return decision(ProgrammeCode.TARGETED_YOUTH_WORK, asOf, plan.planYear(), List.of(
        Condition.met(code + ".plan-in-force", PolicyTexts.planInForce(plan, asOf),
            Sources.NO_PLAN_IN_FORCE),
        age(code + ".age", planName, plan.ageBand(), p, asOf, plan.source(), ""),
        priority));
  }

  /**
   * An age-band condition. The band runs from the {@code min} birthday to the day before the
   * {@code max + 1} birthday; an unknown date of birth is undecided, never guessed.
   */
  private Condition age(String ruleId, String whose, AgeBand band, Participant p, LocalDate asOf,
      Source source, String bandNote) {
    String bandText = PolicyTexts.bandText(band, bandNote);
    if (p.dateOfBirth().isEmpty()) {
      return Condition.unknown(ruleId, PolicyTexts.ageUnknown(asOf), source,
          PolicyTexts.DATE_OF_BIRTH_MISSING);
    }
    LocalDate dob = p.dateOfBirth().get();
    LocalDate firstDay = band.firstDay(dob, parameters.leapDayBirthday());
    if (asOf.isBefore(firstDay)) {
      return Condition.failed(ruleId,
          PolicyTexts.ageUnder(p.ageOn(asOf, parameters.leapDayBirthday()), asOf, whose, bandText),
          source, PolicyTexts.turns(band.minAge(), firstDay));
    }
    int age = p.ageOn(asOf, parameters.leapDayBirthday()).getAsInt();
    if (band.maxAge() < 150) {
      LocalDate firstDayAfter = band.firstDayAfter(dob, parameters.leapDayBirthday());
      if (!asOf.isBefore(firstDayAfter)) {
        return Condition.failed(ruleId, PolicyTexts.ageOver(age, asOf, whose, bandText), source,
            PolicyTexts.noLongerEligible(band.maxAge() + 1, firstDayAfter));
      }
    }
    return Condition.met(ruleId, PolicyTexts.ageWithin(age, asOf, whose, bandText), source);
  }

  private static Condition area(String ruleId, String whose, Participant p) {
    if (p.homeArea().isInLlr()) {
      return Condition.met(ruleId, PolicyTexts.livesInLlr(p.homeArea()), Sources.LLR_AREA);
    }
    return Condition.failed(ruleId, PolicyTexts.livesOutsideLlr(whose), Sources.LLR_AREA,
        PolicyTexts.AREA_MISSING);
  }

  private static EligibilityDecision decision(
      ProgrammeCode programme, LocalDate asOf, PlanYear year, List<Condition> conditions) {
    return EligibilityDecision.builder()
        .programme(programme)
        .asOf(asOf)
        .planYear(year)
        .outcome(Condition.outcome(conditions))
        .reasons(Condition.reasons(conditions))
        .missing(Condition.missing(conditions))
        .build();
  }
}
