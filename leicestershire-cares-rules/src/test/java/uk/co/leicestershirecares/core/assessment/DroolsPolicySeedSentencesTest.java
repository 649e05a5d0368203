package uk.co.leicestershirecares.core.assessment;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import uk.co.leicestershirecares.core.policy.Policy;
import uk.co.leicestershirecares.core.policy.PolicyParameters;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;
import uk.co.leicestershirecares.rules.CaresRules;

/** The seed-sentence examples of {@link PolicyContractTest}, run against the shipped rules. */
final class DroolsPolicySeedSentencesTest extends PolicyContractTest {
  @TempDir
  Path folder;

  @Override
  protected Policy policy() {
    return CaresRules.newBuilder().build();
  }

  @Override
  protected Policy policy(PolicyParameters parameters, ProgrammeCatalogue catalogue) {
    return CaresRules.newBuilder().parameters(parameters).catalogue(catalogue).build();
  }

  @Override
  protected Policy policyWithCrises(String crisesTable) {
    return EditedRuleFolders.withCrises(folder, crisesTable);
  }
}
