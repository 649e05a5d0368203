package uk.co.leicestershirecares.core.programme;

import uk.co.leicestershirecares.core.InvalidRecordException;

/** Thrown when a programme code is not in the catalogue being asked. */
public final class UnknownProgrammeException extends InvalidRecordException {
  private static final long serialVersionUID = 1L;

  private final ProgrammeCode code;

  /**
   * Creates the exception for a code the catalogue does not hold.
   *
   * @param code the unknown code
   */
  public UnknownProgrammeException(ProgrammeCode code) {
    super("programme", "unknown programme code " + code);
    this.code = code;
  }

  /** Returns the code that was not found. */
  public ProgrammeCode code() {
    return code;
  }
}
