package uk.co.leicestershirecares.core.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.engagement.MentoringMatch;
import uk.co.leicestershirecares.core.engagement.WorkPlacement;
import uk.co.leicestershirecares.core.outcome.OutcomeCategory;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.policy.AgeBand;
import uk.co.leicestershirecares.core.policy.AnnualPlan;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.stage.Stage;

/**
 * The plain-English sentences of every reason and missing condition the policy writes, in one
 * place: the reference policy and the Drools rules both build their texts here, so the two can
 * only differ in their decisions, never in their wording.
 *
 * <p>Not API: the rules module calls it from DRL; anything here may change in any release.
 */
public final class PolicyTexts {
  /** What would meet UP's offending condition. */
  public static final String OFFENDING_MISSING =
      "has a conviction, is at risk of offending or is involved with youth justice";
  /** What would meet WIRE's conviction condition. */
  public static final String CONVICTION_MISSING = "has a conviction";
  /** What would meet WIRE's progression route. */
  public static final String COMPLETE_UP_MISSING = "completes UP, then may join WIRE";
  /** What would meet a care experienced programme's first condition. */
  public static final String CARE_EXPERIENCED_MISSING = "is care experienced";
  /** What would meet a care experienced programme's first condition, when met. */
  public static final String CARE_EXPERIENCED_MET = "Is care experienced.";
  /** What would meet an area condition. */
  public static final String AREA_MISSING = "lives in Leicester, Leicestershire or Rutland";
  /** What an unknown date of birth needs. */
  public static final String DATE_OF_BIRTH_MISSING = "record a date of birth";

  private PolicyTexts() {}

  // ---------------------------------------------------------------------------------------------
  // Words

  /** Plain-English words for a circumstance: {@code CONVICTION} is "a conviction". */
  public static String circumstance(CircumstanceType type) {
    switch (type) {
      case CARE_EXPERIENCED: return "care experience";
      case NEET: return "not being in education, employment or training";
      case HOMELESS: return "homelessness";
      case ROUGH_SLEEPING: return "rough sleeping";
      case INSECURE_HOUSING: return "insecure housing";
      case SEND: return "special educational needs and disabilities";
      case CONVICTION: return "a conviction";
      case AT_RISK_OF_OFFENDING: return "a risk of offending";
      case YOUTH_JUSTICE: return "youth-justice involvement";
      case PARENT: return "being a parent";
      case ABUSIVE_RELATIONSHIP: return "an abusive relationship";
      case SUBSTANCE_MISUSE: return "substance misuse";
      case MENTAL_HEALTH_NEED: return "a mental-health need";
      case DEBT: return "debt";
    }
    throw new AssertionError(type);
  }

  /** Lower-case words for an enum constant: {@code FOOD_PRODUCTION} becomes "food production". */
  public static String words(Enum<?> value) {
    return WORDS.get(value.getDeclaringClass())[value.ordinal()];
  }

