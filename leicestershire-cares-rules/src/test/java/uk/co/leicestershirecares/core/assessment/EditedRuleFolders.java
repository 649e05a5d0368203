package uk.co.leicestershirecares.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.co.leicestershirecares.core.table.CrisisTable;
import uk.co.leicestershirecares.rules.CaresRules;
import uk.co.leicestershirecares.rules.DroolsPolicy;
import uk.co.leicestershirecares.rules.RuleFolder;
import uk.co.leicestershirecares.rules.ShippedRules;

/** Rule folders an analyst edited, for the contract's tests of edited tables on the rules. */
final class EditedRuleFolders {
  private EditedRuleFolders() {}

  /**
   * Copies the shipped rules into {@code folder}, replaces the crises table with
   * {@code crisesTable}, and loads the folder (which must load without a diagnostic).
   */
  static DroolsPolicy withCrises(Path folder, String crisesTable) {
    try {
      ShippedRules.copyTablesTo(folder);
      Files.writeString(folder.resolve(CrisisTable.FILE), crisesTable);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RuleFolder.Result loaded = CaresRules.newBuilder().load(folder);
    assertThat(loaded.diagnostics()).isEmpty();
    return loaded.policy().orElseThrow();
  }
}
