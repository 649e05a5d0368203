package uk.co.leicestershirecares.rules.internal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.eligibility.ConditionFinding;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.plan.PlanYear;
import uk.co.leicestershirecares.core.programme.Programme;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Explainer;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.core.stage.EmploymentPathway;
import uk.co.leicestershirecares.core.stage.Stage;
import uk.co.leicestershirecares.core.stage.StageFinding;
import uk.co.leicestershirecares.rules.RulesIncompleteException;
import uk.co.leicestershirecares.rules.facts.Classified;
import uk.co.leicestershirecares.rules.facts.DecisionYear;
import uk.co.leicestershirecares.rules.facts.Sustainment;

/**
 * Turns the findings the rules inserted into an {@link Assessment}, through core's {@code
 * Explainer} (the same wording, order and combination of conditions as the reference policy). It
 * decides nothing the rules did not say.
 *
 * <p>Plain loops and stable sorts rather than streams: this runs once per record in batch
 * assessment, and stream set-up showed in profiles. Sorting is stable, so findings with the same
 * order keep the order the rules inserted them in.
 */
public final class Assembler {

  private Assembler() {}

  /** Builds the assessment of {@code record} on {@code asOf} from {@code findings}. */
  public static Assessment assessment(ParticipantRecord record, LocalDate asOf,
      ProgrammeCatalogue catalogue, Findings findings) {
    List<StageFinding> stageFindings = findings.of(StageFinding.class);
    List<Stage> stageValues = new ArrayList<>(2);
    List<EmploymentPathway> pathwayValues = new ArrayList<>(2);
    for (StageFinding finding : stageFindings) {
      finding.stage().ifPresent(s -> addDistinct(stageValues, s));
      finding.pathway().ifPresent(p -> addDistinct(pathwayValues, p));
    }
    Stage stage = single(stageValues, "stage");
    EmploymentPathway pathway = single(pathwayValues, "employment pathway");
    Assessment.Builder assessment = Assessment.builder()
        .participant(record.id())
        .asOf(asOf)
        .planYear(PlanYear.containing(asOf))
        .stage(stage)
        .stageReasons(Explainer.stageReasons(record, stageFindings))
        .employmentPathway(pathway)
        .employmentPathwayReasons(Explainer.pathwayReasons(record, stageFindings));
    List<ConditionFinding> conditions = findings.of(ConditionFinding.class);
    List<DecisionYear> years = findings.of(DecisionYear.class);
    for (Programme programme : catalogue.programmes()) {
      assessment.addEligibility(decision(programme.code(), asOf, conditions, years));
    }
    if (!record.outcomes().isEmpty()) {
      List<Classified> classified = findings.of(Classified.class);
      List<Sustainment> sustainment = findings.of(Sustainment.class);
      for (OutcomeEvent event : record.outcomes()) {
        assessment.addOutcome(classification(event, classified, sustainment));
      }
    }
    return assessment.build();
  }

  /** Builds the classification of {@code event} from {@code findings}. */
  public static OutcomeClassification classification(OutcomeEvent event, Findings findings) {
    return classification(event, findings.of(Classified.class), findings.of(Sustainment.class));
  }

  private static OutcomeClassification classification(OutcomeEvent event,
      List<Classified> allClassified, List<Sustainment> allSustainment) {
    List<Classified> matching = new ArrayList<>(1);
    for (Classified c : allClassified) {
      if (c.event().id().equals(event.id())) {
        matching.add(c);
      }
    }
    Classified classified = single(matching, "classification of outcome " + event.id());
    boolean sustained13 = false;
    boolean sustained26 = false;
    List<Reason> sustainmentReasons = new ArrayList<>(1);
    for (Sustainment s : allSustainment) {
      if (s.outcome().equals(event.id())) {
        sustained13 |= s.weeks() == 13;
        sustained26 |= s.weeks() == 26;
        Reason measured = s.reason();
        if (measured != null) {
          sustainmentReasons.add(measured);
        }
      }
    }
    return OutcomeClassification.builder()
        .outcome(event.id())
        .category(classified.category())
        .ete(classified.ete())
        .hard(classified.hard())
        .stage(Optional.ofNullable(classified.stage()))
        .sustained13Weeks(sustained13)
        .sustained26Weeks(sustained26)
        .addReasons(classified.reason())
        .addAllReasons(sustainmentReasons)
        .build();
  }

  private static EligibilityDecision decision(ProgrammeCode programme, LocalDate asOf,
      List<ConditionFinding> all, List<DecisionYear> years) {
    boolean decided = false;
    for (ConditionFinding c : all) {
      if (c.programme().equals(programme)) {
        decided = true;
        break;
      }
    }
    if (!decided) {
      throw new RulesIncompleteException("no rule decided programme " + programme);
    }
    PlanYear year = null;
    for (DecisionYear y : years) {
      if (y.programme().equals(programme)) {
        year = y.planYear();
        break;
      }
    }
    return Explainer.decision(programme, asOf,
        year != null ? year : PlanYear.containing(asOf), all);
  }

  /** Adds {@code value} unless it is there already: a list of distinct values in first order. */
  private static <T> void addDistinct(List<T> values, T value) {
    if (!values.contains(value)) {
      values.add(value);
    }
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