  /**
   * The words of every constant of an enum, by ordinal, worked out once per enum: reasons name
   * categories, sectors and statuses on every assessment, and lower-casing them each time showed
   * in profiles.
   */
  private static final ClassValue<String[]> WORDS = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] words = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        words[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', ' ');
      }
      return words;
    }
  };

  /** "a, b and c". */
  public static String join(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", "))
        + " and " + items.get(items.size() - 1);
  }

  /** The text with its first letter in upper case. */
  public static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** "13 weeks" for a whole number of weeks, otherwise "N days". */
  public static String period(Period period) {
    int days = period.getDays();
    if (days % 7 == 0) {
      return days / 7 == 1 ? "1 week" : days / 7 + " weeks";
    }
    return days == 1 ? "1 day" : days + " days";
  }

  // ---------------------------------------------------------------------------------------------
  // Stage and pathway

  /** "in the 13 weeks to 2026-11-25". */
  public static String window(Period recentWindow, LocalDate asOf) {
    return "in the " + period(recentWindow) + " to " + asOf;
  }

  /** {@code STAGE.crisis}. */
  public static String crisis(CircumstanceType type, LocalDate since) {
    return capitalise(circumstance(type)) + " since " + since + " is a crisis: the chaos is dealt"
        + " with first, so the stage is power within.";
  }

  /** {@code PATHWAY.on-hold}. */
  public static String employmentOnHold(CircumstanceType type) {
    return "Employment is on hold while " + circumstance(type) + " is dealt with.";
  }

  /** {@code PATHWAY.open}. */
  public static String employmentOpen(LocalDate asOf) {
    return "No crisis is active on " + asOf + ": work towards employment can go ahead.";
  }

  /** {@code STAGE.power-to} for a work placement. */
  public static String placementEvidence(WorkPlacement p, String window) {
    return "Work placement with " + p.partner() + " (" + words(p.sector()) + ") from " + p.from()
        + " " + window + " is power-to evidence.";
  }

  /** {@code STAGE.power-to} for a mentoring match. */
  public static String mentoringEvidence(MentoringMatch m, String window) {
    return "Mentoring match (" + m.programme() + ") from " + m.from() + " " + window
        + " is power-to evidence.";
  }

  /** {@code STAGE.power-to} for an outcome. */
  public static String outcomeEvidence(OutcomeEvent o, OutcomeCategory category, String window) {
    return "Outcome " + o.id() + " (" + words(category) + ") on " + o.date() + " " + window
        + " is power-to evidence.";
  }

  /** {@code STAGE.power-with}: {@code dates} are the recent group sessions' dates (not empty). */
  public static String powerWith(List<LocalDate> dates, String window) {
    LocalDate latest = dates.stream().max(LocalDate::compareTo).orElseThrow();
    return dates.size() + (dates.size() == 1 ? " group session " : " group sessions ")
        + window + ", the latest on " + latest + ": coming together with peers is power with.";
  }

  /** {@code STAGE.starting-out}. */
  public static String startingOut(String window) {
    return "No crisis, group activity or power-to evidence " + window + ": starting out,"
        + " identifying the issues (power within).";
  }

  // ---------------------------------------------------------------------------------------------
  // Eligibility

  /** {@code UP.offending}, met: {@code held} in the order conviction, risk, youth justice. */
  public static String offendingMet(List<CircumstanceType> held, LocalDate asOf) {
    return "Has " + join(held.stream().map(PolicyTexts::circumstance).collect(Collectors.toList()))
        + " on " + asOf + ".";
  }

  /** {@code UP.offending}, failed. */
  public static String offendingFailed(LocalDate asOf) {
    return "No conviction, risk of offending or youth-justice involvement is recorded on " + asOf
        + ".";
  }

  /** {@code WIRE.progression-from-UP}, met by a completed UP enrolment. */
  public static String completedUp(Enrolment completed, boolean completersNeedConviction) {
    String text = "Completed UP" + completed.to().map(d -> " on " + d).orElse("");
    return text + (completersNeedConviction
        ? "; under this policy UP completers also need a conviction to join WIRE."
        : ": may join WIRE.");
  }

  /** {@code WIRE.progression-from-UP}, failed: on UP but not completed by {@code asOf}. */
  public static String notCompletedUp(Enrolment e, LocalDate asOf) {
    return e.status().isSuccessfulCompletion() && e.to().isPresent()
        ? "Completes UP on " + e.to().get() + ", after " + asOf + "."
        : "On UP (" + words(e.status()) + ") but has not completed it by " + asOf + ".";
  }

  /** {@code WIRE.conviction}, met. */
  public static String convictionMet(LocalDate asOf) {
    return "Has a conviction on " + asOf + ".";
  }

  /** {@code WIRE.conviction}, failed. */
  public static String convictionFailed(LocalDate asOf) {
    return "No conviction is recorded on " + asOf + ".";
  }

  /** {@code <programme>.care-experienced}, failed. */
  public static String careExperiencedFailed(LocalDate asOf) {
    return "No care experience is recorded on " + asOf + ".";
  }

  /** " (the first starts on 2021-04-01)", or "" when there is no plan at all. */
  public static String firstPlan(Optional<LocalDate> firstEffectiveDate) {
    return firstEffectiveDate.map(d -> " (the first starts on " + d + ")").orElse("");
  }

  /** {@code TARGETED_YOUTH_WORK.plan-in-force}, failed. */
  public static String noPlanInForce(LocalDate asOf, Optional<LocalDate> firstEffectiveDate) {
    return "No annual plan is in force on " + asOf + firstPlan(firstEffectiveDate) + ".";
  }

  /** {@code TARGETED_YOUTH_WORK.plan-in-force}, what is missing. */
  public static String noPlanInForceMissing(Optional<LocalDate> firstEffectiveDate) {
    return "an annual plan in force" + firstPlan(firstEffectiveDate);
  }

  /** "the 2024/25 annual plan". */
  public static String planName(AnnualPlan plan) {
    return "the " + plan.planYear() + " annual plan";
  }

  /** {@code TARGETED_YOUTH_WORK.plan-in-force}, met. */
  public static String planInForce(AnnualPlan plan, LocalDate asOf) {
    return capitalise(planName(plan)) + " is in force on " + asOf + " (from "
        + plan.effectiveFrom() + ").";
  }

  private static String allGroups(AnnualPlan plan) {
    return join(plan.priorityGroups().stream().map(g -> g.name()).collect(Collectors.toList()));
  }

  /** {@code TARGETED_YOUTH_WORK.priority-group}, met: {@code groups} are the groups' names. */
  public static String inPriorityGroups(AnnualPlan plan, List<String> groups) {
    return "In the priority groups of " + planName(plan) + ": " + join(groups) + ".";
  }

  /** {@code TARGETED_YOUTH_WORK.priority-group}, failed. */
  public static String inNoPriorityGroup(AnnualPlan plan, LocalDate asOf) {
    return "In none of the priority groups of " + planName(plan) + " (" + allGroups(plan)
        + ") on " + asOf + ".";
  }

  /** {@code TARGETED_YOUTH_WORK.priority-group}, what is missing. */
  public static String priorityGroupMissing(AnnualPlan plan) {
    return "is in a priority group of " + planName(plan) + ": " + allGroups(plan);
  }

  /** "18–25", "18 or over" (no upper age) or "16–25 (the ages …)": the band and its note. */
  public static String bandText(AgeBand band, String bandNote) {
    return band.maxAge() >= 150 ? band.minAge() + bandNote : band + bandNote;
  }

  /** An age condition with an unknown date of birth. */
  public static String ageUnknown(LocalDate asOf) {
    return "The date of birth is not recorded, so the age on " + asOf + " is unknown.";
  }

  /** An age condition below the band; {@code age} is empty before birth. */
  public static String ageUnder(OptionalInt age, LocalDate asOf, String whose, String bandText) {
    String aged = age.isPresent() ? "Aged " + age.getAsInt() : "Not yet born";
    return aged + " on " + asOf + ", under " + whose + "'s age band " + bandText + ".";
  }

  /** An age condition above the band. */
  public static String ageOver(int age, LocalDate asOf, String whose, String bandText) {
    return "Aged " + age + " on " + asOf + ", over " + whose + "'s age band " + bandText + ".";
  }

  /** An age condition within the band. */
  public static String ageWithin(int age, LocalDate asOf, String whose, String bandText) {
    return "Aged " + age + " on " + asOf + ", within " + whose + "'s age band " + bandText + ".";
  }

  /** Missing: "turns 18 on 2027-03-04". */
  public static String turns(int age, LocalDate birthday) {
    return "turns " + age + " on " + birthday;
  }

  /** Missing: "no longer eligible from 26th birthday 2026-01-09". */
  public static String noLongerEligible(int age, LocalDate birthday) {
    return "no longer eligible from " + ordinal(age) + " birthday " + birthday;
  }

  /** An area condition, met. */
  public static String livesInLlr(HomeArea area) {
    return "Lives in " + areaName(area) + ", in Leicester, Leicestershire and Rutland.";
  }

  /** An area condition, failed. */
  public static String livesOutsideLlr(String whose) {
    return "Lives outside Leicester, Leicestershire and Rutland, where " + whose + " works.";
  }

  private static String areaName(HomeArea area) {
    switch (area) {
      case LEICESTER_CITY: return "Leicester city";
      case LEICESTERSHIRE: return "Leicestershire";
      case RUTLAND: return "Rutland";
      default: return "outside LLR";
    }
  }

  /** {@code <programme>.no-rules}. */
  public static String noRules(ProgrammeCode programme) {
    return "No eligibility rules are written for " + programme + ".";
  }

  /** {@code <programme>.no-rules}, what is missing. */
  public static String noRulesMissing(ProgrammeCode programme) {
    return "eligibility rules for " + programme;
  }

  /** "1st", "2nd", "26th". */
  public static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
        : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }

  // ---------------------------------------------------------------------------------------------
  // Outcomes

  /** The classification reason of an outcome event. */
  public static String classification(OutcomeEvent event, OutcomeCategory category, boolean ete,
      boolean hard, Optional<Stage> stage) {
    String training = event.training().map(t -> " (" + words(t) + ")").orElse("");
    return "Outcome " + event.id() + " on " + event.date() + " is " + words(category)
        + training + ": " + (ete ? "counts" : "does not count") + " as education, training or"
        + " employment, " + (hard ? "hard" : "soft") + " data, "
        + stage.map(s -> "evidences power " + s.name().toLowerCase(Locale.ROOT))
            .orElse("evidences no stage")
        + ".";
  }

  /**
   * Whether a job or a place in education was still held {@code weeks} weeks after it began, as
   * of {@code asOf}: the checkpoint has been reached and the event had not ended before it.
   */
  public static boolean sustained(OutcomeEvent event, int weeks, LocalDate asOf) {
    LocalDate checkpoint = event.date().plusWeeks(weeks);
    return !checkpoint.isAfter(asOf) && event.end().map(e -> !e.isBefore(checkpoint)).orElse(true);
  }

  /** {@code OUTCOME.sustained}. */
  public static String sustainedText(
      OutcomeEvent event, Iterable<Integer> weeks, LocalDate asOf) {
    StringBuilder text = new StringBuilder("Outcome ").append(event.id()).append(' ');
    String separator = "";
    for (int w : weeks) {
      text.append(separator).append(checkpointText(event, w, asOf));
      separator = "; ";
    }
    return text.append('.').toString();
  }

  private static String checkpointText(OutcomeEvent event, int weeks, LocalDate asOf) {
    LocalDate checkpoint = event.date().plusWeeks(weeks);
    if (checkpoint.isAfter(asOf)) {
      return "reaches " + weeks + " weeks on " + checkpoint;
    }
    return sustained(event, weeks, asOf)
        ? "was sustained at " + weeks + " weeks (" + checkpoint + ")"
        : "was not sustained at " + weeks + " weeks: it ended on " + event.end().orElseThrow();
  }
}
