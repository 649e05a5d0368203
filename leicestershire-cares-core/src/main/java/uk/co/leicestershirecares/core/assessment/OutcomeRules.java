package uk.co.leicestershirecares.core.assessment;

import java.time.LocalDate;
import java.util.Optional;
import uk.co.leicestershirecares.core.internal.PolicyTexts;
import uk.co.leicestershirecares.core.outcome.OutcomeCategory;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.outcome.OutcomeType;
import uk.co.leicestershirecares.core.reason.Reason;
import uk.co.leicestershirecares.core.reason.Source;
import uk.co.leicestershirecares.core.reason.Sources;
import uk.co.leicestershirecares.core.stage.Stage;

/**
 * Classifies outcome events. Each event is classified on its own, so the answer cannot depend on
 * the order of events or on any other event.
 */
final class OutcomeRules {
  static final String SUSTAINED_RULE = "OUTCOME.sustained";

  private OutcomeRules() {}

  static OutcomeCategory category(OutcomeType type) {
    switch (type) {
      case EMPLOYMENT: return OutcomeCategory.EMPLOYMENT;
      case VOLUNTEERING: return OutcomeCategory.VOLUNTEERING;
      case EDUCATION_ENTERED:
      case EDUCATION_RETAINED: return OutcomeCategory.EDUCATION;
      case TRAINING_COMPLETED: return OutcomeCategory.TRAINING;
      case JOB_SEARCH_SUPPORT: return OutcomeCategory.JOB_SEARCH_SUPPORT;
      case HOUSING_SECURED: return OutcomeCategory.HOUSING_SECURED;
      case HOUSING_APPLICATION: return OutcomeCategory.HOUSING_APPLICATION;
      case WELLBEING: return OutcomeCategory.WELLBEING;
      case PROGRESSION: return OutcomeCategory.PROGRESSION;
      case CAMPAIGNING: return OutcomeCategory.CAMPAIGNING;
      case ADDITIONAL: return OutcomeCategory.ADDITIONAL;
    }
    throw new AssertionError(type);
  }

  /** Education, training or employment; volunteering counts, as in seed 001. */
  static boolean isEte(OutcomeCategory category) {
    switch (category) {
      case EMPLOYMENT:
      case VOLUNTEERING:
      case EDUCATION:
      case TRAINING:
        return true;
      default:
        return false;
    }
  }

  /** Evidenced changes of status (see docs/policy-decisions.md, "Hard and soft outcomes"). */
  static boolean isHard(OutcomeCategory category) {
    switch (category) {
      case EMPLOYMENT:
      case VOLUNTEERING:
      case EDUCATION:
      case TRAINING:
      case HOUSING_SECURED:
      case PROGRESSION:
        return true;
      default:
        return false;
    }
  }

  /**
   * The stage an outcome evidences: acting on the world is power to; housing and wellbeing are
   * the chaos being dealt with (power within). Support received (job searching), a move between
   * programmes and unspecified additional outcomes evidence no stage.
   */
  static Optional<Stage> stage(OutcomeCategory category) {
    if (isPowerTo(category)) {
      return Optional.of(Stage.TO);
    }
    switch (category) {
      case HOUSING_SECURED:
      case HOUSING_APPLICATION:
      case WELLBEING:
        return Optional.of(Stage.WITHIN);
      default:
        return Optional.empty();
    }
  }

  /** Whether an outcome of {@code category} is power-to evidence (the one place that says so). */
  static boolean isPowerTo(OutcomeCategory category) {
    switch (category) {
      case EMPLOYMENT:
      case VOLUNTEERING:
      case EDUCATION:
      case TRAINING:
      case CAMPAIGNING:
        return true;
      default:
        return false;
    }
  }

  /** Whether sustainment is measured: jobs and places in education. */
  static boolean isHeld(OutcomeCategory category) {
    return category == OutcomeCategory.EMPLOYMENT || category == OutcomeCategory.EDUCATION;
  }

  static Source source(OutcomeCategory category) {
    switch (category) {
      case EMPLOYMENT: return Sources.EMPLOYED;
      case VOLUNTEERING: return Sources.ETE_INCLUDING_VOLUNTEERING;
      case EDUCATION: return Sources.EDUCATION;
      case TRAINING: return Sources.TRAININGS;
      case JOB_SEARCH_SUPPORT: return Sources.JOB_SEARCH;
      case HOUSING_SECURED:
      case HOUSING_APPLICATION: return Sources.HOUSING;
      case WELLBEING: return Sources.WELLBEING;
      case PROGRESSION: return Sources.PROGRESSION;
      case CAMPAIGNING: return Sources.CAMPAIGNING;
      case ADDITIONAL: return Sources.ADDITIONAL;
    }
    throw new AssertionError(category);
  }

  static String ruleId(OutcomeCategory category) {
    return PolicyTexts.outcomeRuleId(category);
  }

  /**
   * Whether a job or a place in education that began on {@code start} was still held {@code
   * weeks} weeks later, as of {@code asOf}: the checkpoint has been reached and the event had not
   * ended before it.
   */
  static boolean sustained(OutcomeEvent event, int weeks, LocalDate asOf) {
    return PolicyTexts.sustained(event, weeks, asOf);
  }

  static OutcomeClassification classify(OutcomeEvent event, LocalDate asOf) {
    OutcomeCategory category = category(event.type());
    boolean ete = isEte(category);
    boolean hard = isHard(category);
    Optional<Stage> stage = stage(category);
    boolean held = isHeld(category);
    boolean sustained13 = held && sustained(event, 13, asOf);
    boolean sustained26 = held && sustained(event, 26, asOf);

    OutcomeClassification.Builder classification =
        OutcomeClassification.builder()
            .outcome(event.id())
            .category(category)
            .ete(ete)
            .hard(hard)
            .stage(stage)
            .sustained13Weeks(sustained13)
            .sustained26Weeks(sustained26)
            .addReasons(
                Reason.of(ruleId(category),
                    PolicyTexts.classification(event, category, ete, hard, stage),
                    source(category)));
    if (held) {
      classification.addReasons(
          Reason.of(SUSTAINED_RULE, PolicyTexts.sustainedText(event, asOf),
              Sources.SUSTAINED_WEEKS));
    }
    return classification.build();
  }
}
