package uk.co.leicestershirecares.benchmarks.coldstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.co.leicestershirecares.benchmarks.ShippedRules;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up probes and their launcher still run: each probe's {@code main} in this JVM (not
 * timed: a warm JVM says nothing about cold start), and {@link ColdStart} once over two cheap
 * variants, checking its machine-readable output rather than its numbers.
 */
final class ProbesTest {
  /** Each probe's {@code main}, by the name it prints: each must give the reference's stage. */
  static Stream<Arguments> probes() {
    return Stream.of(
        Arguments.of("reference", (Main) () -> ReferenceProbe.main(new String[0])),
        Arguments.of("precompiled", (Main) () -> PrecompiledProbe.main(new String[0])),
        Arguments.of("container", (Main) () -> ContainerProbe.main(new String[0])),
        // Compiles the shipped rules first.
        Arguments.of("runtime-compile", (Main) () -> RuntimeCompileProbe.main(new String[0])));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("probes")
  void probe_givesTheReferenceAnswer(String probe, Main main) throws Exception {
    assertThat(run(main)).isEqualTo("probe=" + probe + " stage=WITHIN");
  }

  @Test
  void shippedRules_copiesEveryShippedRuleFile(@TempDir Path folder) throws Exception {
    List<Path> copied = ShippedRules.copyTo(folder);
    assertThat(copied).extracting(p -> p.getFileName().toString())
        .contains("eligibility.drl.csv", "outcomes.drl.csv").hasSize(5);
    assertThat(copied).allSatisfy(p -> assertThat(p).isRegularFile().isNotEmptyFile());
  }

  @Test
  void coldStart_writesOneLinePerVariantAndTheRatio(@TempDir Path out) throws Exception {
    ColdStart.main(new String[] {"--runs", "1", "--warmup", "0", "--out", out.toString(),
        "--variants", "reference,precompiled"});
    List<String> lines = Files.readAllLines(out.resolve("coldstart.csv"));
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).matches("coldstart,reference,\\d+,\\d+,\\d+,1");
    assertThat(lines.get(1)).matches("coldstart,precompiled,\\d+,\\d+,\\d+,1");
    assertThat(lines.get(2)).matches("coldstart-ratio,precompiled/reference,\\d+\\.\\d\\d");
  }

  @Test
  void timings_medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    ColdStart.Timings timings = new ColdStart.Timings("v", List.of(40L, 10L, 30L, 20L));
    assertThat(timings.median()).isEqualTo(25);
    assertThat(timings.csv()).isEqualTo("coldstart,v,25,10,40,4");
  }

  interface Main {
    void run() throws Exception;
  }

  /** Runs {@code main} with standard output captured; returns what it printed, stripped. */
  private static String run(Main main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8).strip();
  }
}
