package uk.co.leicestershirecares.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HelpTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--help|Usage: leicestershire-cares",
      "assess --help|Usage: leicestershire-cares assess",
      "explain --help|Usage: leicestershire-cares explain",
      "report --help|Usage: leicestershire-cares report",
      "check --help|Usage: leicestershire-cares check",
      "test --help|Usage: leicestershire-cares test",
      "coverage --help|Usage: leicestershire-cares coverage",
      "watch --help|Usage: leicestershire-cares watch",
      "help report|Usage: leicestershire-cares report",
      "--version|leicestershire-cares ",
  })
  void everyCommandHasHelp(String args, String expected) {
    Run run = Run.of(args.split(" "));

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).startsWith(expected);
    assertThat(run.err).isEmpty();
  }
}
