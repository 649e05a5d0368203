package uk.co.leicestershirecares.examples;

import static org.quicktheories.QuickTheory.qt;
import static uk.co.leicestershirecares.testing.PolicyAssertions.assertThat;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.stage.EmploymentPathway;
import uk.co.leicestershirecares.testing.CaresGenerators;
import uk.co.leicestershirecares.testing.quicktheories.QuickTheoriesGenerators;

/**
 * Properties written the way a user of the library would write them, with the testing kit's
 * generators driven by QuickTheories (which then shrinks any counterexample to a smaller, still
 * valid record).
 *
 * <p>The code under test is the user's own: {@link Suggestions}, a referral portal's rule "offer
 * every programme the young person is eligible for, but no employability programme while their
 * employment pathway is on hold". The properties say what it must never do.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=uk.co.leicestershirecares.examples.PropertyTestExample}; in a user's suite each
 * property would be a JUnit {@code @Test}.
 */
public final class PropertyTestExample {
  private static final int EXAMPLES = 300;

  private PropertyTestExample() {}

  /** The user's code under test: which programmes to offer someone on a date. */
  static final class Suggestions {
    private final Policy policy;

    Suggestions(Policy policy) {
      this.policy = policy;
    }

    List<ProgrammeCode> offer(ParticipantRecord record, LocalDate asOf) {
      Assessment assessment = policy.assess(record, asOf);
      boolean onHold = assessment.employmentPathway() == EmploymentPathway.ON_HOLD;
      return assessment.eligibility().stream()
          .filter(EligibilityDecision::isEligible)
          .map(EligibilityDecision::programme)
          .filter(code -> !(onHold && code.equals(ProgrammeCode.WIRE)))
          .collect(Collectors.toList());
    }
  }

  /**
   * Checks the properties and prints what held.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Policy policy = ReferencePolicy.withDefaults();
    Suggestions suggestions = new Suggestions(policy);

    // 1. Everything offered is a programme the policy says they are eligible for.
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGenerators.cases())
        .checkAssert(c -> suggestions.offer(c.record(), c.asOf()).forEach(code ->
            assertThat(policy.assess(c.record(), c.asOf())).isEligibleFor(code)));
    out.println("held: everything offered is a programme the young person is eligible for");

    // 2. Nobody in crisis is offered WIRE, whatever else their record holds.
    LocalDate day = LocalDate.of(2026, 11, 25);
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGenerators.gen(CaresGenerators.records().inCrisis().on(day)))
        .check(record -> !suggestions.offer(record, day).contains(ProgrammeCode.WIRE));
    out.println("held: nobody in crisis is offered WIRE");

    // 3. An 18-25-year-old in LLR with a conviction is always offered UP.
    qt().withExamples(EXAMPLES)
        .forAll(QuickTheoriesGenerators.gen(CaresGenerators.records()
            .livingIn(HomeArea.LEICESTER_CITY)
            .agedBetween(18, 25).on(day)
            .withCircumstance(CircumstanceType.CONVICTION)))
        .checkAssert(record -> {
          assertThat(policy.assess(record, day)).isEligibleFor(ProgrammeCode.UP)
              .because("UP.age", "UP.offending", "UP.area");
          if (!suggestions.offer(record, day).contains(ProgrammeCode.UP)) {
            throw new AssertionError("UP not offered to " + record.id());
          }
        });
    out.println("held: an 18-25-year-old in LLR with a conviction is offered UP");
    out.println("3 properties held, " + EXAMPLES + " generated examples each");
  }
}
