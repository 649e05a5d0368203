package uk.co.leicestershirecares.core.assessment;

import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.policy.ReferencePolicy;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.core.table.AnnualPlanTable;
import uk.co.leicestershirecares.core.table.CrisisTable;
import uk.co.leicestershirecares.core.table.EligibilityTable;
import uk.co.leicestershirecares.core.table.RecentActivityTable;

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

  @Override
  protected Policy policyWithCrises(String crisesTable) {
    return ReferencePolicy.withDefaults().withTables(EligibilityTable.shipped(),
        AnnualPlanTable.shipped(), CrisisTable.read(CrisisTable.FILE, crisesTable),
        RecentActivityTable.shipped());
  }
}
