package uk.co.leicestershirecares.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/**
 * {@code leicestershire-cares generate-completion} prints a bash and zsh completion script that
 * knows every command. It used to fail with "Unmatched argument", because the subcommands are
 * registered at run time and picocli's completion subcommand was never among them.
 */
class CompletionTest {
  @Test
  void generateCompletionPrintsAScriptForEveryCommand() {
    Run run = Run.of("generate-completion");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.err).isEmpty();
    List<String> names = CaresCommand.SUBCOMMANDS.stream()
        .map(subcommand -> subcommand.getAnnotation(Command.class).name())
        .collect(Collectors.toList());
    assertThat(names).contains("assess", "report", "watch", "generate-completion", "help");
    assertThat(run.out).startsWith("#!/usr/bin/env bash")
        .contains("complete -F _complete_leicestershire-cares -o default leicestershire-cares ")
        .contains("local commands=\"" + String.join(" ", names) + "\"")
        .contains("--record", "--as-of", "--quarter", "--scenarios");
    for (String name : names) {
      assertThat(run.out).as(name)
          .contains("function _picocli_leicestershire-cares_" + name.replace("-", "") + "()");
    }
  }

  @Test
  void helpSaysHowToInstallIt() {
    assertThat(Run.of("--help").out)
        .contains("generate-completion")
        .contains("source <(leicestershire-cares generate-completion)");
    // Help wraps its lines: compare with the spaces and line breaks made one space.
    assertThat(Run.of("--help").out.replaceAll("\\s+", " ")).contains(
        "documented in docs/record-format.md in the distribution or the source repository.");
    assertThat(Run.of("assess", "--help").out.replaceAll("\\s+", " ")).contains(
        "(the record format: docs/record-format.md in the distribution or the source "
            + "repository)");
  }
}
