package uk.co.leicestershirecares.core.programme;

import java.util.regex.Pattern;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.TextId;
import uk.co.leicestershirecares.core.internal.Checks;

/**
 * The code of a programme, such as {@code UP} or {@code LEAVING_CARE}: an upper-case letter
 * followed by up to 31 upper-case letters, digits or underscores. Codes compare by their text.
 */
public final class ProgrammeCode extends TextId<ProgrammeCode> {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

  /** UP — Unlocking Potential: one-to-one support for 18–25s with convictions or at risk. */
  public static final ProgrammeCode UP = new ProgrammeCode("UP");

  /** WIRE: employability and mentored work placements for people with convictions. */
  public static final ProgrammeCode WIRE = new ProgrammeCode("WIRE");

  /** Leaving Care: group work and campaigns with care experienced young people. */
  public static final ProgrammeCode LEAVING_CARE = new ProgrammeCode("LEAVING_CARE");

  /** Care leaver mentoring by business volunteers. */
  public static final ProgrammeCode CARE_LEAVER_MENTORING =
      new ProgrammeCode("CARE_LEAVER_MENTORING");

  /** Mind Matters: mental wellbeing and reducing isolation for care experienced young people. */
  public static final ProgrammeCode MIND_MATTERS = new ProgrammeCode("MIND_MATTERS");

  /** Targeted youth work under each year's annual plan. */
  public static final ProgrammeCode TARGETED_YOUTH_WORK = new ProgrammeCode("TARGETED_YOUTH_WORK");

  private ProgrammeCode(String value) {
    super(value);
  }

  /**
   * Returns the code with the given text.
   *
   * @param value the code, for example {@code WIRE}
   * @return the code
   * @throws InvalidRecordException if {@code value} is null or not a well-formed code
   */
  public static ProgrammeCode of(String value) {
    Checks.notNull(value, "programme");
    if (!CODE.matcher(value).matches()) {
      throw new InvalidRecordException(
          "programme",
          "programme code must be an upper-case letter followed by up to 31"
              + " upper-case letters, digits or underscores");
    }
    return new ProgrammeCode(value);
  }
}
