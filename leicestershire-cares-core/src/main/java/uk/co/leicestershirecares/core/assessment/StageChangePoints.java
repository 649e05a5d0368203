package uk.co.leicestershirecares.core.assessment;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import uk.co.leicestershirecares.core.engagement.Attendance;
import uk.co.leicestershirecares.core.engagement.MentoringMatch;
import uk.co.leicestershirecares.core.engagement.WorkPlacement;
import uk.co.leicestershirecares.core.outcome.OutcomeEvent;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;

/**
 * The days on which a participant's stage can change. Between two consecutive such days every
 * fact the stage rules read is constant: a circumstance is active from its start to its end, and
 * evidence dated {@code [s, e]} is recent on day {@code x} exactly when {@code s <= x <= e +
 * window}. So the stage can only change on a start, the day after an end, or the day after an end
 * plus the window.
 */
final class StageChangePoints {
  private StageChangePoints() {}

  static SortedSet<LocalDate> of(
      ParticipantRecord record, Period window, LocalDate from, LocalDate to) {
    TreeSet<LocalDate> days = new TreeSet<>();
    days.add(from);
    for (Circumstance c : record.participant().circumstances()) {
      days.add(c.from());
      c.to().ifPresent(end -> days.add(end.plusDays(1)));
    }
    for (Attendance a : record.attendances()) {
      addEvidence(days, a.date(), Optional.of(a.date()), window);
    }
    for (WorkPlacement p : record.placements()) {
      addEvidence(days, p.from(), p.to(), window);
    }
    for (MentoringMatch m : record.mentoringMatches()) {
      addEvidence(days, m.from(), m.to(), window);
    }
    for (OutcomeEvent o : record.outcomes()) {
      addEvidence(days, o.date(), StageRules.lastDayHeld(o), window);
    }
    return days.subSet(from, to.plusDays(1));
  }

  private static void addEvidence(
      TreeSet<LocalDate> days, LocalDate start, Optional<LocalDate> end, Period window) {
    days.add(start);
    if (end.isPresent()) {
      LocalDate e = end.get();
      days.add(e.plusDays(1));
      days.add(e.plus(window).plusDays(1));
    }
  }
}
