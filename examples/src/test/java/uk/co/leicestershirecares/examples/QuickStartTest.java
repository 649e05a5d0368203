package uk.co.leicestershirecares.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Runs {@link QuickStart}, the README's first command, so it never rots. */
final class QuickStartTest {

  private static String run() {
    return run(false);
  }

  private static String run(boolean drools) {
    return Printed.by(out -> QuickStart.run(LocalDate.of(2026, 11, 25), drools, out));
  }

  // What the reference policy's run prints about one person: from their id to the next one's.
  private static String printedAbout(String id, String nextId) {
    String out = run();
    return nextId.isEmpty() ? out.substring(out.indexOf(id))
        : out.substring(out.indexOf(id), out.indexOf(nextId));
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
    assertThat(printedAbout("P-0001", "P-0002"))
        .contains("WIRE: ELIGIBLE")
        .contains("[WIRE.progression-from-UP]")
        .contains("Aged 19 on 2026-11-25");
  }

  @Test
  void roughSleeperIsWithinWithEmploymentOnHold() {
    assertThat(printedAbout("P-0002", "P-0003"))
        .contains("stage: WITHIN")
        .contains("employment pathway: ON_HOLD")
        .contains("Employment is on hold while rough sleeping is dealt with.");
  }

  @Test
  void careExperienced17YearOldIsToldWhenUpOpens() {
    assertThat(printedAbout("P-0003", ""))
        .contains("LEAVING_CARE: ELIGIBLE")
        .contains("UP: NOT_ELIGIBLE")
        .contains("missing: turns 18 on 2027-03-04  [UP.age]")
        .contains("stage: WITH");
  }
}
