package uk.co.leicestershirecares.benchmarks.peers;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import uk.co.leicestershirecares.core.programme.ProgrammeCatalogue;

/**
 * The codes of the programmes running on the last date asked about, kept because every record of
 * a batch asks about the same date, as a user's service would keep them. Thread-safe.
 */
final class RunningProgrammes {
  private record OnDate(LocalDate date, ImmutableList<String> codes) {}

  private final ProgrammeCatalogue catalogue;
  private volatile OnDate last;

  RunningProgrammes(ProgrammeCatalogue catalogue) {
    this.catalogue = catalogue;
    this.last = new OnDate(LocalDate.MIN, PeerInputs.running(catalogue, LocalDate.MIN));
  }

  ImmutableList<String> on(LocalDate date) {
    OnDate known = last;
    if (!known.date().equals(date)) {
      known = new OnDate(date, PeerInputs.running(catalogue, date));
      last = known;
    }
    return known.codes();
  }
}
