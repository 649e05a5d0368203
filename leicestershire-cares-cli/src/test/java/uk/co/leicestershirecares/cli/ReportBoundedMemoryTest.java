package uk.co.leicestershirecares.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, item 6, the {@code report} half: "large inputs are streamed ..., so 1,000,000 records
 * assess and report in bounded memory at the engine's speed". Measured before: a 200 MB data set
 * gave no answer in 180 s, and a 20 MB one failed with {@code -Xmx1g} (the data set was read
 * whole, about ten times its size in heap).
 *
 * <p>{@code report} runs in a new JVM whose heap is far smaller than its data set: 10,000
 * generated participant records (about 17 MB of JSON, listed after the sessions and partners) in
 * a 32 MiB heap, where the data set read whole needed about ten times its size. The report keeps
 * its counts and the ids of the records behind each number, which grow with the records counted;
 * the records themselves are read one at a time. The size is small because the engine reports
 * about a thousand generated records a second over a quarter (it asks the policy about each young
 * person worked with); the full size runs with {@code -Dcares.reportMemory.records=1000000
 * -Dcares.reportMemory.heap=256m}. Measured (two shared cores): 1,000,000 records, 1.74 GB,
 * {@code report --quarter 2023/24-Q1 --format csv} in {@code -Xmx160m}, 197 s, about 5,000
 * records a second (the first pass, sessions and partners, about 35 s); about 95 MB live at the
 * end, the ids of the records behind the numbers and the participant ids seen.
 */
final class ReportBoundedMemoryTest {
  private static final int RECORDS = Integer.getInteger("cares.reportMemory.records", 10_000);
  private static final String HEAP = System.getProperty("cares.reportMemory.heap", "32m");

  @TempDir Path dir;

  @Test
  void reportsALargeDataSetInASmallHeap_readingTheRecordsOneAtATime() throws Exception {
    // A data set of one session, no partners and the records, written one record at a time: the
    // test never holds the list either.
    Path data = LargeInputs.writeRecords(dir.resolve("data-set.json"),
        "{\"sessions\": [{\"id\": \"S-1\", \"programme\": \"UP\", \"date\": \"2023-05-02\","
            + " \"kind\": \"GROUP\"}],\n \"partners\": [],\n \"participants\": [",
        RECORDS, "]}");
    assertThat(Files.size(data)).isGreaterThan(RECORDS * 1000L);

    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = LargeInputs.workbench(HEAP,
            "report", "--data", data.toString(), "--quarter", "2023/24-Q1",
            "--format", "csv", "--quiet", "--max-input-size", "4g")
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();

    assertThat(process.exitValue()).as(Files.readString(err)).isZero();
    assertThat(Files.readString(err)).isEmpty();
    // The lines of the report, then its indicators; the records were counted.
    List<String> lines = Files.readAllLines(out, UTF_8);
    String attendances = lines.stream().filter(line -> line.startsWith("attendances,"))
        .findFirst().orElseThrow();
    assertThat(Integer.parseInt(attendances.split(",")[2])).isPositive();
  }
}
