package uk.co.leicestershirecares.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.rules.analyst.Scenario;
import uk.co.leicestershirecares.rules.analyst.ScenarioReader;

/** The {@code --scenarios FILE_OR_DIR} option of {@code test} and {@code coverage}. */
final class ScenariosOption {
  @Option(names = "--scenarios", required = true, paramLabel = "FILE_OR_DIR",
      description = "a scenario file (JSON), or a folder of them")
  Path scenarios;

  ImmutableList<Scenario> read() {
    if (!Files.exists(scenarios)) {
      throw CliException.badInput(scenarios + ": no such file or folder");
    }
    try {
      return ScenarioReader.read(scenarios);
    } catch (IOException e) {
      throw CliException.badInput(scenarios + ": cannot be read");
    } catch (InvalidRecordException e) {
      // Scenario errors name the file and the JSON path, never personal data.
      throw CliException.badInput(e.getMessage());
    }
  }
}
