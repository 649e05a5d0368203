package uk.co.leicestershirecares.core;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import uk.co.leicestershirecares.core.assessment.Assessment;
import uk.co.leicestershirecares.core.eligibility.EligibilityDecision;
import uk.co.leicestershirecares.core.engagement.Attendance;
import uk.co.leicestershirecares.core.engagement.Enrolment;
import uk.co.leicestershirecares.core.engagement.MentoringMatch;
import uk.co.leicestershirecares.core.engagement.Referral;
import uk.co.leicestershirecares.core.engagement.Session;
import uk.co.leicestershirecares.core.engagement.WorkPlacement;
import uk.co.leicestershirecares.core.outcome.OutcomeClassification;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.Participant;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.core.partner.Partner;
import uk.co.leicestershirecares.core.partner.PartnerInvolvement;
import uk.co.leicestershirecares.core.plan.AnnualPlan;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.programme.Programme;

/** {@link BuilderNullContract} for every value type of core. */
final class BuilderNullTest extends BuilderNullContract {
  @Override
  protected Stream<Arguments> builders() {
    return Stream.of(
        builder(Assessment.class, Assessment::builder),
        builder(EligibilityDecision.class, EligibilityDecision::builder),
        builder(Attendance.class, Attendance::builder),
        builder(Enrolment.class, Enrolment::builder),
        builder(MentoringMatch.class, MentoringMatch::builder),
        builder(Referral.class, Referral::builder),
        builder(Session.class, Session::builder),
        builder(WorkPlacement.class, WorkPlacement::builder),
        builder(OutcomeClassification.class, OutcomeClassification::builder),
        builder(OutcomeEvent.class, OutcomeEvent::builder),
        builder(Circumstance.class, Circumstance::builder),
        builder(Participant.class, Participant::builder),
        builder(ParticipantRecord.class, ParticipantRecord::builder),
        builder(Partner.class, Partner::builder),
        builder(PartnerInvolvement.class, PartnerInvolvement::builder),
        builder(AnnualPlan.class, AnnualPlan::builder),
        builder(PolicyParameters.class, PolicyParameters::builder),
        builder(Programme.class, Programme::builder));
  }
}
