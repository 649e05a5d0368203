package uk.co.leicestershirecares.core.assessment;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.co.leicestershirecares.core.engagement.Attendance;
import uk.co.leicestershirecares.core.engagement.MentoringMatch;
import uk.co.leicestershirecares.core.engagement.SessionKind;
import uk.co.leicestershirecares.core.engagement.WorkPlacement;
import uk.co.leicestershirecares.core.internal.PolicyTexts;
import uk.co.leicestershirecares.core.outcome.OutcomeCategory;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.core.reason.Sources;
import uk.co.leicestershirecares.core.stage.EmploymentPathway;
import uk.co.leicestershirecares.core.stage.Stage;

/**
 * The Power to Change stage and the employment pathway.
 *
 * <ol>
 *   <li>{@code STAGE.crisis}: a crisis circumstance is active, so the stage is {@code WITHIN} and
 *       ({@code PATHWAY.on-hold}) the employment pathway is on hold.
 *   <li>{@code STAGE.power-to}: otherwise, recent power-to evidence (a work placement, a mentoring
 *       match, or an outcome that evidences power to: a job, volunteering, education, a completed
 *       training, campaigning) gives {@code TO}.
 *   <li>{@code STAGE.power-with}: otherwise, recent group sessions give {@code WITH}.
 *   <li>{@code STAGE.starting-out}: otherwise {@code WITHIN}, identifying the issues.
 * </ol>
 */
final class StageRules {
  static final String CRISIS = "STAGE.crisis";
  static final String POWER_TO = "STAGE.power-to";
  static final String POWER_WITH = "STAGE.power-with";
  static final String STARTING_OUT = "STAGE.starting-out";
  static final String PATHWAY_ON_HOLD = "PATHWAY.on-hold";
  static final String PATHWAY_OPEN = "PATHWAY.open";

  private final PolicyParameters parameters;

  StageRules(PolicyParameters parameters) {
    this.parameters = parameters;
  }

  /** The stage and pathway with their reasons. */
  static final class Finding {
    final Stage stage;
    final ImmutableList<Reason> stageReasons;
    final EmploymentPathway pathway;
    final ImmutableList<Reason> pathwayReasons;

    Finding(Stage stage, ImmutableList<Reason> stageReasons, EmploymentPathway pathway,
        ImmutableList<Reason> pathwayReasons) {
      this.stage = stage;
      this.stageReasons = stageReasons;
      this.pathway = pathway;
      this.pathwayReasons = pathwayReasons;
    }
  }

  /**
   * The last day an outcome event holds as evidence: jobs, volunteering and education hold until
   * their end (empty while ongoing); every other outcome is a one-day event unless it has an end.
   */
  static Optional<LocalDate> lastDayHeld(OutcomeEvent event) {
    switch (OutcomeRules.category(event.type())) {
      case EMPLOYMENT:
      case VOLUNTEERING:
      case EDUCATION:
        return event.end();
      default:
        return Optional.of(event.end().orElse(event.date()));
    }
  }

  /**
   * The stage alone: the same answer as {@code evaluate(record, asOf).stage}, without building
   * reasons. Stage histories and reports ask for the stage on dozens of days per young person,
   * and the reasons' texts were most of that cost.
   */
  Stage stage(ParticipantRecord record, LocalDate asOf) {
    // Indexed loops: a list iterator per fact list per day was most of a report's allocation.
    List<Circumstance> circumstances = record.participant().circumstances();
    for (int i = 0; i < circumstances.size(); i++) {
      Circumstance c = circumstances.get(i);
      if (parameters.crisisCircumstances().contains(c.type()) && c.isActiveOn(asOf)) {
        return Stage.WITHIN;
      }
    }
    LocalDate windowStart = asOf.minus(parameters.recentWindow());
    List<WorkPlacement> placements = record.placements();
    for (int i = 0; i < placements.size(); i++) {
      WorkPlacement p = placements.get(i);
      if (recent(p.from(), p.to(), asOf, windowStart)) {
        return Stage.TO;
      }
    }
    List<MentoringMatch> matches = record.mentoringMatches();
    for (int i = 0; i < matches.size(); i++) {
      MentoringMatch m = matches.get(i);
      if (recent(m.from(), m.to(), asOf, windowStart)) {
        return Stage.TO;
      }
    }
    List<OutcomeEvent> outcomes = record.outcomes();
    for (int i = 0; i < outcomes.size(); i++) {
      OutcomeEvent o = outcomes.get(i);
      if (OutcomeRules.isPowerTo(o.type())
          && recent(o.date(), lastDayHeld(o), asOf, windowStart)) {
        return Stage.TO;
      }
    }
    List<Attendance> attendances = record.attendances();
    for (int i = 0; i < attendances.size(); i++) {
      Attendance a = attendances.get(i);
      if (a.kind() == SessionKind.GROUP && recent(a.date(), asOf, windowStart)) {
        return Stage.WITH;
      }
    }
    return Stage.WITHIN;
  }

