package uk.co.leicestershirecares.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.co.leicestershirecares.core.eligibility.EligibilityOutcome;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/** Runs {@link EmbeddingInAService}: one shared policy, four threads, the reference's answers. */
final class EmbeddingInAServiceTest {

  @Test
  void concurrentAnswersEqualTheSequentialReferenceAnswers() throws InterruptedException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EmbeddingInAService.Served served = EmbeddingInAService.run(
        EmbeddingInAService.REQUESTS, EmbeddingInAService.THREADS,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(served.concurrent()).hasSize(300);
    assertThat(served.concurrent()).isEqualTo(served.reference());
    assertThat(served.threads()).hasSizeBetween(2, 4);
    assertThat(out)
        .contains("All 300 answers equal a sequential run of the ReferencePolicy.")
        .doesNotContain("DIFFERENT")
        .containsPattern("Served 300 requests on [234] threads with one shared DroolsPolicy\\.")
        .contains("  UP: ")
        .contains("  WIRE: ");
    // The made-up records give every answer somewhere: the summary is not all one outcome.
    assertThat(served.concurrent()).flatMap(a -> a.eligibility())
        .filteredOn(d -> d.programme().equals(ProgrammeCode.UP))
        .extracting(d -> d.outcome())
        .contains(EligibilityOutcome.ELIGIBLE, EligibilityOutcome.NOT_ELIGIBLE,
            EligibilityOutcome.NEEDS_INFORMATION);
  }
}
