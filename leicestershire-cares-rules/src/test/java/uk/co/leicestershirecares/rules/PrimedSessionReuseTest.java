package uk.co.leicestershirecares.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.testing.CaresGenerators;

/**
 * The shipped rules' sessions are kept by the policy and reused call after call, holding the
 * policy's own facts and the tables' rows: single assessments and batches interleaved on one
 * policy, with the date asked about changing from call to call, and several threads at once,
 * give the reference policy's answers record for record.
 */
final class PrimedSessionReuseTest {
  private static final int RECORDS = 120;

  @Test
  void interleavedCallsOnOnePolicyGiveTheReferenceAnswers() {
    SplittableRandom random = new SplittableRandom(20261205L);
    List<ParticipantRecord> records = records(random);
    Policy reference = ReferencePolicy.of(PolicyParameters.defaults(),
        ProgrammeCatalogue.standard());
    DroolsPolicy drools = CaresRules.newBuilder().build();
    for (int round = 0; round < 4; round++) {
      LocalDate asOf = CaresGenerators.asOfDates().next(random);
      List<Assessment> expected = reference.assessAll(records, asOf);
      // A batch, then each record alone, then the batch again: every call reuses sessions.
      AssessmentLists.assertSameAnswers(drools.assessAll(records, asOf), expected, "batch", asOf);
      List<Assessment> single = new ArrayList<>();
      for (ParticipantRecord record : records) {
        single.add(drools.assess(record, asOf));
      }
      AssessmentLists.assertSameAnswers(single, expected, "single", asOf);
      AssessmentLists.assertSameAnswers(drools.assessAll(records.subList(0, RECORDS / 2), asOf),
          expected.subList(0, RECORDS / 2), "half batch", asOf);
    }
  }

  @Test
  void threadsSharingOnePolicyGiveTheReferenceAnswers() throws Exception {
    SplittableRandom random = new SplittableRandom(7L);
    List<ParticipantRecord> records = records(random);
    LocalDate asOf = CaresGenerators.asOfDates().next(random);
    List<Assessment> expected = ReferencePolicy.of(PolicyParameters.defaults(),
        ProgrammeCatalogue.standard()).assessAll(records, asOf);
    DroolsPolicy drools = CaresRules.newBuilder().build();
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try {
      List<Future<List<Assessment>>> answers = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        boolean batch = t % 2 == 0;
        answers.add(threads.submit(() -> {
          if (batch) {
            return drools.assessAll(records, asOf);
          }
          List<Assessment> single = new ArrayList<>();
          for (ParticipantRecord record : records) {
            single.add(drools.assess(record, asOf));
          }
          return single;
        }));
      }
      for (Future<List<Assessment>> answer : answers) {
        AssessmentLists.assertSameAnswers(answer.get(), expected, "threads", asOf);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static List<ParticipantRecord> records(SplittableRandom random) {
    List<ParticipantRecord> records = new ArrayList<>();
    for (int i = 0; i < RECORDS; i++) {
      records.add(CaresGenerators.records().next(random));
    }
    return records;
  }
}
