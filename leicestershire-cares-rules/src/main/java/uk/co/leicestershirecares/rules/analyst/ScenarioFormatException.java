package uk.co.leicestershirecares.rules.analyst;

import uk.co.leicestershirecares.json.JsonFormatException;

/**
 * A scenario file that does not follow the scenario format. {@link #file()} names the file and
 * {@link #field()} the JSON path in it (such as {@code $[2].record.circumstances[0].type}); the
 * message names both, for example {@code paul.json: unknown field 'expct' at $}.
 */
public final class ScenarioFormatException extends JsonFormatException {
  private static final long serialVersionUID = 1L;

  private final String file;

  /**
   * Creates the exception.
   *
   * @param file the file, as the caller named it
   * @param path the JSON path of the offending value
   * @param message what is wrong, naming the path (the file is added in front)
   * @param line the line of a syntax error, or 0
   * @param column the column of a syntax error, or 0
   */
  public ScenarioFormatException(String file, String path, String message, int line,
      int column) {
    super(path, file + ": " + message, line, column);
    this.file = file;
  }

  /** Returns the file the problem is in. */
  public String file() {
    return file;
  }
}
