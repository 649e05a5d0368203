package uk.co.leicestershirecares.rules.internal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.PlanYear;
import uk.co.leicestershirecares.core.programme.Programme;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.stage.EmploymentPathway;
import uk.co.leicestershirecares.core.stage.Stage;
import uk.co.leicestershirecares.rules.RulesIncompleteException;
import uk.co.leicestershirecares.rules.facts.Classified;
import uk.co.leicestershirecares.rules.facts.ConditionFinding;
import uk.co.leicestershirecares.rules.facts.DecisionYear;
import uk.co.leicestershirecares.rules.facts.PathwayFinding;
import uk.co.leicestershirecares.rules.facts.StageFinding;
import uk.co.leicestershirecares.rules.facts.Sustainment;
import uk.co.leicestershirecares.rules.facts.Verdict;

/**
 * Turns the findings the rules inserted into an {@link Assessment}: sorts reasons by the order the
 * rules gave them and combines each programme's conditions (any failure fails; otherwise anything
 * undecided needs information). It decides nothing the rules did not say.
 */
public final class Assembler {
  private Assembler() {}

  /** Builds the assessment of {@code record} on {@code asOf} from {@code findings}. */
  public static Assessment assessment(ParticipantRecord record, LocalDate asOf,
      ProgrammeCatalogue catalogue, Findings findings) {
    List<StageFinding> stages = findings.of(StageFinding.class).stream()
        .sorted(Comparator.comparingInt(StageFinding::getOrder)).collect(Collectors.toList());
    List<PathwayFinding> pathways = findings.of(PathwayFinding.class).stream()
        .sorted(Comparator.comparingInt(PathwayFinding::getOrder)).collect(Collectors.toList());
    Stage stage = single(stages.stream().map(StageFinding::getStage).distinct()
        .collect(Collectors.toList()), "stage");
    EmploymentPathway pathway = single(pathways.stream().map(PathwayFinding::getPathway)
        .distinct().collect(Collectors.toList()), "employment pathway");
    Assessment.Builder assessment = Assessment.builder()
        .participant(record.id())
        .asOf(asOf)
        .planYear(PlanYear.containing(asOf))
        .stage(stage)
        .stageReasons(stages.stream().map(StageFinding::getReason).collect(Collectors.toList()))
        .employmentPathway(pathway)
        .employmentPathwayReasons(
            pathways.stream().map(PathwayFinding::getReason).collect(Collectors.toList()));
    List<ConditionFinding> conditions = findings.of(ConditionFinding.class);
    List<DecisionYear> years = findings.of(DecisionYear.class);
    for (Programme programme : catalogue.programmes()) {
      assessment.addEligibility(decision(programme.code(), asOf, conditions, years));
    }
    for (OutcomeEvent event : record.outcomes()) {
      assessment.addOutcome(classification(event, findings));
    }
    return assessment.build();
  }

  /** Builds the classification of {@code event} from {@code findings}. */
  public static OutcomeClassification classification(OutcomeEvent event, Findings findings) {
    Classified classified = single(findings.of(Classified.class).stream()
        .filter(c -> c.getEvent().id().equals(event.id())).collect(Collectors.toList()),
        "classification of outcome " + event.id());
    List<Sustainment> sustainment = findings.of(Sustainment.class).stream()
        .filter(s -> s.getOutcome().equals(event.id())).collect(Collectors.toList());
    return OutcomeClassification.builder()
        .outcome(event.id())
        .category(classified.getCategory())
        .ete(classified.isEte())
        .hard(classified.isHard())
        .stage(classified.getStage())
        .sustained13Weeks(sustainment.stream().anyMatch(s -> s.getWeeks() == 13))
        .sustained26Weeks(sustainment.stream().anyMatch(s -> s.getWeeks() == 26))
        .addReasons(classified.getReason())
        .addAllReasons(sustainment.stream().filter(s -> s.getReason() != null)
            .map(Sustainment::getReason).collect(Collectors.toList()))
        .build();
  }

  private static EligibilityDecision decision(ProgrammeCode programme, LocalDate asOf,
      List<ConditionFinding> all, List<DecisionYear> years) {
    List<ConditionFinding> conditions = all.stream()
        .filter(c -> c.getProgramme().equals(programme))
        .sorted(Comparator.comparingInt(ConditionFinding::getPosition))
        .collect(Collectors.toList());
    if (conditions.isEmpty()) {
      throw new RulesIncompleteException("no rule decided programme " + programme);
    }
    EligibilityOutcome outcome =
        conditions.stream().anyMatch(c -> c.getVerdict() == Verdict.FAILED)
            ? EligibilityOutcome.NOT_ELIGIBLE
            : conditions.stream().anyMatch(c -> c.getVerdict() == Verdict.UNKNOWN)
                ? EligibilityOutcome.NEEDS_INFORMATION
                : EligibilityOutcome.ELIGIBLE;
    PlanYear year = years.stream().filter(y -> y.getProgramme().equals(programme))
        .map(DecisionYear::getPlanYear).findFirst().orElse(PlanYear.containing(asOf));
    return EligibilityDecision.builder()
        .programme(programme)
        .asOf(asOf)
        .planYear(year)
        .outcome(outcome)
        .reasons(conditions.stream().map(ConditionFinding::getReason)
            .collect(ImmutableList.toImmutableList()))
        .missing(conditions.stream().flatMap(c -> c.getMissing().stream())
            .collect(ImmutableList.toImmutableList()))
        .build();
  }

  private static <T> T single(List<T> values, String what) {
    if (values.size() != 1) {
      throw new RulesIncompleteException(values.isEmpty()
          ? "no rule decided the " + what
          : "the rules gave " + values.size() + " different answers for the " + what);
    }
    return values.get(0);
  }
}
