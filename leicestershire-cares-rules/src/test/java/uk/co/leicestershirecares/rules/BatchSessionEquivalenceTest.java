package uk.co.leicestershirecares.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.participant.LeapDayBirthday;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.rules.DroolsPolicy.SessionStyle;
import uk.co.leicestershirecares.testing.CaresGenerators;

/**
 * Long batches in one reused session give, record for record, the reference policy's answers:
 * the session reused for a batch deletes exactly the facts each record brought and the rules
 * derived, so nothing of one record reaches the next. Batches of hundreds of generated records
 * (the differential test's batches have at most eight), several as-of dates, and every session
 * style.
 */
final class BatchSessionEquivalenceTest {
  private static final int RECORDS = 400;

  @Test
  void everySessionStyleGivesTheReferenceAnswersOverLongBatches() {
    check(PolicyParameters.defaults(), 20261125L);
  }

  @Test
  void everySessionStyleGivesTheReferenceAnswersUnderOtherParameters() {
    PolicyParameters strict = PolicyParameters.builder()
        .upCompletersNeedConviction(true)
        .leapDayBirthday(LeapDayBirthday.FEBRUARY_28)
        .build();
    check(strict, 7L);
  }

  private static void check(PolicyParameters parameters, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ParticipantRecord> records = new ArrayList<>();
    for (int i = 0; i < RECORDS; i++) {
      records.add(CaresGenerators.records().next(random));
    }
    Policy reference = ReferencePolicy.of(parameters, ProgrammeCatalogue.standard());
    DroolsPolicy drools = CaresRules.newBuilder().parameters(parameters).build();
    for (int round = 0; round < 3; round++) {
      LocalDate asOf = CaresGenerators.asOfDates().next(random);
      List<Assessment> expected = reference.assessAll(records, asOf);
      for (SessionStyle style : SessionStyle.values()) {
        AssessmentLists.assertSameAnswers(
            drools.assessAll(records, asOf, style), expected, style.toString(), asOf);
      }
    }
  }
}
