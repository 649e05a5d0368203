package uk.co.leicestershirecares.core.assessment;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import uk.co.leicestershirecares.core.eligibility.ConditionFinding;
import uk.co.leicestershirecares.core.eligibility.ConditionFinding.Placement;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.reason.Explainer;
import uk.co.leicestershirecares.core.eligibility.Requirement;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
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
  /** A group of a plan or a circumstance of a row past this many is not cached per day. */
  private static final int MASK_BITS = 12;

  private final PolicyParameters parameters;
  private final EligibilityTable table;
  private final AnnualPlanTable plans;
  private final ImmutableList<Programme> programmes;
  // The last day asked about, resolved once: a policy is asked about the same day again and
  // again. Its findings that do not depend on who is asked about are made once per day and
  // shared, with their reasons. Benchmark: AssessmentBenchmark.reference.
  private volatile Day day;

  EligibilityRules(PolicyParameters parameters, EligibilityTable table, AnnualPlanTable plans,
      ImmutableList<Programme> programmes) {
    this.parameters = parameters;
    this.table = table;
    this.plans = plans;
    this.programmes = programmes;
  }

  /** Decides every catalogue programme, in catalogue order. */
  ImmutableList<EligibilityDecision> decideAll(ParticipantRecord record, LocalDate asOf) {
    Day today = day;
    if (today == null || !today.asOf.equals(asOf)) {
      today = new Day(asOf);
      day = today;
    }
    Participant p = record.participant();
    // The age once per record, not once per age band: -1 before birth or without a birth date.
    int age = -1;
    if (p.dateOfBirth().isPresent() && !asOf.isBefore(p.dateOfBirth().get())) {
      age = parameters.leapDayBirthday().ageOn(p.dateOfBirth().get(), asOf);
    }
    ImmutableList.Builder<EligibilityDecision> decisions =
        ImmutableList.builderWithExpectedSize(today.programmes.length);
    for (ProgrammeDay programme : today.programmes) {
      decisions.add(decide(programme, record, age, asOf));
    }
    return decisions.build();
  }

  private EligibilityDecision decide(ProgrammeDay day, ParticipantRecord record, int age,
      LocalDate asOf) {
    ProgrammeCode programme = day.code;
    List<ConditionFinding> findings = new ArrayList<>(day.rows.length + 2);
    // A programme that did not run on the day refuses everyone; its other conditions are still
    // listed, as the Drools rules list them.
    if (day.notRunning != null) {
      findings.add(day.notRunning);
    }
    if (day.planFinding != null) {
      findings.add(day.planFinding);
    }
    if (programme.equals(ProgrammeCode.WIRE)) {
      Optional<List<ConditionFinding>> byCompletingUp =
          completedUpRoute(record, day.requirements, asOf);
      if (byCompletingUp.isPresent()) {
        findings.addAll(byCompletingUp.get());
        return Explainer.decision(programme, asOf, day.year, findings);
      }
    }
    Participant p = record.participant();
    boolean notMet = day.notRunning != null || (day.planFinding != null
        && day.planFinding.verdict() != ConditionFinding.Verdict.MET);
    for (RowDay row : day.rows) {
      ConditionFinding finding = row.evaluate(p, age, asOf);
      if (finding != null) {
        findings.add(finding);
        notMet |= finding.verdict() != ConditionFinding.Verdict.MET;
      }
    }
    if (programme.equals(ProgrammeCode.WIRE) && notMet) {
      alternativeRoute(record, asOf).ifPresent(findings::add);
    }
    if (findings.isEmpty()) {
      findings.add(day.noRules);
    }
    return Explainer.decision(programme, asOf, day.year, findings);
  }

  /** One day, resolved: each programme's rows in force and plan in force. Immutable. */
  private final class Day {
    final LocalDate asOf;
    final ProgrammeDay[] programmes;

    Day(LocalDate asOf) {
      this.asOf = asOf;
      PlanYear year = PlanYear.containing(asOf);
      this.programmes = new ProgrammeDay[EligibilityRules.this.programmes.size()];
      for (int i = 0; i < programmes.length; i++) {
        programmes[i] = new ProgrammeDay(EligibilityRules.this.programmes.get(i), year, asOf);
      }
    }
  }

  /** One programme on one day. */
  private final class ProgrammeDay {
    final ProgrammeCode code;
    final ConditionFinding notRunning;
    final ImmutableList<Requirement> requirements;
    final PlanYear year;
    final ConditionFinding planFinding;
    final RowDay[] rows;
    final ConditionFinding noRules;

    ProgrammeDay(Programme running, PlanYear planYear, LocalDate asOf) {
      this.code = running.code();
      this.notRunning = running.runsOn(asOf) ? null : ConditionFinding.notRunning(code,
          Sources.PROGRAMME_RUNS, running.runsFrom(), running.runsUntil(), asOf);
      this.requirements = table.requirements(code, asOf);
      boolean takesPlan = false;
      for (Requirement requirement : requirements) {
        takesPlan |= requirement.kind() == Requirement.Kind.PLAN_AGE_BAND
            || requirement.kind() == Requirement.Kind.PLAN_PRIORITY_GROUP;
      }
      Optional<AnnualPlan> plan = Optional.empty();
      PlanYear year = planYear;
      ConditionFinding planFinding = null;
      if (takesPlan) {
        AnnualPlans programmePlans = plans.plans(code);
        plan = programmePlans.inForceOn(asOf);
        if (plan.isPresent()) {
          year = plan.get().planYear();
          planFinding = ConditionFinding.planInForce(code, Sources.NO_PLAN_IN_FORCE,
              plan.get(), asOf);
        } else {
          planFinding = ConditionFinding.noPlanInForce(code, Sources.NO_PLAN_IN_FORCE,
              programmePlans.firstEffectiveDate(), asOf);
        }
      }
      this.year = year;
      this.planFinding = planFinding;
      this.rows = new RowDay[requirements.size()];
      for (int i = 0; i < rows.length; i++) {
        rows[i] = new RowDay(requirements.get(i), plan, asOf);
      }
      this.noRules = ConditionFinding.noRules(code, Sources.PROGRAMME_WITHOUT_RULES, asOf);
    }
  }

  /**
   * One row of the table on one day, with the findings it can give that depend on no one in
   * particular, each made the first time it is given. The caches are filled racily: a finding is
   * immutable (its fields final), and two made for the same slot are interchangeable.
   */
  private final class RowDay {
    final Requirement requirement;
    final Optional<AnnualPlan> plan;
    /** The band asked for; null where a row takes the plan's band and no plan is in force. */
    final AgeBand band;
    /** Within the band, by age. */
    final ConditionFinding[] within;
    /** Circumstances held, or priority groups in, by bit mask. */
    final ConditionFinding[] byMask;
    /** In or outside the areas, by area. */
    final ConditionFinding[] byArea;
    final ConditionFinding fallback;

    RowDay(Requirement requirement, Optional<AnnualPlan> plan, LocalDate asOf) {
      this.requirement = requirement;
      this.plan = plan;
      AgeBand band = null;
      ConditionFinding[] within = null;
      ConditionFinding[] byMask = null;
      ConditionFinding[] byArea = null;
      ConditionFinding fallback = null;
      switch (requirement.kind()) {
        case AGE_BAND:
        case PLAN_AGE_BAND:
          Optional<AnnualPlan> cited =
              requirement.kind() == Requirement.Kind.AGE_BAND ? Optional.empty() : plan;
          band = requirement.kind() == Requirement.Kind.AGE_BAND
              ? requirement.ageBand().orElseThrow()
              : plan.map(AnnualPlan::ageBand).orElse(null);
          if (band != null) {
            within = new ConditionFinding[Math.min(band.maxAge(), 150) + 1];
            fallback = ConditionFinding.ageUnknown(requirement, band, cited, asOf);
          }
          break;
        case ANY_OF_CIRCUMSTANCES:
          if (requirement.circumstances().size() <= MASK_BITS) {
            byMask = new ConditionFinding[1 << requirement.circumstances().size()];
          }
          fallback = ConditionFinding.circumstancesNone(requirement, asOf);
          break;
        case PLAN_PRIORITY_GROUP:
          if (plan.isPresent()) {
            if (plan.get().priorityGroups().size() <= MASK_BITS) {
              byMask = new ConditionFinding[1 << plan.get().priorityGroups().size()];
            }
            fallback = ConditionFinding.inNoPriorityGroup(requirement, plan.get(), asOf);
          }
          break;
        case LIVES_IN:
          byArea = new ConditionFinding[HomeArea.values().length];
          break;
        default:
          throw new AssertionError(requirement.kind());
      }
      this.band = band;
      this.within = within;
      this.byMask = byMask;
      this.byArea = byArea;
      this.fallback = fallback;
    }

    /**
     * The finding for {@code p}, whose age is {@code age} (-1 when unknown or before birth);
     * null where a row that takes the annual plan's band or groups says nothing, as no plan is
     * in force.
     */
    ConditionFinding evaluate(Participant p, int age, LocalDate asOf) {
      switch (requirement.kind()) {
        case AGE_BAND:
        case PLAN_AGE_BAND:
          return band == null ? null : age(p, age, asOf);
        case ANY_OF_CIRCUMSTANCES:
          return circumstances(p, asOf);
        case PLAN_PRIORITY_GROUP:
          return plan.isPresent() ? groups(p, asOf) : null;
        case LIVES_IN:
          HomeArea area = p.homeArea();
          ConditionFinding found = byArea[area.ordinal()];
          if (found == null) {
            found = requirement.covers(area)
                ? ConditionFinding.areaIn(requirement, area, asOf)
                : ConditionFinding.areaOut(requirement, area, asOf);
            byArea[area.ordinal()] = found;
          }
          return found;
        default:
          throw new AssertionError(requirement.kind());
      }
    }

    /**
     * An age band: from the {@code min} birthday to the day before the {@code max + 1} birthday
     * (no upper end when the band is open, up to 150); an unknown date of birth is undecided,
     * never guessed. The age counts the birthdays reached, so comparing it with the band's ends
     * is comparing the date with those birthdays.
     */
    private ConditionFinding age(Participant p, int age, LocalDate asOf) {
      Optional<AnnualPlan> cited =
          requirement.kind() == Requirement.Kind.AGE_BAND ? Optional.empty() : plan;
      if (p.dateOfBirth().isEmpty()) {
        return fallback;
      }
      LocalDate dob = p.dateOfBirth().get();
      if (age < band.minAge()) {
        return ConditionFinding.ageUnder(requirement, band, cited, asOf,
            age < 0 ? OptionalInt.empty() : OptionalInt.of(age),
            band.firstDay(dob, parameters.leapDayBirthday()));
      }
      if (band.maxAge() < 150 && age > band.maxAge()) {
        return ConditionFinding.ageOver(requirement, band, cited, asOf, age,
            band.firstDayAfter(dob, parameters.leapDayBirthday()));
      }
      if (age >= within.length) {
        return ConditionFinding.ageWithin(requirement, band, cited, asOf, age);
      }
      ConditionFinding found = within[age];
      if (found == null) {
        found = ConditionFinding.ageWithin(requirement, band, cited, asOf, age);
        within[age] = found;
      }
      return found;
    }

    private ConditionFinding circumstances(Participant p, LocalDate asOf) {
      List<CircumstanceType> types = requirement.circumstances();
      int mask = 0;
      for (int i = 0; i < types.size(); i++) {
        if (p.hasCircumstanceOn(types.get(i), asOf)) {
          mask |= 1 << Math.min(i, 31);
        }
      }
      if (mask == 0) {
        return fallback;
      }
      ConditionFinding found = byMask == null ? null : byMask[mask];
      if (found == null) {
        List<CircumstanceType> held = new ArrayList<>(types.size());
        for (CircumstanceType type : types) {
          if (p.hasCircumstanceOn(type, asOf)) {
            held.add(type);
          }
        }
        found = ConditionFinding.circumstancesHeld(requirement, held, asOf);
        if (byMask != null) {
          byMask[mask] = found;
        }
      }
      return found;
    }

    private ConditionFinding groups(Participant p, LocalDate asOf) {
      List<PriorityGroup> groups = plan.get().priorityGroups();
      int mask = 0;
      for (int i = 0; i < groups.size(); i++) {
        if (groups.get(i).includes(p, asOf, parameters.leapDayBirthday())) {
          mask |= 1 << Math.min(i, 31);
        }
      }
      if (mask == 0) {
        return fallback;
      }
      ConditionFinding found = byMask == null ? null : byMask[mask];
      if (found == null) {
        List<String> names = new ArrayList<>(groups.size());
        for (PriorityGroup group : groups) {
          if (group.includes(p, asOf, parameters.leapDayBirthday())) {
            names.add(group.name());
          }
        }
        found = ConditionFinding.inPriorityGroups(requirement, plan.get(), names, asOf);
        if (byMask != null) {
          byMask[mask] = found;
        }
      }
      return found;
    }
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
          ConditionFinding conviction = conviction(requirement, record.participant(), asOf);
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

  // A circumstances row on its own, for the progression route: rarely asked, not cached.
  private static ConditionFinding conviction(Requirement requirement, Participant p,
      LocalDate asOf) {
    List<CircumstanceType> held = new ArrayList<>();
    for (CircumstanceType type : requirement.circumstances()) {
      if (p.hasCircumstanceOn(type, asOf)) {
        held.add(type);
      }
    }
    return held.isEmpty() ? ConditionFinding.circumstancesNone(requirement, asOf)
        : ConditionFinding.circumstancesHeld(requirement, held, asOf);
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
