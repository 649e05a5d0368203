package uk.co.leicestershirecares.rules.facts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.drools.model.Drools;
import org.jspecify.annotations.Nullable;
import org.kie.api.runtime.rule.RuleContext;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.LeapDayBirthday;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.plan.AnnualPlan;
import uk.co.leicestershirecares.core.plan.PriorityGroup;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.rules.internal.RuleMetadata;

/**
 * Small helpers the rules call: the firing rule's id, a fact's place in its list, and picking one
 * enrolment among several. They select and order; the decisions stay in the rules.
 */
public final class RuleFunctions {
  private RuleFunctions() {}

  /** Returns the {@code @ruleId} of the rule whose consequence is running. */
  public static String ruleId(Drools drools) {
    // The executable model's Drools is also the rule context (DroolsImpl implements both).
    if (drools instanceof RuleContext ruleContext) {
      return RuleMetadata.ruleId(ruleContext.getRule());
    }
    throw new IllegalStateException("not inside a rule consequence: " + drools.getClass());
  }

  /** Returns the {@code @source} document of the rule whose consequence is running. */
  public static String source(Drools drools) {
    if (drools instanceof RuleContext ruleContext) {
      return RuleMetadata.source(ruleContext.getRule());
    }
    throw new IllegalStateException("not inside a rule consequence: " + drools.getClass());
  }

  /**
   * Returns the table row the running rule was made from: Drools names the rule made from row
   * {@code n} of a decision table {@code <Table>_<n>}.
   *
   * @throws IllegalStateException if the rule was not made from a table row
   */
  public static int row(Drools drools) {
    if (drools instanceof RuleContext ruleContext) {
      String name = ruleContext.getRule().getName();
      int underscore = name.lastIndexOf('_');
      try {
        return Integer.parseInt(name.substring(underscore + 1));
      } catch (NumberFormatException e) {
        throw new IllegalStateException("not a rule made from a table row: " + name, e);
      }
    }
    throw new IllegalStateException("not inside a rule consequence: " + drools.getClass());
  }

  /**
   * Returns the latest UP enrolment completed by {@code asOf} (by end, then start, then status),
   * as a list of at most one.
   */
  public static List<Enrolment> latestUpCompletion(ParticipantRecord record, LocalDate asOf) {
    return record.latestCompletion(ProgrammeCode.UP, asOf).stream().collect(Collectors.toList());
  }

  /**
   * Returns the earliest UP enrolment, not withdrawn, that started by {@code asOf} (by start, then
   * status), as a list of at most one.
   */
  public static List<Enrolment> earliestUpEnrolment(ParticipantRecord record, LocalDate asOf) {
    return record.earliestEnrolment(ProgrammeCode.UP, asOf).stream().collect(Collectors.toList());
  }

  /** Returns those of {@code types} the participant has on {@code date}, in the given order. */
  public static List<CircumstanceType> held(
      Participant participant, List<CircumstanceType> types, LocalDate date) {
    return types.stream()
        .filter(t -> participant.hasCircumstanceOn(t, date))
        .collect(Collectors.toList());
  }

  /** Returns the names of the plan's priority groups the participant is in on {@code date}. */
  public static List<String> priorityGroupsOf(
      AnnualPlan plan, Participant participant, LocalDate date, LeapDayBirthday leapDay) {
    return plan.priorityGroups().stream()
        .filter(g -> g.includes(participant, date, leapDay))
        .map(PriorityGroup::name)
        .collect(Collectors.toList());
  }

  /**
   * Returns the earliest of {@code dates}, or null when there are none: a rule passes it on to a
   * finding that takes a missing date as null (a rule's {@code collectList} is a raw list, on
   * which an {@code Optional} result would lose its type).
   */
  public static @Nullable LocalDate earliest(List<LocalDate> dates) {
    return dates.stream().min(Comparator.naturalOrder()).orElse(null);
  }
}
