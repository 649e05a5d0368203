package uk.co.leicestershirecares.cli;

/** A failure to report as one line on standard error, with the exit code to return. */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Exit code for a failed check. */
  static final int CHECK_FAILED = 1;
  /** Exit code for bad usage or bad input. */
  static final int BAD_INPUT = 2;

  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  static CliException badInput(String message) {
    return new CliException(BAD_INPUT, message);
  }

  int exitCode() {
    return exitCode;
  }
}
