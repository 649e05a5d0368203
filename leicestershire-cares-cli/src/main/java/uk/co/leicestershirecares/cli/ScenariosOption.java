package uk.co.leicestershirecares.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Option;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.rules.analyst.Scenario;
import uk.co.leicestershirecares.rules.analyst.ScenarioReader;

/** The {@code --scenarios FILE_OR_DIR} option of {@code test} and {@code coverage}. */
final class ScenariosOption {
  @Option(names = "--scenarios", required = true, paramLabel = "FILE_OR_DIR",
      description = "a scenario file (JSON), or a folder of them")
  Path scenarios;

  /**
   * Reads the scenarios: a regular file of at most {@code limit} bytes, or a folder whose {@code
   * .json} files are each at most that.
   */
  ImmutableList<Scenario> read(long limit) {
    if (!Files.exists(scenarios)) {
      throw CliException.badInput(scenarios + ": no such file or folder");
    }
    try {
      if (!Files.isDirectory(scenarios)) {
        Path name = scenarios.getFileName();
        return ScenarioReader.read(name == null ? scenarios.toString() : name.toString(),
            Inputs.text(scenarios, limit));
      }
      List<Path> files;
      try (Stream<Path> list = Files.list(scenarios)) {
        // The files ScenarioReader reads: the regular .json files of the folder.
        files = list.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".json"))
            .collect(Collectors.toList());
      }
      for (Path file : files) {
        if (Files.size(file) > limit) {
          throw Inputs.tooLarge(file, limit);
        }
      }
      return ScenarioReader.read(scenarios);
    } catch (IOException | UncheckedIOException e) {
      throw CliException.badInput(scenarios + ": cannot be read");
    } catch (InvalidRecordException e) {
      // Scenario errors name the file and the JSON path, never personal data.
      throw CliException.badInput(Objects.requireNonNullElse(e.getMessage(), ""));
    }
  }
}
