package uk.co.leicestershirecares.core.reason;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.testing.CaresGenerators;

/**
 * The reference policy's reasons are written when first read, and writing them late changes no
 * answer: over a generated population, no assessment writes a sentence, and every sentence read
 * afterwards (from reasons and decisions shared between people and days) is the one a fresh
 * policy gives when its reasons are read at once, one person at a time.
 */
final class LazyReasonsTest {
  /** A few days, each asked about in runs, so a policy shares its findings between people. */
  private static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 11, 25),
      LocalDate.of(2022, 4, 1), LocalDate.of(2025, 3, 31), LocalDate.of(2019, 6, 30));

  private static final int PEOPLE = 400;

  @Test
  void assess_writesNoSentence() {
    Policy policy = ReferencePolicy.withDefaults();
    List<Reason> reasons = new ArrayList<>();
    for (Case c : population(20261125L)) {
      reasons.addAll(reasons(policy.assess(c.record, c.asOf)));
    }

    assertThat(reasons).isNotEmpty();
    assertThat(reasons).allSatisfy(reason -> {
      assertThat(reason).isInstanceOf(Reason.Lazy.class);
      assertThat(((Reason.Lazy) reason).rendered()).as("%s written by assess", reason).isFalse();
    });
    // Reading one writes it, once.
    Reason first = reasons.get(0);
    String text = first.text();
    assertThat(((Reason.Lazy) first).rendered()).isTrue();
    assertThat(first.text()).isSameAs(text);
  }

  @Test
  void sentencesReadLate_areTheSentencesReadAtOnce() {
    List<Case> population = population(42L);
    // Read at once: a fresh policy per person shares nothing, and every sentence is read as soon
    // as the assessment is made.
    List<Assessment> atOnce = new ArrayList<>();
    List<List<String>> textsAtOnce = new ArrayList<>();
    for (Case c : population) {
      Assessment assessment = ReferencePolicy.withDefaults().assess(c.record, c.asOf);
      atOnce.add(assessment);
      textsAtOnce.add(texts(assessment));
    }
    // Read late: one policy for everyone, every sentence read after every assessment is made,
    // last person first.
    Policy shared = ReferencePolicy.withDefaults();
    List<Assessment> late = new ArrayList<>();
    for (Case c : population) {
      late.add(shared.assess(c.record, c.asOf));
    }
    for (int i = population.size() - 1; i >= 0; i--) {
      assertThat(texts(late.get(i))).as("person %s", i).isEqualTo(textsAtOnce.get(i));
      assertThat(late.get(i)).isEqualTo(atOnce.get(i));
      assertThat(late.get(i).hashCode()).isEqualTo(atOnce.get(i).hashCode());
    }
  }

  @Test
  void aLazyReason_equalsTheReasonWrittenWithItsText() {
    Policy policy = ReferencePolicy.withDefaults();
    for (Case c : population(7L)) {
      for (Reason reason : reasons(policy.assess(c.record, c.asOf))) {
        Reason written = Reason.of(reason.ruleId(), reason.text(), reason.source());
        assertThat(reason).isEqualTo(written);
        assertThat(written).isEqualTo(reason);
        assertThat(reason.hashCode()).isEqualTo(written.hashCode());
        assertThat(reason.toString()).isEqualTo("Reason[" + reason.ruleId() + "]");
      }
    }
  }

  static List<Reason> reasons(Assessment assessment) {
    List<Reason> reasons = new ArrayList<>(assessment.stageReasons());
    reasons.addAll(assessment.employmentPathwayReasons());
    for (EligibilityDecision decision : assessment.eligibility()) {
      reasons.addAll(decision.reasons());
    }
    for (OutcomeClassification outcome : assessment.outcomes()) {
      reasons.addAll(outcome.reasons());
    }
    return reasons;
  }

  private static List<String> texts(Assessment assessment) {
    List<String> texts = new ArrayList<>();
    for (Reason reason : reasons(assessment)) {
      texts.add(reason.ruleId() + ": " + reason.text() + " [" + reason.source() + "]");
    }
    for (EligibilityDecision decision : assessment.eligibility()) {
      decision.missing().forEach(m -> texts.add(m.ruleId() + " misses: " + m.text()));
    }
    return texts;
  }

  /** A record and the day asked about. */
  static final class Case {
    final ParticipantRecord record;
    final LocalDate asOf;

    Case(ParticipantRecord record, LocalDate asOf) {
      this.record = record;
      this.asOf = asOf;
    }
  }

  /** Generated people, half of them of the programmes' ages, each asked about on one of DAYS. */
  static List<Case> population(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Case> cases = new ArrayList<>(PEOPLE);
    for (int i = 0; i < PEOPLE; i++) {
      LocalDate asOf = DAYS.get(i * DAYS.size() / PEOPLE);
      ParticipantRecord record = i % 2 == 0 ? CaresGenerators.records().next(random)
          : CaresGenerators.records().agedBetween(16, 25).on(asOf).next(random);
      cases.add(new Case(record, asOf));
    }
    return cases;
  }
}
