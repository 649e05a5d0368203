package uk.co.leicestershirecares.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.testing.CaresGenerators;

/** Missing conditions are written when first read, and equal the ones written at once. */
final class LazyMissingConditionsTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

  @Test
  void assess_writesNoMissingCondition() {
    Policy policy = ReferencePolicy.withDefaults();
    SplittableRandom random = new SplittableRandom(11L);
    List<MissingCondition> missing = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      ParticipantRecord record = CaresGenerators.records().next(random);
      for (EligibilityDecision decision : policy.assess(record, AS_OF).eligibility()) {
        missing.addAll(decision.missing());
      }
    }

    assertThat(missing).isNotEmpty();
    assertThat(missing).allSatisfy(m -> assertThat(m.written()).as("%s", m).isFalse());
    for (MissingCondition m : missing) {
      MissingCondition written = MissingCondition.of(m.ruleId(), m.text());
      assertThat(m.written()).isTrue();
      assertThat(m).isEqualTo(written);
      assertThat(written).isEqualTo(m);
      assertThat(m.hashCode()).isEqualTo(written.hashCode());
    }
  }

  @Test
  void deferred_checksItsTextWhenRead() {
    MissingCondition blank = MissingCondition.deferred("UP.age", () -> " ");

    assertThat(blank.toString()).isEqualTo("MissingCondition[UP.age]");
    assertThatThrownBy(blank::text).isInstanceOf(InvalidRecordException.class);
    assertThatThrownBy(() -> MissingCondition.deferred(" ", () -> "text"))
        .isInstanceOf(InvalidRecordException.class);
    assertThatThrownBy(() -> MissingCondition.deferred("UP.age", null))
        .isInstanceOf(InvalidRecordException.class);
  }
}
