package uk.co.leicestershirecares.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code Main.main} registers only the subcommand the first argument names (start-up), and that
 * changes nothing a user sees: the output and exit code are the full tree's, and help, a typo or
 * no command still get every subcommand.
 */
class LazySubcommandsTest {
  @TempDir Path dir;

  @Test
  void aNamedSubcommandIsTheOnlyOneRegistered() {
    assertThat(Main.commandLine("assess").getSubcommands()).containsOnlyKeys("assess");
    assertThat(Main.commandLine("watch").getSubcommands()).containsOnlyKeys("watch");
  }

  @Test
  void helpATypoOrNothingGetEverySubcommand() {
    String[] all = {"assess", "explain", "report", "init", "check", "test", "coverage", "watch",
        "generate-completion", "help"};
    assertThat(Main.commandLine("help").getSubcommands()).containsOnlyKeys(all);
    assertThat(Main.commandLine("generate-completion").getSubcommands()).containsOnlyKeys(all);
    assertThat(Main.commandLine("asess").getSubcommands()).containsOnlyKeys(all);
    assertThat(Main.commandLine("--help").getSubcommands()).containsOnlyKeys(all);
    assertThat(Main.commandLine("").getSubcommands()).containsOnlyKeys(all);
    assertThat(Main.commandLine().getSubcommands()).containsOnlyKeys(all);
  }

  @Test
  void assessAloneAnswersAsTheFullTreeDoes() {
    String record = Files2.copy("record.json", dir).toString();
    String[] args = {"assess", "--record", record, "--as-of", "2026-11-25"};
    assertThat(run(Main.commandLine("assess"), args)).isEqualTo(run(Main.commandLine(), args))
        .startsWith("0\nP-0001 on 2026-11-25");
  }

  @Test
  void badUsageOfANamedSubcommandReadsAsBefore() {
    String[] args = {"assess", "--as-of", "2026-11-25"};
    assertThat(run(Main.commandLine("assess"), args)).isEqualTo(run(Main.commandLine(), args))
        .startsWith("2\n");
  }

  /** Returns the exit code, standard output and standard error, one after the other. */
  private static String run(CommandLine cmd, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = cmd.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
        .execute(args);
    return code + "\n" + out + "--- err\n" + err;
  }
}
