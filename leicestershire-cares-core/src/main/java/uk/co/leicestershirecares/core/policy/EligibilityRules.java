package uk.co.leicestershirecares.core.policy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.eligibility.ConditionFinding.Placement;
import uk.co.leicestershirecares.core.eligibility.ConditionFinding;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.eligibility.Requirement;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.plan.AgeBand;
import uk.co.leicestershirecares.core.plan.AnnualPlan;
import uk.co.leicestershirecares.core.plan.AnnualPlans;
import uk.co.leicestershirecares.core.plan.PlanYear;
import uk.co.leicestershirecares.core.plan.PriorityGroup;
import uk.co.leicestershirecares.core.programme.Programme;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Explainer;
import uk.co.leicestershirecares.core.reason.Sources;
import uk.co.leicestershirecares.core.table.AnnualPlanTable;
import uk.co.leicestershirecares.core.table.EligibilityTable;

/**
 * Eligibility for each programme: every condition of the eligibility table in force on the day
 * is concluded on ({@link ConditionFinding}), and {@link Explainer} words the decision. WIRE's
 * second route (completed UP) and the annual plan in force are the only conditions not in a table.
 *
 * <p>The last day asked about is resolved once, and the findings that depend on no one in
 * particular (and decisions made of nothing else) are made once for it and shared between
 * assessments: they are immutable, and their reasons are written only when read.
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
  private volatile @Nullable Day day;

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
    // The date of birth and the age once per record, not once per age band (each call to
    // dateOfBirth() wraps it in a new Optional). The age is -1 before birth or without a date.
    LocalDate dob = record.participant().dateOfBirth().orElse(null);
    int age = -1;
    if (dob != null && !asOf.isBefore(dob)) {
      age = parameters.leapDayBirthday().ageOn(dob, asOf);
    }
    ImmutableList.Builder<EligibilityDecision> decisions =
        ImmutableList.builderWithExpectedSize(today.programmes.length);
    for (ProgrammeDay programme : today.programmes) {
      decisions.add(decide(programme, record, dob, age, asOf));
    }
    return decisions.build();
  }

  /**
   * One programme's decision. When every finding is one the day shares, the decision is too: it
   * is looked up by the findings' slots, and made and kept on a miss.
   */
  private EligibilityDecision decide(ProgrammeDay day, ParticipantRecord record,
      @Nullable LocalDate dob, int age, LocalDate asOf) {
    ProgrammeCode programme = day.code;
    boolean wire = programme.equals(ProgrammeCode.WIRE);
    if (wire) {
      Optional<List<ConditionFinding>> byCompletingUp =
          completedUpRoute(record, day.requirements, asOf);
      if (byCompletingUp.isPresent()) {
        List<ConditionFinding> findings = new ArrayList<>(4);
        day.addDayFindings(findings);
        findings.addAll(byCompletingUp.get());
        return Explainer.decision(programme, asOf, day.year, findings);
      }
    }
    Participant p = record.participant();
    boolean shared = day.cacheable;
    long key = 0;
    for (RowDay row : day.rows) {
      int slot = row.slot(p, dob, age, asOf);
      shared &= slot != RowDay.FRESH;
      key = key * row.slots + Math.max(slot, 0);
    }
    // WIRE shows the progression route when another condition fails: shared only without one.
    shared &= !wire || (record.latestCompletion(ProgrammeCode.UP, asOf).isEmpty()
        && record.earliestEnrolment(ProgrammeCode.UP, asOf).isEmpty());
    if (shared) {
      EligibilityDecision known = day.known(key);
      if (known != null) {
        return known;
      }
    }
    List<ConditionFinding> findings = new ArrayList<>(day.rows.length + 2);
    day.addDayFindings(findings);
    boolean notMet = false;
    for (int i = 0; i < findings.size(); i++) {
      notMet |= findings.get(i).verdict() != ConditionFinding.Verdict.MET;
    }
    for (RowDay row : day.rows) {
      int slot = row.slot(p, dob, age, asOf);
      if (slot != RowDay.NOTHING) {
        ConditionFinding finding =
            slot == RowDay.FRESH ? row.fresh(p, dob, age, asOf) : row.shared(slot, asOf);
        findings.add(finding);
        notMet |= finding.verdict() != ConditionFinding.Verdict.MET;
      }
    }
    if (wire && notMet) {
      alternativeRoute(record, asOf).ifPresent(findings::add);
    }
    if (findings.isEmpty()) {
      findings.add(day.noRules);
    }
    EligibilityDecision decision = Explainer.decision(programme, asOf, day.year, findings);
    if (shared) {
      day.keep(key, decision);
    }
    return decision;
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

  /** A decision kept, with the slots of its findings. Immutable. */
  private record Known(long key, EligibilityDecision decision) {}

  /** One programme on one day. */
  private final class ProgrammeDay {
    /** Decisions kept per programme per day: a direct-mapped cache. */
    private static final int KEPT = 256;

    final ProgrammeCode code;
    final @Nullable ConditionFinding notRunning;
    final ImmutableList<Requirement> requirements;
    final PlanYear year;
    final @Nullable ConditionFinding planFinding;
    final RowDay[] rows;
    final ConditionFinding noRules;
    /** Whether the rows' slots number every combination in a long. */
    final boolean cacheable;
    // Made on the first decision kept, racily: a lost write only loses kept decisions.
    private Known @Nullable [] kept;

    ProgrammeDay(Programme running, PlanYear planYear, LocalDate asOf) {
      this.code = running.code();
      this.notRunning = running.runsOn(asOf) ? null
          : ConditionFinding.notRunning(running, Sources.PROGRAMME_RUNS, asOf);
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
              programmePlans.firstEffectiveDate().orElse(null), asOf);
        }
      }
      this.year = year;
      this.planFinding = planFinding;
      this.rows = new RowDay[requirements.size()];
      long combinations = 1;
      for (int i = 0; i < rows.length; i++) {
        rows[i] = new RowDay(requirements.get(i), plan.orElse(null), asOf);
        combinations = combinations > (1L << 40) ? combinations : combinations * rows[i].slots;
      }
      this.cacheable = combinations <= (1L << 40);
      this.noRules = ConditionFinding.noRules(code, Sources.PROGRAMME_WITHOUT_RULES, asOf);
    }

    /** The findings of the day itself, first in every decision: not running, the plan. */
    void addDayFindings(List<ConditionFinding> findings) {
      if (notRunning != null) {
        findings.add(notRunning);
      }
      if (planFinding != null) {
        findings.add(planFinding);
      }
    }

    @Nullable EligibilityDecision known(long key) {
      Known[] all = kept;
      if (all == null) {
        return null;
      }
      Known known = all[index(key)];
      return known != null && known.key() == key ? known.decision() : null;
    }

    void keep(long key, EligibilityDecision decision) {
      Known[] all = kept;
      if (all == null) {
        all = new Known[KEPT];
        kept = all;
      }
      all[index(key)] = new Known(key, decision);
    }

    private int index(long key) {
      long mixed = key * 0x9E3779B97F4A7C15L;
      return (int) (mixed >>> 56) & (KEPT - 1);
    }
  }

  /**
   * One row of the table on one day, with the findings it can give that depend on no one in
   * particular, each numbered by a slot and made the first time it is given. The caches are
   * filled racily: a finding is immutable (its fields final), and two made for the same slot are
   * interchangeable.
   */
  private final class RowDay {
    /** The row says nothing: it takes the annual plan's band or groups, and none is in force. */
    static final int NOTHING = -2;
    /** The finding depends on the person: made afresh. */
    static final int FRESH = -1;

    final Requirement requirement;
    final Optional<AnnualPlan> plan;
    /** The plan a finding cites: the plan in force for a row that takes its band or groups. */
    final @Nullable AnnualPlan cited;
    /** The band asked for; null where a row takes the plan's band and no plan is in force. */
    final @Nullable AgeBand band;
    /** The number of slots: shared findings are numbered 0 to {@code slots - 1}. */
    final int slots;
    /** The shared findings, by slot. */
    final ConditionFinding[] shared;

    RowDay(Requirement requirement, @Nullable AnnualPlan plan, LocalDate asOf) {
      this.requirement = requirement;
      this.plan = Optional.ofNullable(plan);
      this.cited = requirement.kind() == Requirement.Kind.AGE_BAND ? null : plan;
      AgeBand band = null;
      int slots = 1;
      switch (requirement.kind()) {
        case AGE_BAND, PLAN_AGE_BAND -> {
          band = requirement.kind() == Requirement.Kind.AGE_BAND
              ? requirement.ageBand().orElseThrow()
              : plan == null ? null : plan.ageBand();
          // Slot 0: no date of birth; slot 1 + age: within the band at that age.
          slots = band == null ? 1 : Math.min(band.maxAge(), 150) + 2;
        }
        case ANY_OF_CIRCUMSTANCES -> {
          // Slot 0: none held; otherwise the mask of those held, in the row's order.
          int types = requirement.circumstances().size();
          slots = types <= MASK_BITS ? 1 << types : 1;
        }
        case PLAN_PRIORITY_GROUP -> {
          // Slot 0: in no group; otherwise the mask of the groups, in the plan's order.
          int groups = plan == null ? 0 : plan.priorityGroups().size();
          slots = plan != null && groups <= MASK_BITS ? 1 << groups : 1;
        }
        case LIVES_IN -> slots = HomeArea.values().length;
        default -> throw new AssertionError(requirement.kind());
      }
      this.band = band;
      this.slots = slots;
      this.shared = new ConditionFinding[slots];
    }

    /**
     * The slot of {@code p}'s finding (born {@code dob}, null when unknown; {@code age} -1 when
     * unknown or before birth), {@link #FRESH} when it is theirs alone, or {@link #NOTHING}.
     */
    int slot(Participant p, @Nullable LocalDate dob, int age, LocalDate asOf) {
      return switch (requirement.kind()) {
        case AGE_BAND, PLAN_AGE_BAND -> {
          if (band == null) {
            yield NOTHING;
          }
          if (dob == null) {
            yield 0;
          }
          // The age counts the birthdays reached: comparing it with the band's ends compares
          // the date with those birthdays.
          boolean within = age >= band.minAge() && (band.maxAge() >= 150 || age <= band.maxAge());
          yield within && age + 1 < slots ? age + 1 : FRESH;
        }
        case ANY_OF_CIRCUMSTANCES -> {
          List<CircumstanceType> types = requirement.circumstances();
          int held = 0;
          for (int i = 0; i < types.size(); i++) {
            if (p.hasCircumstanceOn(types.get(i), asOf)) {
              held |= 1 << Math.min(i, 31);
            }
          }
          yield held == 0 ? 0 : held < slots ? held : FRESH;
        }
        case PLAN_PRIORITY_GROUP -> {
          if (plan.isEmpty()) {
            yield NOTHING;
          }
          if (p.circumstances().isEmpty()) {
            // A group holds people by their circumstances: without one, no need to ask each.
            yield 0;
          }
          List<PriorityGroup> groups = plan.get().priorityGroups();
          int in = 0;
          for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).includes(p, asOf, parameters.leapDayBirthday())) {
              in |= 1 << Math.min(i, 31);
            }
          }
          yield in == 0 ? 0 : in < slots ? in : FRESH;
        }
        case LIVES_IN -> p.homeArea().ordinal();
        default -> throw new AssertionError(requirement.kind());
      };
    }

    /** The shared finding in {@code slot}, made the first time. */
    ConditionFinding shared(int slot, LocalDate asOf) {
      ConditionFinding found = shared[slot];
      if (found == null) {
        found = make(slot, asOf);
        shared[slot] = found;
      }
      return found;
    }

    private ConditionFinding make(int slot, LocalDate asOf) {
      return switch (requirement.kind()) {
        case AGE_BAND, PLAN_AGE_BAND -> {
          // slot() numbers age slots only where the row has a band.
          AgeBand band = Objects.requireNonNull(this.band);
          yield slot == 0 ? ConditionFinding.ageUnknown(requirement, band, cited, asOf)
              : ConditionFinding.ageWithin(requirement, band, cited, asOf, slot - 1);
        }
        case ANY_OF_CIRCUMSTANCES -> {
          if (slot == 0) {
            yield ConditionFinding.circumstancesNone(requirement, asOf);
          }
          List<CircumstanceType> held = new ArrayList<>();
          for (int i = 0; i < requirement.circumstances().size(); i++) {
            if ((slot & (1 << i)) != 0) {
              held.add(requirement.circumstances().get(i));
            }
          }
          yield ConditionFinding.circumstancesHeld(requirement, held, asOf);
        }
        case PLAN_PRIORITY_GROUP -> {
          if (slot == 0) {
            yield ConditionFinding.inNoPriorityGroup(requirement, plan.get(), asOf);
          }
          List<String> names = new ArrayList<>();
          List<PriorityGroup> groups = plan.get().priorityGroups();
          for (int i = 0; i < groups.size(); i++) {
            if ((slot & (1 << i)) != 0) {
              names.add(groups.get(i).name());
            }
          }
          yield ConditionFinding.inPriorityGroups(requirement, plan.get(), names, asOf);
        }
        case LIVES_IN -> {
          HomeArea area = HomeArea.values()[slot];
          yield requirement.covers(area) ? ConditionFinding.areaIn(requirement, area, asOf)
              : ConditionFinding.areaOut(requirement, area, asOf);
        }
        default -> throw new AssertionError(requirement.kind());
      };
    }

    /**
     * A finding for {@code p} alone: an age outside the band (it names the birthday), or
     * circumstances or groups too many to number. An age band runs from the {@code min}
     * birthday to the day before the {@code max + 1} birthday (no upper end when the band is
     * open, up to 150).
     */
    ConditionFinding fresh(Participant p, @Nullable LocalDate dob, int age, LocalDate asOf) {
      return switch (requirement.kind()) {
        case AGE_BAND, PLAN_AGE_BAND -> {
          // slot() answers FRESH for an age only with a band and a date of birth.
          AgeBand band = Objects.requireNonNull(this.band);
          LocalDate born = Objects.requireNonNull(dob);
          if (age < band.minAge()) {
            yield ConditionFinding.ageUnder(requirement, band, cited, asOf,
                age < 0 ? OptionalInt.empty() : OptionalInt.of(age),
                band.firstDay(born, parameters.leapDayBirthday()));
          }
          if (band.maxAge() < 150 && age > band.maxAge()) {
            yield ConditionFinding.ageOver(requirement, band, cited, asOf, age,
                band.firstDayAfter(born, parameters.leapDayBirthday()));
          }
          yield ConditionFinding.ageWithin(requirement, band, cited, asOf, age);
        }
        case ANY_OF_CIRCUMSTANCES -> conviction(requirement, p, asOf);
        case PLAN_PRIORITY_GROUP -> {
          List<String> names = new ArrayList<>();
          for (PriorityGroup group : plan.get().priorityGroups()) {
            if (group.includes(p, asOf, parameters.leapDayBirthday())) {
              names.add(group.name());
            }
          }
          yield names.isEmpty() ? ConditionFinding.inNoPriorityGroup(requirement, plan.get(), asOf)
              : ConditionFinding.inPriorityGroups(requirement, plan.get(), names, asOf);
        }
        default -> throw new AssertionError(requirement.kind());
      };
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

  // A circumstances row for one person: the progression route's conviction, or a row with more
  // circumstances than are numbered. Not shared.
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
