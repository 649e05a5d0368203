package uk.co.leicestershirecares.core.programme;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;

/**
 * An immutable catalogue of programmes, keyed by code, in the order they were added.
 *
 * <p>{@link #standard()} holds the programmes named in the source documents, with the days UP and
 * WIRE began ({@link #UP_LAUNCHED}, {@link #WIRE_STARTED}); the others have no recorded start. Callers extend it
 * with their own programmes through {@link #with(Programme)}, which returns a new catalogue.
 */
public final class ProgrammeCatalogue {
  /**
   * The day UP runs from in the standard catalogue: seed 000 says "This year, the charity launched
   * the Unlocking Potential Project" and "Hasina joined the UP-Project in September 2019."
   *
   * @see "policy-decisions.md: When the programmes run"
   */
  public static final LocalDate UP_LAUNCHED = LocalDate.of(2019, 9, 1);

  /**
   * The day WIRE runs from in the standard catalogue: "The WIRE project has been running for 12
   * years" in the update of UP's first year, 2019/20, so from the start of the 2007/08 year.
   *
   * @see "policy-decisions.md: When the programmes run"
   */
  public static final LocalDate WIRE_STARTED = LocalDate.of(2007, 4, 1);

  private static final ProgrammeCatalogue STANDARD =
      of(
          Programme.builder()
              .code(ProgrammeCode.UP)
              .name("UP — Unlocking Potential")
              .description(
                  "Holistic one-to-one support on housing, benefits, mental health, drug and"
                      + " alcohol misuse and money management for young people aged 18-25 with"
                      + " convictions or at risk of offending.")
              .funder("Leicestershire Police and Crime Commissioner")
              .runsFrom(UP_LAUNCHED)
              .build(),
          Programme.builder()
              .code(ProgrammeCode.WIRE)
              .name("WIRE")
              .description(
                  "Employability workshops and two-week unpaid mentored work placements with"
                      + " business partners for people with convictions; CSCS card training.")
              .funder("Leicestershire Police and Crime Commissioner")
              .runsFrom(WIRE_STARTED)
              .build(),
          Programme.builder()
              .code(ProgrammeCode.LEAVING_CARE)
              .name("Leaving Care")
              .description(
                  "Group work, an empowerment group for young women, campaigns and peer research"
                      + " (Joining up Joining) and a parents' support network for care experienced"
                      + " young people.")
              .funder("Esmée Fairbairn Foundation and Blagrave Trust")
              .build(),
          Programme.builder()
              .code(ProgrammeCode.CARE_LEAVER_MENTORING)
              .name("Care leaver mentoring")
              .description(
                  "Co-designed mentoring that builds professional networks for care experienced"
                      + " young people.")
              .build(),
          Programme.builder()
              .code(ProgrammeCode.MIND_MATTERS)
              .name("Mind Matters")
              .description(
                  "Mental wellbeing, resilience and reducing isolation for care experienced young"
                      + " people through peer support and activities.")
              .build(),
          Programme.builder()
              .code(ProgrammeCode.TARGETED_YOUTH_WORK)
              .name("Targeted youth work")
              .description(
                  "One-to-one and group work with the priority groups of each year's annual plan,"
                      + " framed by the Power to Change approach.")
              .build());

  private final ImmutableMap<ProgrammeCode, Programme> programmes;

  private ProgrammeCatalogue(ImmutableMap<ProgrammeCode, Programme> programmes) {
    this.programmes = programmes;
  }

  /**
   * Returns the catalogue of the programmes named in the source documents: {@code UP}, {@code
   * WIRE}, {@code LEAVING_CARE}, {@code CARE_LEAVER_MENTORING}, {@code MIND_MATTERS} and {@code
   * TARGETED_YOUTH_WORK}.
   */
  public static ProgrammeCatalogue standard() {
    return STANDARD;
  }

  /**
   * Returns a catalogue of the given programmes, in order.
   *
   * @throws InvalidRecordException if a programme is null or two share a code
   */
  public static ProgrammeCatalogue of(Programme... programmes) {
    Checks.notNull(programmes, "programmes");
    Map<ProgrammeCode, Programme> byCode = new LinkedHashMap<>();
    for (Programme programme : programmes) {
      add(byCode, Checks.notNull(programme, "programme"));
    }
    return new ProgrammeCatalogue(ImmutableMap.copyOf(byCode));
  }

  /**
   * Returns a new catalogue holding this catalogue's programmes followed by {@code programme}.
   *
   * @throws InvalidRecordException if {@code programme} is null or its code is already present
   */
  public ProgrammeCatalogue with(Programme programme) {
    Map<ProgrammeCode, Programme> byCode = new LinkedHashMap<>(programmes);
    add(byCode, Checks.notNull(programme, "programme"));
    return new ProgrammeCatalogue(ImmutableMap.copyOf(byCode));
  }

  private static void add(Map<ProgrammeCode, Programme> byCode, Programme programme) {
    if (byCode.putIfAbsent(programme.code(), programme) != null) {
      throw new InvalidRecordException(
          "programme", "programme code " + programme.code() + " is already in the catalogue");
    }
  }

  /** Returns every programme, in the order added. */
  public ImmutableCollection<Programme> programmes() {
    return programmes.values();
  }

  /** Returns whether the catalogue holds a programme with {@code code}. */
  public boolean contains(ProgrammeCode code) {
    return programmes.containsKey(code);
  }

  /** Returns the programme with {@code code}, if the catalogue holds one. */
  public Optional<Programme> find(ProgrammeCode code) {
    return Optional.ofNullable(programmes.get(Checks.notNull(code, "programme")));
  }

  /**
   * Returns the programme with {@code code}.
   *
   * @throws UnknownProgrammeException if the catalogue holds no such programme
   */
  public Programme get(ProgrammeCode code) {
    return find(code).orElseThrow(() -> new UnknownProgrammeException(code));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProgrammeCatalogue programmeCatalogue
        && programmeCatalogue.programmes.equals(programmes);
  }

  @Override
  public int hashCode() {
    return programmes.hashCode();
  }

  /** Returns the codes in the catalogue, for example {@code ProgrammeCatalogue[UP, WIRE]}. */
  @Override
  public String toString() {
    return "ProgrammeCatalogue" + programmes.keySet();
  }
}
