package uk.co.leicestershirecares.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script, {@code bin/leicestershire-cares}, on the runnable jar this build packaged
 * (run by the {@code integration-test} phase, after {@code package}): {@code --version} prints the
 * project version, and the class-data archive is written only by a successful real run.
 *
 * <p>Regression, issue item 9: "{@code leicestershire-cares assess --help} as the first command
 * writes a 1.4 MB class-data archive holding only picocli, and every later {@code assess} takes
 * 0.65–0.70 s instead of 0.43 s until the cache is deleted; a failing {@code assess} does the
 * same."
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {
  private static final Path LAUNCHER = Paths.get("bin", "leicestershire-cares").toAbsolutePath();

  @TempDir Path cache;
  @TempDir Path dir;

  private Path record;

  @BeforeEach
  void record() {
    // -Dtest=LauncherIT runs it in the test phase too, before package has made the jar.
    assumeTrue(Boolean.getBoolean("packaged"), "runs in the integration-test phase");
    record = Files2.copy("record.json", dir);
  }

  @Test
  void versionIsTheProjectVersion() throws Exception {
    String version = System.getProperty("project.version");
    assertThat(version).as("set by the pom").isNotBlank();

    Run run = run("--version");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo("leicestershire-cares " + version + "\n");
    assertThat(archives()).isEmpty();
  }

  @Test
  void helpAsTheFirstCommandWritesNoArchive() throws Exception {
    for (String[] args : List.of(new String[] {"assess", "--help"}, new String[] {"assess", "-h"},
        new String[] {"report", "-qh"}, new String[] {"explain", "-h"})) {
      Run run = run(args);
      assertThat(run.exitCode).as(run.toString()).isZero();
      assertThat(run.out).isNotEmpty();
    }
    assertThat(files()).isEmpty();
  }

  @Test
  void aFailingRunWritesNoArchive() throws Exception {
    Run run = run("assess", "--record", dir.resolve("nowhere.json").toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.err).startsWith("error: ");
    assertThat(files()).isEmpty();
  }

  @Test
  void aSuccessfulRunWritesOneThatLaterRunsMapAndReplacesAnOldOne() throws Exception {
    // An archive of the launcher before it, perhaps written by `assess --help`.
    Path old = Files.write(cache.resolve("cli-3589778473178.jsa"), new byte[] {1, 2, 3});

    Run first = assess();

    assertThat(first.exitCode).as(first.toString()).isZero();
    assertThat(first.out).startsWith("P-0001 on 2026-11-25 (plan year 2026/27)\n");
    assertThat(first.err).isEmpty();
    List<Path> archives = archives();
    assertThat(archives).hasSize(1);
    Path archive = archives.get(0);
    assertThat(archive.getFileName().toString()).startsWith("cli-v2-");
    assertThat(Files.size(archive)).isGreaterThan(1_000_000);
    assertThat(old).doesNotExist();
    assertThat(files()).containsExactly(archive);

    FileTime written = Files.getLastModifiedTime(archive);
    Run second = assess();

    assertThat(second.out).isEqualTo(first.out);
    assertThat(second.err).isEmpty();
    assertThat(files()).containsExactly(archive);
    assertThat(Files.getLastModifiedTime(archive)).isEqualTo(written);
  }

  private Run assess() throws Exception {
    return run("assess", "--record", record.toString(), "--as-of", "2026-11-25");
  }

  private List<Path> archives() throws IOException {
    return files().stream().filter(f -> f.toString().endsWith(".jsa"))
        .collect(Collectors.toList());
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      return files.sorted().collect(Collectors.toList());
    }
  }

  private Run run(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile());
    Map<String, String> env = builder.environment();
    env.put("JAVA", Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    env.put("LEICESTERSHIRE_CARES_CDS_DIR", cache.toString());
    env.remove("LEICESTERSHIRE_CARES_CDS");
    env.remove("JAVA_OPTS");
    Process process = builder.start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();
    return Run.finished(process.exitValue(),
        Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }
}
