package uk.co.leicestershirecares.rules.analyst;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.outcome.OutcomeCategory;
import uk.co.leicestershirecares.core.outcome.OutcomeId;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.programme.Programme;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.stage.EmploymentPathway;
import uk.co.leicestershirecares.core.stage.Stage;

/**
 * One scenario: a participant record, the date to assess it on, and the answers expected. Every
 * expectation is optional: only the parts given are compared. Read from JSON by {@link
 * ScenarioReader}; run by {@link ScenarioRunner}.
 *
 * @param name what the scenario is about, shown in reports
 * @param origin where the scenario was read from, such as {@code paul.json} or {@code
 *     up.json[2]}, or empty
 * @param asOf the date of the assessment
 * @param record the participant's record
 * @param expect the answers expected
 * @param settings the policy settings the scenario is asked under; none for most
 */
public record Scenario(String name, String origin, LocalDate asOf, ParticipantRecord record,
    Expectation expect, Settings settings) {
  /**
   * Checks that no part is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(expect, "expect");
    Objects.requireNonNull(settings, "settings");
  }

  /**
   * Returns a scenario.
   *
   * @param name what the scenario is about, shown in reports
   * @param origin where it was read from (a file, and its index in a list), or empty
   * @param asOf the date of the assessment
   * @param record the participant's record
   * @param expect the answers expected
   */
  public static Scenario of(String name, String origin, LocalDate asOf, ParticipantRecord record,
      Expectation expect) {
    return of(name, origin, asOf, record, expect, Settings.none());
  }

  /**
   * Returns a scenario asked under its own policy settings.
   *
   * @param settings the parameters and catalogue changes the scenario is asked under
   */
  public static Scenario of(String name, String origin, LocalDate asOf, ParticipantRecord record,
      Expectation expect, Settings settings) {
    return new Scenario(name, origin, asOf, record, expect, settings);
  }

  /**
   * The named policy settings a scenario may change, so that a rule that only fires under a
   * setting other than the default (a {@code docs/policy-decisions.md} choice, a programme added
   * to the catalogue) can be fired by a scenario too.
   */
  public static final class Settings {
    private static final Settings NONE = new Settings(null, ImmutableList.of());

    private final Optional<Boolean> upCompletersNeedConviction;
    private final ImmutableList<ProgrammeCode> addedProgrammes;

    private Settings(@Nullable Boolean upCompletersNeedConviction,
        ImmutableList<ProgrammeCode> addedProgrammes) {
      this.upCompletersNeedConviction = Optional.ofNullable(upCompletersNeedConviction);
      this.addedProgrammes = addedProgrammes;
    }

    /** No change: the policy's own parameters and catalogue. */
    public static Settings none() {
      return NONE;
    }

    /**
     * Returns settings.
     *
     * @param upCompletersNeedConviction {@link PolicyParameters#upCompletersNeedConviction()},
     *     or null when the scenario leaves it as it is
     * @param addedProgrammes programmes added to the catalogue (with no rules of their own)
     * @throws NullPointerException if {@code addedProgrammes} is or holds null
     */
    public static Settings of(@Nullable Boolean upCompletersNeedConviction,
        List<ProgrammeCode> addedProgrammes) {
      return new Settings(upCompletersNeedConviction, ImmutableList.copyOf(addedProgrammes));
    }

    /** Returns the value the scenario gives {@code upCompletersNeedConviction}, if any. */
    public Optional<Boolean> upCompletersNeedConviction() {
      return upCompletersNeedConviction;
    }

    /** Returns the programmes the scenario adds to the catalogue. */
    public ImmutableList<ProgrammeCode> addedProgrammes() {
      return addedProgrammes;
    }

    /** Returns whether the scenario changes nothing. */
    public boolean isNone() {
      return upCompletersNeedConviction.isEmpty() && addedProgrammes.isEmpty();
    }

    /** Returns {@code parameters} with this scenario's changes. */
    public PolicyParameters applyTo(PolicyParameters parameters) {
      return upCompletersNeedConviction
          .map(need -> PolicyParameters.builder().from(parameters)
              .upCompletersNeedConviction(need).build())
          .orElse(parameters);
    }

    /** Returns {@code catalogue} with the programmes this scenario adds. */
    public ProgrammeCatalogue applyTo(ProgrammeCatalogue catalogue) {
      ProgrammeCatalogue changed = catalogue;
      for (ProgrammeCode code : addedProgrammes) {
        if (!changed.contains(code)) {
          changed = changed.with(Programme.builder().code(code).name(code.toString())
              .description("added by a scenario").build());
        }
      }
      return changed;
    }

    /** Returns {@code Settings[upCompletersNeedConviction=true, added [FOOTBALL]]}. */
    @Override
    public String toString() {
      List<String> parts = new ArrayList<>(2);
      upCompletersNeedConviction.ifPresent(v -> parts.add("upCompletersNeedConviction=" + v));
      if (!addedProgrammes.isEmpty()) {
        parts.add("added " + addedProgrammes);
      }
      return "Settings[" + String.join(", ", parts) + "]";
    }
  }

  /** Returns {@code Scenario[name]}; never the record. */
  @Override
  public String toString() {
    return "Scenario[" + name + "]";
  }

  /** The answers a scenario expects; each part may be absent (not compared). */
  public static final class Expectation {
    private final Optional<Stage> stage;
    private final Optional<EmploymentPathway> employmentPathway;
    private final ImmutableMap<ProgrammeCode, EligibilityOutcome> eligibility;
    private final ImmutableMap<ProgrammeCode, ImmutableSet<String>> missing;
    private final ImmutableMap<OutcomeId, OutcomeExpectation> outcomes;

    private Expectation(@Nullable Stage stage, @Nullable EmploymentPathway employmentPathway,
        ImmutableMap<ProgrammeCode, EligibilityOutcome> eligibility,
        ImmutableMap<ProgrammeCode, ImmutableSet<String>> missing,
        ImmutableMap<OutcomeId, OutcomeExpectation> outcomes) {
      this.stage = Optional.ofNullable(stage);
      this.employmentPathway = Optional.ofNullable(employmentPathway);
      this.eligibility = eligibility;
      this.missing = missing;
      this.outcomes = outcomes;
    }

    /**
     * Returns an expectation.
     *
     * @param stage the stage expected, or null (not compared)
     * @param employmentPathway the employment pathway expected, or null (not compared)
     * @param eligibility the outcome expected for each programme named
     * @param missing for each programme named, the rule ids of exactly the conditions expected
     *     missing (an empty set: none missing)
     * @param outcomes for each outcome id named, its expected classification
     * @throws NullPointerException if {@code eligibility}, {@code missing} or {@code outcomes} is
     *     null
     */
    public static Expectation of(@Nullable Stage stage,
        @Nullable EmploymentPathway employmentPathway,
        ImmutableMap<ProgrammeCode, EligibilityOutcome> eligibility,
        ImmutableMap<ProgrammeCode, ImmutableSet<String>> missing,
        ImmutableMap<OutcomeId, OutcomeExpectation> outcomes) {
      return new Expectation(stage, employmentPathway,
          Objects.requireNonNull(eligibility, "eligibility"),
          Objects.requireNonNull(missing, "missing"), Objects.requireNonNull(outcomes, "outcomes"));
    }

    /** Returns an expectation that compares nothing. */
    public static Expectation none() {
      return of(null, null, ImmutableMap.of(), ImmutableMap.of(), ImmutableMap.of());
    }

    /** Returns the stage expected. */
    public Optional<Stage> stage() {
      return stage;
    }

    /** Returns the employment pathway expected. */
    public Optional<EmploymentPathway> employmentPathway() {
      return employmentPathway;
    }

    /** Returns the eligibility outcome expected per programme. */
    public ImmutableMap<ProgrammeCode, EligibilityOutcome> eligibility() {
      return eligibility;
    }

    /** Returns the rule ids of the conditions expected missing, per programme. */
    public ImmutableMap<ProgrammeCode, ImmutableSet<String>> missing() {
      return missing;
    }

    /** Returns the classification expected per outcome id. */
    public ImmutableMap<OutcomeId, OutcomeExpectation> outcomes() {
      return outcomes;
    }
  }

  /** The expected classification of one outcome; each part may be absent (not compared). */
  public static final class OutcomeExpectation {
    private final Optional<OutcomeCategory> category;
    private final Optional<Boolean> ete;
    private final Optional<Boolean> hard;
    private final Optional<Boolean> sustained13Weeks;
    private final Optional<Boolean> sustained26Weeks;

    private OutcomeExpectation(@Nullable OutcomeCategory category, @Nullable Boolean ete,
        @Nullable Boolean hard, @Nullable Boolean sustained13Weeks,
        @Nullable Boolean sustained26Weeks) {
      this.category = Optional.ofNullable(category);
      this.ete = Optional.ofNullable(ete);
      this.hard = Optional.ofNullable(hard);
      this.sustained13Weeks = Optional.ofNullable(sustained13Weeks);
      this.sustained26Weeks = Optional.ofNullable(sustained26Weeks);
    }

    /** Returns an outcome expectation; null parts are not compared. */
    public static OutcomeExpectation of(@Nullable OutcomeCategory category,
        @Nullable Boolean ete, @Nullable Boolean hard, @Nullable Boolean sustained13Weeks,
        @Nullable Boolean sustained26Weeks) {
      return new OutcomeExpectation(category, ete, hard, sustained13Weeks, sustained26Weeks);
    }

    /** Returns the category expected. */
    public Optional<OutcomeCategory> category() {
      return category;
    }

    /** Returns whether the outcome is expected to count as ETE. */
    public Optional<Boolean> ete() {
      return ete;
    }

    /** Returns whether the outcome is expected to be a hard outcome. */
    public Optional<Boolean> hard() {
      return hard;
    }

    /** Returns whether the outcome is expected sustained for 13 weeks. */
    public Optional<Boolean> sustained13Weeks() {
      return sustained13Weeks;
    }

    /** Returns whether the outcome is expected sustained for 26 weeks. */
    public Optional<Boolean> sustained26Weeks() {
      return sustained26Weeks;
    }
  }
}
