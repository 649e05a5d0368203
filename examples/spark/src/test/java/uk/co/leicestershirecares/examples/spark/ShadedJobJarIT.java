package uk.co.leicestershirecares.examples.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.co.leicestershirecares.rules.CaresRules;

/**
 * The job jar that {@code package} made, {@code target/spark-example-1-job.jar}, run as {@code
 * spark-submit} would run it: in a new JVM whose class path is the jar and Spark's own jars
 * (without the library, Drools or Guava, which only the job jar may bring), with Spark's Java 17
 * options, in {@code local[1]}. It assesses JSON Lines with the shipped Drools rules, loaded from
 * the shaded jar, and gives the library's assessments.
 */
final class ShadedJobJarIT {
  @TempDir Path dir;

  @Test
  void theJobJar_onSparksClassPath_assessesWithTheShippedRules() throws Exception {
    Path target = Path.of("target");
    Path jar = target.resolve("spark-example-1-job.jar");
    assertTrue(Files.isRegularFile(jar), jar + " was built");
    String sparkClassPath = Files.readString(target.resolve("spark.classpath"), UTF_8).strip();
    for (String entry : sparkClassPath.split(File.pathSeparator)) {
      // Paths inside the local Maven repository of the library's, Drools' and Guava's jars.
      String path = entry.replace(File.separatorChar, '/');
      assertFalse(path.contains("/uk/co/leicestershirecares/") || path.contains("/org/drools/")
          || path.contains("/org/kie/") || path.contains("/com/google/guava/"),
          "Spark's class path holds " + entry);
    }
    Path input = GeneratedData.pool(40, 11).writeJsonLines(dir.resolve("records.jsonl"), 50,
        List.of());
    Path out = dir.resolve("out");

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(System.getProperty("spark.jvm.options").split(" ")));
    command.addAll(List.of("-Dspark.master=local[1]", "-Dspark.ui.enabled=false",
        "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1",
        "-cp", jar + File.pathSeparator + sparkClassPath,
        CaresSparkJob.class.getName(),
        "--input", input.toString(), "--output", out.toString(), "--as-of", "2026-11-25",
        "--policy", "drools", "--quarter", "2023/24 Q1"));
    Path log = dir.resolve("log.txt");
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the job ended");
    assertEquals(0, process.exitValue(), Files.readString(log));

    Map<String, String> expected = Expectations.assessments(Expectations.jsonLinesSource(input),
        CaresRules.newBuilder().build(), LocalDate.of(2026, 11, 25));
    Expectations.assertJsonLines(out, expected);
  }
}
