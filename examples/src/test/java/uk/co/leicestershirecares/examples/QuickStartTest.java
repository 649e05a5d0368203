package uk.co.leicestershirecares.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Runs {@link QuickStart}, the README's first command, so it never rots. */
final class QuickStartTest {

  private static String run() {
    return run(false);
  }

  private static String run(boolean drools) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuickStart.run(LocalDate.of(2026, 11, 25), drools,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theDroolsRulesPrintTheSameAnswersAndTheRulesThatFired() {
    String reference = run(false);
    String drools = run(true);
    String droolsAnswers = drools.replaceAll("(?m)^  rules fired: .*\\R\\R", "");
    assertThat(droolsAnswers).isEqualTo(reference);
    assertThat(drools)
        .contains("  rules fired: ")
        .contains("WIRE.progression-from-UP")
        .contains("STAGE.crisis");
  }

  @Test
  void upCompleterWithAConvictionMayJoinWire() {
    String out = run();
    String first = out.substring(out.indexOf("P-0001"), out.indexOf("P-0002"));
    assertThat(first)
        .contains("WIRE: ELIGIBLE")
        .contains("[WIRE.progression-from-UP]")
        .contains("Aged 19 on 2026-11-25");
  }

  @Test
  void roughSleeperIsWithinWithEmploymentOnHold() {
    String out = run();
    String second = out.substring(out.indexOf("P-0002"), out.indexOf("P-0003"));
    assertThat(second)
        .contains("stage: WITHIN")
        .contains("employment pathway: ON_HOLD")
        .contains("Employment is on hold while rough sleeping is dealt with.");
  }

  @Test
  void careExperienced17YearOldIsToldWhenUpOpens() {
    String out = run();
    String third = out.substring(out.indexOf("P-0003"));
    assertThat(third)
        .contains("LEAVING_CARE: ELIGIBLE")
        .contains("UP: NOT_ELIGIBLE")
        .contains("missing: turns 18 on 2027-03-04  [UP.age]")
        .contains("stage: WITH");
  }
}
