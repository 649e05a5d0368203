package uk.co.leicestershirecares.report;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/**
 * Which programmes a report counts: {@linkplain #allProgrammes() all of them} (the charity's
 * whole report) or {@linkplain #of(ProgrammeCode) one} (a programme's report to its funder).
 *
 * <p>A caller holding an optional programme, from a command-line option say, maps it once:
 *
 * <pre>{@code
 * ReportScope scope = option.map(ReportScope::of).orElse(ReportScope.allProgrammes());
 * }</pre>
 */
public final class ReportScope {
  private static final ReportScope ALL = new ReportScope(null);

  private final @Nullable ProgrammeCode programme;

  private ReportScope(@Nullable ProgrammeCode programme) {
    this.programme = programme;
  }

  /** Returns the scope of a report on every programme. */
  public static ReportScope allProgrammes() {
    return ALL;
  }

  /**
   * Returns the scope of a report on {@code programme} alone.
   *
   * @throws InvalidRecordException if {@code programme} is null
   */
  public static ReportScope of(ProgrammeCode programme) {
    return new ReportScope(Checks.notNull(programme, "programme"));
  }

  /** Returns the one programme reported on, or empty for all programmes. */
  public Optional<ProgrammeCode> programme() {
    return Optional.ofNullable(programme);
  }

  /** Returns whether a fact of {@code code} belongs to a report of this scope. */
  public boolean includes(ProgrammeCode code) {
    return programme == null || programme.equals(code);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReportScope that && Objects.equals(programme, that.programme);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(programme);
  }

  /** Returns {@code all programmes} or the programme's code, such as {@code LEAVING_CARE}. */
  @Override
  public String toString() {
    return programme == null ? "all programmes" : programme.toString();
  }
}
