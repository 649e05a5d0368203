package uk.co.leicestershirecares.rules.analyst;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import uk.co.leicestershirecares.rules.DroolsPolicy;

/** Copies the shipped DRL into a folder, as an analyst would start. */
final class ShippedRules {
  static final List<String> FILES = List.of("stage.drl", "up.drl", "wire.drl", "age.drl",
      "care-experienced.drl", "targeted-youth-work.drl", "outcomes.drl", "programmes.drl");
  /** The UP age rule's consequence, where an edit can change the band. */
  static final String UP_BAND = "RuleFunctions.ruleId( drools ), \"UP\", $band,";
  static final String UP_BAND_18_TO_29 =
      "RuleFunctions.ruleId( drools ), \"UP\", AgeBand.of( 18, 29 ),";

  private ShippedRules() {}

  static Path copyTo(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (String file : FILES) {
      try (InputStream in =
          DroolsPolicy.class.getResourceAsStream("/uk/co/leicestershirecares/rules/" + file)) {
        Files.copy(in, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return folder;
  }

  /** Replaces {@code from} by {@code to} in {@code file} of {@code folder}; fails if absent. */
  static void edit(Path folder, String file, String from, String to) throws IOException {
    String text = Files.readString(folder.resolve(file));
    if (!text.contains(from)) {
      throw new AssertionError(file + " does not contain " + from);
    }
    Files.writeString(folder.resolve(file), text.replace(from, to));
  }
}
