package uk.co.leicestershirecares.examples.springboot;

/**
 * A request parameter the service cannot use: {@link BadInputAdvice} answers it with a 400
 * problem that names the parameter. The message is a fixed sentence, never the value.
 */
final class BadParameterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String parameter;

  BadParameterException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  /** Returns the parameter's name, such as {@code quarter}. */
  String parameter() {
    return parameter;
  }
}
