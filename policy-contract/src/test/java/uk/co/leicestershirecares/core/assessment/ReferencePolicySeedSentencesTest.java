package uk.co.leicestershirecares.core.assessment;

import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;

/** The seed-sentence examples of {@link PolicyContractTest}, run against the reference policy. */
final class ReferencePolicySeedSentencesTest extends PolicyContractTest {
  @Override
  protected Policy policy() {
    return ReferencePolicy.withDefaults();
  }

  @Override
  protected Policy policy(PolicyParameters parameters, ProgrammeCatalogue catalogue) {
    return ReferencePolicy.of(parameters, catalogue);
  }
}
