package uk.co.leicestershirecares.rules.analyst;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies the shipped tables into a folder, as an analyst would start, and edits them. */
final class ShippedRules {
  /** The table and cells of UP's age band. */
  static final String TABLE = "eligibility.drl.csv";
  static final String UP_BAND = "UP,always,18 to 25,";
  static final String UP_BAND_18_TO_29 = "UP,always,18 to 29,";
  /** An analyst's slip: an age band the table check refuses. */
  static final String UP_BAND_TYPO = "UP,always,18 to twenty-five,";

  private ShippedRules() {}

  /** Copies the shipped policy tables: a folder an analyst edits. */
  static Path copyTo(Path folder) {
    return uk.co.leicestershirecares.rules.ShippedRules.copyTablesTo(folder);
  }

  /** Copies every shipped rule file, DRL too: a folder that loads only with rule code allowed. */
  static Path copyWithRuleCode(Path folder) {
    return uk.co.leicestershirecares.rules.ShippedRules.copyTo(folder);
  }

  static void edit(Path folder, String file, String from, String to) throws IOException {
    String text = Files.readString(folder.resolve(file));
    if (!text.contains(from)) {
      throw new AssertionError(file + " does not contain " + from);
    }
    Files.writeString(folder.resolve(file), text.replace(from, to));
  }
}
