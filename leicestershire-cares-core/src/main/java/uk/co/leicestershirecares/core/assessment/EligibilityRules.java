package uk.co.leicestershirecares.core.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import uk.co.leicestershirecares.core.eligibility.ConditionFinding;
import uk.co.leicestershirecares.core.eligibility.ConditionFinding.Placement;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.reason.Explainer;
import uk.co.leicestershirecares.core.eligibility.Requirement;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.AgeBand;
import uk.co.leicestershirecares.core.policy.AnnualPlan;
import uk.co.leicestershirecares.core.policy.AnnualPlans;
import uk.co.leicestershirecares.core.policy.PlanYear;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.policy.PriorityGroup;
import uk.co.leicestershirecares.core.programme.Programme;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Sources;
import uk.co.leicestershirecares.core.table.AnnualPlanTable;
import uk.co.leicestershirecares.core.table.EligibilityTable;

/**
 * Eligibility for each programme: every condition of the eligibility table in force on the day
 * is concluded on ({@link ConditionFinding}), and {@link Explainer} words the decision. WIRE's
 * second route (completed UP) and the annual plan in force are the only conditions not in a table.
 */
final class EligibilityRules {
  private final PolicyParameters parameters;
  private final EligibilityTable table;
  private final AnnualPlanTable plans;

  EligibilityRules(PolicyParameters parameters, EligibilityTable table, AnnualPlanTable plans) {
    this.parameters = parameters;
    this.table = table;
    this.plans = plans;
  }

  EligibilityDecision decide(Programme running, ParticipantRecord record, LocalDate asOf) {
    ProgrammeCode programme = running.code();
    List<ConditionFinding> findings = new ArrayList<>();
    // A programme that did not run on the day refuses everyone; its other conditions are still
    // listed, as the Drools rules list them.
    if (!running.runsOn(asOf)) {
      findings.add(ConditionFinding.notRunning(programme, Sources.PROGRAMME_RUNS,
          running.runsFrom(), running.runsUntil(), asOf));
    }
    PlanYear year = PlanYear.containing(asOf);
    boolean takesPlan = false;
    List<Requirement> requirements = table.requirements(programme, asOf);
    for (Requirement requirement : requirements) {
      takesPlan |= requirement.kind() == Requirement.Kind.PLAN_AGE_BAND
          || requirement.kind() == Requirement.Kind.PLAN_PRIORITY_GROUP;
    }
    Optional<AnnualPlan> plan = Optional.empty();
    if (takesPlan) {
      AnnualPlans programmePlans = plans.plans(programme);
      plan = programmePlans.inForceOn(asOf);
      if (plan.isPresent()) {
        year = plan.get().planYear();
        findings.add(ConditionFinding.planInForce(programme, Sources.NO_PLAN_IN_FORCE,
            plan.get(), asOf));
      } else {
        findings.add(ConditionFinding.noPlanInForce(programme, Sources.NO_PLAN_IN_FORCE,
            programmePlans.firstEffectiveDate(), asOf));
      }
    }

    if (programme.equals(ProgrammeCode.WIRE)) {
      Optional<List<ConditionFinding>> byCompletingUp =
          completedUpRoute(record, requirements, asOf);
      if (byCompletingUp.isPresent()) {
        findings.addAll(byCompletingUp.get());
        return Explainer.decision(programme, asOf, year, findings);
      }
    }
    for (Requirement requirement : requirements) {
      evaluate(requirement, plan, record.participant(), asOf).ifPresent(findings::add);
    }
    if (programme.equals(ProgrammeCode.WIRE) && failsOrUnknown(findings)) {
      alternativeRoute(record, asOf).ifPresent(findings::add);
    }
    if (findings.isEmpty()) {
      findings.add(ConditionFinding.noRules(programme, Sources.PROGRAMME_WITHOUT_RULES, asOf));
    }
    return Explainer.decision(programme, asOf, year, findings);
  }

  private static boolean failsOrUnknown(List<ConditionFinding> findings) {
    return findings.stream().anyMatch(f -> f.verdict() != ConditionFinding.Verdict.MET);
  }

