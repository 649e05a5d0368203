package uk.co.leicestershirecares.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.testing.CaresGenerators;

/**
 * The Drools rules assessed on several threads at once, each chunk in its own batch session,
 * give the reference's answers in the records' order: sessions are never shared between
 * threads.
 */
final class ParallelAssessAllTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

  @Test
  void droolsOnTwoAndThreeThreadsGivesTheReferenceAnswersInOrder() {
    SplittableRandom random = new SplittableRandom(20261205L);
    List<ParticipantRecord> records = new ArrayList<>();
    for (int i = 0; i < 900; i++) {
      records.add(CaresGenerators.records().next(random));
    }
    List<Assessment> expected = ReferencePolicy.withDefaults().assessAll(records, AS_OF);
    DroolsPolicy drools = CaresRules.newBuilder().build();
    assertThat(drools.assessAll(records, AS_OF, 2)).containsExactlyElementsOf(expected);
    try (Stream<Assessment> answers = drools.assessAll(records.stream(), AS_OF, 3)) {
      assertThat(answers.collect(Collectors.toList())).containsExactlyElementsOf(expected);
    }
  }
}
