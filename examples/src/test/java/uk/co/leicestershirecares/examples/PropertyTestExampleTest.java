package uk.co.leicestershirecares.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.testing.CaresGenerators;
import uk.co.leicestershirecares.testing.quicktheories.QuickTheoriesGenerators;

/** Runs {@link PropertyTestExample}, and shows that its kind of property catches a broken rule. */
final class PropertyTestExampleTest {

  @Test
  void thePropertiesHold() {
    assertThat(Printed.by(PropertyTestExample::run))
        .contains("held: nobody in crisis is offered WIRE")
        .contains("3 properties held, 300 generated examples each");
  }

  @Test
  void aSuggestionRuleThatForgetsTheCrisisIsCaught() {
    // Offer everything eligible, ignoring the employment pathway: the property must fail.
    LocalDate day = LocalDate.of(2026, 11, 25);
    ReferencePolicy policy = ReferencePolicy.withDefaults();
    assertThatThrownBy(() -> qt().withExamples(300)
        .forAll(QuickTheoriesGenerators.gen(CaresGenerators.records().inCrisis().on(day)
            .withCircumstance(uk.co.leicestershirecares.core.participant.CircumstanceType.CONVICTION)))
        .check(record -> !policy.assess(record, day).decision(ProgrammeCode.WIRE).isEligible()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Property falsified");
  }
}