  Finding evaluate(ParticipantRecord record, LocalDate asOf) {
    List<Circumstance> crises =
        record.participant().circumstances().stream()
            .filter(c -> parameters.crisisCircumstances().contains(c.type()) && c.isActiveOn(asOf))
            .sorted((a, b) -> a.type().compareTo(b.type()))
            .collect(Collectors.toList());
    if (!crises.isEmpty()) {
      ImmutableList.Builder<Reason> stageReasons = ImmutableList.builder();
      ImmutableList.Builder<Reason> pathwayReasons = ImmutableList.builder();
      for (Circumstance crisis : crises) {
        stageReasons.add(Reason.of(CRISIS,
            PolicyTexts.crisis(crisis.type(), crisis.from()), Sources.CHAOS_FIRST));
        pathwayReasons.add(Reason.of(PATHWAY_ON_HOLD,
            PolicyTexts.employmentOnHold(crisis.type()), Sources.EMPLOYMENT_ON_HOLD));
      }
      return new Finding(Stage.WITHIN, stageReasons.build(), EmploymentPathway.ON_HOLD,
          pathwayReasons.build());
    }

    ImmutableList<Reason> open = ImmutableList.of(Reason.of(PATHWAY_OPEN,
        PolicyTexts.employmentOpen(asOf), Sources.CHAOS_FIRST));
    LocalDate windowStart = asOf.minus(parameters.recentWindow());
    String window = PolicyTexts.window(parameters.recentWindow(), asOf);

    ImmutableList<Reason> powerTo = powerToEvidence(record, asOf, windowStart, window);
    if (!powerTo.isEmpty()) {
      return new Finding(Stage.TO, powerTo, EmploymentPathway.OPEN, open);
    }

    List<Attendance> groups =
        record.attendances().stream()
            .filter(a -> a.kind() == SessionKind.GROUP
                && recent(a.date(), Optional.of(a.date()), asOf, windowStart))
            .collect(Collectors.toList());
    if (!groups.isEmpty()) {
      return new Finding(Stage.WITH,
          ImmutableList.of(Reason.of(POWER_WITH,
              PolicyTexts.powerWith(
                  groups.stream().map(Attendance::date).collect(Collectors.toList()), window),
              Sources.POWER_WITH)),
          EmploymentPathway.OPEN, open);
    }

    return new Finding(Stage.WITHIN,
        ImmutableList.of(Reason.of(STARTING_OUT, PolicyTexts.startingOut(window),
            Sources.STARTING_OUT)),
        EmploymentPathway.OPEN, open);
  }

  private static ImmutableList<Reason> powerToEvidence(
      ParticipantRecord record, LocalDate asOf, LocalDate windowStart, String window) {
    ImmutableList.Builder<Reason> reasons = ImmutableList.builder();
    for (WorkPlacement p : record.placements()) {
      if (recent(p.from(), p.to(), asOf, windowStart)) {
        reasons.add(Reason.of(POWER_TO, PolicyTexts.placementEvidence(p, window),
            Sources.POWER_TO));
      }
    }
    for (MentoringMatch m : record.mentoringMatches()) {
      if (recent(m.from(), m.to(), asOf, windowStart)) {
        reasons.add(Reason.of(POWER_TO, PolicyTexts.mentoringEvidence(m, window),
            Sources.POWER_TO));
      }
    }
    for (OutcomeEvent o : record.outcomes()) {
      if (OutcomeRules.isPowerTo(o.type())
          && recent(o.date(), lastDayHeld(o), asOf, windowStart)) {
        OutcomeCategory category = OutcomeRules.category(o.type());
        reasons.add(Reason.of(POWER_TO, PolicyTexts.outcomeEvidence(o, category, window),
            category == OutcomeCategory.CAMPAIGNING ? Sources.CAMPAIGNING : Sources.POWER_TO));
      }
    }
    return reasons.build();
  }

  /** Evidence from {@code start} to {@code end} (empty: ongoing) is recent on {@code asOf}. */
  private static boolean recent(
      LocalDate start, Optional<LocalDate> end, LocalDate asOf, LocalDate windowStart) {
    // No lambda: reports call this for every fact on every change day of every young person.
    return !start.isAfter(asOf) && (end.isEmpty() || !end.get().isBefore(windowStart));
  }

  /** A one-day event is recent when it lies in the window. */
  private static boolean recent(LocalDate day, LocalDate asOf, LocalDate windowStart) {
    return !day.isAfter(asOf) && !day.isBefore(windowStart);
  }

}
