package uk.co.leicestershirecares.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.stage.Stage;

/** AssertJ's JUnit 5 extension injects {@link PolicySoftAssertions}, as its Javadoc says. */
@ExtendWith(SoftAssertionsExtension.class)
final class PolicySoftAssertionsExtensionTest {
  @InjectSoftAssertions private PolicySoftAssertions softly;

  @Test
  void theExtensionInjectsPolicySoftAssertions() {
    LocalDate day = LocalDate.of(2026, 11, 25);
    Assessment tooYoung = ReferencePolicy.withDefaults().assess(CaresGenerators.records()
        .withoutOtherFacts().agedBetween(15, 17).on(day)
        .withCircumstance(CircumstanceType.CONVICTION).next(new SplittableRandom(5)), day);

    softly.assertThat(tooYoung).isNotEligibleFor(ProgrammeCode.UP).missing("UP.age")
        .and().hasStage(Stage.WITHIN);

    assertThat(softly).isInstanceOf(PolicySoftAssertions.class);
    assertThat(softly.assertionErrorsCollected()).isEmpty();
  }
}
