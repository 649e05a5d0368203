package uk.co.leicestershirecares.rules.analyst;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies the shipped DRL into a folder, as an analyst would start. */
final class ShippedRules {
  static final String UP_BAND = "RuleFunctions.ruleId( drools ), \"UP\", $band,";
  static final String UP_BAND_18_TO_29 =
      "RuleFunctions.ruleId( drools ), \"UP\", AgeBand.of( 18, 29 ),";

  private ShippedRules() {}

  static Path copyTo(Path folder) {
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
