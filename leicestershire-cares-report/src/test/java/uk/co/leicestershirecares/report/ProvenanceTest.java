package uk.co.leicestershirecares.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link Provenance}, the compact form of a report's sources and evidence: each entry renders as
 * the id the report wrote before it kept entries ({@code P-0001/attendances[3]}), and a list of
 * entries keeps its order through its growth.
 */
final class ProvenanceTest {
  @Test
  void entriesRenderAsTheIdsOfTheRecordsTheyStandFor() {
    Provenance provenance = new Provenance();
    int person = provenance.name("P-0001");
    int outcome = provenance.name("O-9");
    String[] names = provenance.names();

    assertThat(Provenance.render(names, Provenance.entry(Provenance.NAME, person, 0)))
        .isEqualTo("P-0001");
    assertThat(Provenance.render(names, Provenance.entry(Provenance.ATTENDANCE, person, 3)))
        .isEqualTo("P-0001/attendances[3]");
    assertThat(Provenance.render(names, Provenance.entry(Provenance.PLACEMENT, person, 0)))
        .isEqualTo("P-0001/placements[0]");
    assertThat(Provenance.render(names, Provenance.entry(Provenance.REFERRAL, person, 1)))
        .isEqualTo("P-0001/referrals[1]");
    assertThat(Provenance.render(names, Provenance.entry(Provenance.ENROLMENT, person, 12)))
        .isEqualTo("P-0001/enrolments[12]");
    assertThat(Provenance.render(names, Provenance.entry(Provenance.OUTCOME, person, outcome)))
        .isEqualTo("P-0001/O-9");
  }

  @Test
  void daysRenderAsIsoDates_beforeAndAfter1970_andBeyondTheCompactRange() {
    Provenance provenance = new Provenance();
    int person = provenance.name("P-7");
    List<LocalDate> days = List.of(LocalDate.of(2023, 4, 1), LocalDate.of(1970, 1, 1),
        LocalDate.of(1969, 12, 31), LocalDate.of(1900, 2, 28), LocalDate.of(2400, 2, 29),
        LocalDate.MIN, LocalDate.MAX, LocalDate.of(-2_000_000, 1, 1));
    List<Long> entries = new ArrayList<>();
    for (LocalDate day : days) {
      entries.add(provenance.day(person, "P-7", day));
    }
    String[] names = provenance.names();
    for (int i = 0; i < days.size(); i++) {
      assertThat(Provenance.render(names, entries.get(i))).isEqualTo("P-7@" + days.get(i));
    }
  }

  @Test
  void entriesKeepTheirOrder_throughTheFirstBlockAndLaterOnes() {
    qt().withExamples(20)
        .forAll(SourceDSL.integers().between(0, 20_000))
        .checkAssert(size -> {
          Provenance provenance = new Provenance();
          Provenance.Entries entries = new Provenance.Entries();
          List<String> expected = new ArrayList<>();
          for (int i = 0; i < size; i++) {
            int person = provenance.name("P-" + i);
            entries.add(Provenance.entry(Provenance.ATTENDANCE, person, i % 17));
            expected.add("P-" + i + "/attendances[" + (i % 17) + "]");
          }
          assertThat(entries.size()).isEqualTo(size);
          assertThat(entries.render(provenance.names())).containsExactlyElementsOf(expected);
        });
  }
}
