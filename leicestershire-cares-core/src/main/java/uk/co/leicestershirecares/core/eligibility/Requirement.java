package uk.co.leicestershirecares.core.eligibility;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.HomeArea;
import uk.co.leicestershirecares.core.plan.AgeBand;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;
import uk.co.leicestershirecares.core.reason.Source;

/**
 * One condition a programme asks for: a row of the analysts' eligibility table ({@code
 * eligibility.drl.csv}). A young person is eligible for a programme when every one of its
 * conditions in force on the day holds (WIRE also has a second route, for UP completers, which
 * its rules decide).
 *
 * <p>A requirement holds exactly one condition, its {@link #kind()}: an age band, any one of a
 * list of circumstances, one of a list of home areas, or the age band or priority groups of the
 * annual plan in force. Both engines build requirements from the same cells ({@link
 * uk.co.leicestershirecares.core.table.EligibilityTable}), so they read the policy's data once.
 */
public final class Requirement {
  /** What a requirement asks for. */
  public enum Kind {
    /** An age band stated in the row. */
    AGE_BAND,
    /** The age band of the annual plan in force. */
    PLAN_AGE_BAND,
    /** At least one of the row's circumstances, active on the day. */
    ANY_OF_CIRCUMSTANCES,
    /** At least one priority group of the annual plan in force. */
    PLAN_PRIORITY_GROUP,
    /** A home in one of the row's areas. */
    LIVES_IN
  }

  private final int row;
  private final String ruleId;
  private final Source source;
  private final ProgrammeCode programme;
  private final LocalDate inForceFrom;
  private final Optional<LocalDate> inForceTo;
  private final Kind kind;
  private final Optional<AgeBand> ageBand;
  private final ImmutableList<CircumstanceType> circumstances;
  private final ImmutableSet<HomeArea> areas;

  private Requirement(Builder b) {
    this.row = b.row;
    this.ruleId = Objects.requireNonNull(b.ruleId, "ruleId");
    this.source = Objects.requireNonNull(b.source, "source");
    this.programme = Objects.requireNonNull(b.programme, "programme");
    this.inForceFrom = b.inForceFrom;
    this.inForceTo = b.inForceTo;
    this.kind = Objects.requireNonNull(b.kind, "kind: a requirement needs one condition");
    this.ageBand = b.ageBand;
    this.circumstances = b.circumstances;
    this.areas = b.areas;
  }

  /** Returns a builder; the table readers use it. */
  public static Builder builder() {
    return new Builder();
  }

  /** The row of the table the requirement was read from, from 1: a decision's order. */
  public int row() {
    return row;
  }

  /** The rule id its reasons carry, such as {@code UP.age}. */
  public String ruleId() {
    return ruleId;
  }

  /** The sentence the row implements. */
  public Source source() {
    return source;
  }

  /** The programme that asks for it. */
  public ProgrammeCode programme() {
    return programme;
  }

  /** What it asks for. */
  public Kind kind() {
    return kind;
  }

  /** The first day it is in force ({@link LocalDate#MIN} for always). */
  public LocalDate inForceFrom() {
    return inForceFrom;
  }

  /** The last day it is in force, if it ends. */
  public Optional<LocalDate> inForceTo() {
    return inForceTo;
  }

  /** Whether it is in force on {@code date}. */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(inForceFrom) && inForceTo.map(to -> !date.isAfter(to)).orElse(true);
  }

  /** The age band, for {@link Kind#AGE_BAND}. */
  public Optional<AgeBand> ageBand() {
    return ageBand;
  }

  /** The circumstances any one of which qualifies, for {@link Kind#ANY_OF_CIRCUMSTANCES}. */
  public ImmutableList<CircumstanceType> circumstances() {
    return circumstances;
  }

  /** Whether {@code type} is one of {@link #circumstances()}. */
  public boolean qualifies(CircumstanceType type) {
    return circumstances.contains(type);
  }

  /** The home areas, for {@link Kind#LIVES_IN}, in the table's order. */
  public ImmutableSet<HomeArea> areas() {
    return areas;
  }

  /** Whether someone living in {@code area} meets a {@link Kind#LIVES_IN} requirement. */
  public boolean covers(HomeArea area) {
    return areas.contains(area);
  }

  /** Returns {@code Requirement[row, rule id]}. */
  @Override
  public String toString() {
    return "Requirement[" + row + ", " + ruleId + "]";
  }

  /** Builds a {@link Requirement}: exactly one condition must be set. */
  public static final class Builder {
    private int row;
    private String ruleId;
    private Source source;
    private ProgrammeCode programme;
    private LocalDate inForceFrom = LocalDate.MIN;
    private Optional<LocalDate> inForceTo = Optional.empty();
    private Kind kind;
    private Optional<AgeBand> ageBand = Optional.empty();
    private ImmutableList<CircumstanceType> circumstances = ImmutableList.of();
    private ImmutableSet<HomeArea> areas = ImmutableSet.of();

    // NullAway: row() and a condition set the rest before build() (left alone here: issue 19's
    // builder work replaces the hand-written builders).
    @SuppressWarnings("NullAway.Init")
    private Builder() {}

    /** Sets the row, its rule id, its source and its programme. */
    public Builder row(int row, String ruleId, Source source, ProgrammeCode programme) {
      this.row = row;
      this.ruleId = ruleId;
      this.source = source;
      this.programme = programme;
      return this;
    }

    /**
     * Sets the days in force: from {@code from} on, with no end.
     *
     * @throws NullPointerException if {@code from} is null
     */
    public Builder inForce(LocalDate from) {
      this.inForceFrom = Objects.requireNonNull(from, "from");
      this.inForceTo = Optional.empty();
      return this;
    }

    /**
     * Sets the days in force: from {@code from} to {@code to}, both included.
     *
     * @throws NullPointerException if {@code from} or {@code to} is null
     */
    public Builder inForce(LocalDate from, LocalDate to) {
      this.inForceFrom = Objects.requireNonNull(from, "from");
      this.inForceTo = Optional.of(Objects.requireNonNull(to, "to"));
      return this;
    }

    /** Asks for an age band. */
    public Builder ageBand(AgeBand band) {
      kind(Kind.AGE_BAND).ageBand = Optional.of(band);
      return this;
    }

    /** Asks for the age band of the annual plan in force. */
    public Builder planAgeBand() {
      return kind(Kind.PLAN_AGE_BAND);
    }

    /** Asks for any one of {@code types}. */
    public Builder anyOf(Iterable<CircumstanceType> types) {
      kind(Kind.ANY_OF_CIRCUMSTANCES).circumstances = ImmutableList.copyOf(types);
      return this;
    }

    /** Asks for a priority group of the annual plan in force. */
    public Builder planPriorityGroup() {
      return kind(Kind.PLAN_PRIORITY_GROUP);
    }

    /** Asks for a home in one of {@code homeAreas}. */
    public Builder livesIn(Iterable<HomeArea> homeAreas) {
      kind(Kind.LIVES_IN).areas = ImmutableSet.copyOf(homeAreas);
      return this;
    }

    // Every condition sets its kind first, so a second one is refused before it changes anything.
    private Builder kind(Kind kind) {
      if (this.kind != null) {
        throw new IllegalStateException("a requirement holds one condition, not " + this.kind
            + " and " + kind);
      }
      this.kind = kind;
      return this;
    }

    /** Returns the requirement. */
    public Requirement build() {
      return new Requirement(this);
    }
  }
}