  // A row that takes the annual plan's band or groups says nothing while no plan is in force.
  private Optional<ConditionFinding> evaluate(Requirement requirement, Optional<AnnualPlan> plan,
      Participant p, LocalDate asOf) {
    switch (requirement.kind()) {
      case AGE_BAND:
        return Optional.of(age(requirement, requirement.ageBand().orElseThrow(),
            Optional.empty(), p, asOf));
      case PLAN_AGE_BAND:
        return plan.map(inForce -> age(requirement, inForce.ageBand(), plan, p, asOf));
      case ANY_OF_CIRCUMSTANCES:
        List<CircumstanceType> held = requirement.circumstances().stream()
            .filter(type -> p.hasCircumstanceOn(type, asOf))
            .collect(Collectors.toList());
        return Optional.of(held.isEmpty()
            ? ConditionFinding.circumstancesNone(requirement, asOf)
            : ConditionFinding.circumstancesHeld(requirement, held, asOf));
      case PLAN_PRIORITY_GROUP:
        return plan.map(inForce -> {
          List<String> groups = inForce.priorityGroups().stream()
              .filter(g -> g.includes(p, asOf, parameters.leapDayBirthday()))
              .map(PriorityGroup::name)
              .collect(Collectors.toList());
          return groups.isEmpty()
              ? ConditionFinding.inNoPriorityGroup(requirement, inForce, asOf)
              : ConditionFinding.inPriorityGroups(requirement, inForce, groups, asOf);
        });
      case LIVES_IN:
        return Optional.of(requirement.covers(p.homeArea())
            ? ConditionFinding.areaIn(requirement, p.homeArea(), asOf)
            : ConditionFinding.areaOut(requirement, p.homeArea(), asOf));
    }
    throw new AssertionError(requirement.kind());
  }

  /**
   * An age band: from the {@code min} birthday to the day before the {@code max + 1} birthday
   * (no upper end when the band is open, up to 150); an unknown date of birth is undecided, never
   * guessed.
   */
  private ConditionFinding age(Requirement requirement, AgeBand band, Optional<AnnualPlan> plan,
      Participant p, LocalDate asOf) {
    if (p.dateOfBirth().isEmpty()) {
      return ConditionFinding.ageUnknown(requirement, band, plan, asOf);
    }
    LocalDate dob = p.dateOfBirth().get();
    LocalDate firstDay = band.firstDay(dob, parameters.leapDayBirthday());
    OptionalInt age = p.ageOn(asOf, parameters.leapDayBirthday());
    if (asOf.isBefore(firstDay)) {
      return ConditionFinding.ageUnder(requirement, band, plan, asOf, age, firstDay);
    }
    if (band.maxAge() < 150) {
      LocalDate firstDayAfter = band.firstDayAfter(dob, parameters.leapDayBirthday());
      if (!asOf.isBefore(firstDayAfter)) {
        return ConditionFinding.ageOver(requirement, band, plan, asOf, age.getAsInt(),
            firstDayAfter);
      }
    }
    return ConditionFinding.ageWithin(requirement, band, plan, asOf, age.getAsInt());
  }

  // WIRE's progression route: the latest completion of UP (whatever order the record lists
  // enrolments in); where this policy asks, a conviction too.
  private Optional<List<ConditionFinding>> completedUpRoute(ParticipantRecord record,
      List<Requirement> requirements, LocalDate asOf) {
    Optional<Enrolment> completed = record.latestCompletion(ProgrammeCode.UP, asOf);
    if (completed.isEmpty()) {
      return Optional.empty();
    }
    boolean needsConviction = parameters.upCompletersNeedConviction();
    List<ConditionFinding> route = new ArrayList<>();
    route.add(ConditionFinding.completed(ProgrammeCode.WIRE, "WIRE.progression-from-UP",
        Sources.WIRE_AFTER_UP, Placement.ROUTE, completed.get(), needsConviction, asOf));
    if (needsConviction) {
      boolean met = false;
      for (Requirement requirement : requirements) {
        if (requirement.kind() == Requirement.Kind.ANY_OF_CIRCUMSTANCES
            && requirement.qualifies(CircumstanceType.CONVICTION)) {
          ConditionFinding conviction =
              evaluate(requirement, Optional.empty(), record.participant(), asOf).orElseThrow();
          route.add(conviction);
          met = conviction.verdict() == ConditionFinding.Verdict.MET;
        }
      }
      if (!met) {
        return Optional.empty();
      }
    }
    return Optional.of(route);
  }

  // When WIRE's conviction route fails, the progression route is shown too: a completion that
  // lacked a conviction, or the earliest UP enrolment not withdrawn that started by the date.
  private Optional<ConditionFinding> alternativeRoute(ParticipantRecord record, LocalDate asOf) {
    Optional<Enrolment> completed = record.latestCompletion(ProgrammeCode.UP, asOf);
    if (completed.isPresent()) {
      return Optional.of(ConditionFinding.completed(ProgrammeCode.WIRE,
          "WIRE.progression-from-UP", Sources.WIRE_AFTER_UP, Placement.ALTERNATIVE,
          completed.get(), true, asOf));
    }
    return record.earliestEnrolment(ProgrammeCode.UP, asOf)
        .map(e -> ConditionFinding.notCompleted(ProgrammeCode.WIRE, "WIRE.progression-from-UP",
            Sources.WIRE_AFTER_UP, e, asOf));
  }

}
