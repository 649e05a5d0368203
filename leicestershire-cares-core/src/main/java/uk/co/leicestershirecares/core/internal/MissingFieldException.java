package uk.co.leicestershirecares.core.internal;

import java.util.Arrays;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * What the generated builders throw when a caller passes {@code null} or leaves a required field
 * unset. Its constructors have the shapes Immutables calls; callers catch {@link
 * InvalidRecordException}.
 */
public final class MissingFieldException extends InvalidRecordException {
  private static final long serialVersionUID = 1L;

  private static final String ELEMENT = " element";

  /**
   * Called with the name of a parameter that received {@code null}: a field's name, or for an
   * element of a list the list's name followed by {@code " element"}. The exception names the
   * field, never the element.
   *
   * @param parameter what the generated code calls the parameter
   */
  public MissingFieldException(String parameter) {
    super(fieldOf(parameter), parameter.endsWith(ELEMENT)
        ? fieldOf(parameter) + " must not contain null"
        : parameter + " is required and must not be null");
  }

  /**
   * Called by {@code build()} with the names of required fields that were never set.
   *
   * @param missingFields the names of the unset fields
   */
  public MissingFieldException(String... missingFields) {
    super(
        missingFields.length == 0 ? "unknown" : missingFields[0],
        "required field" + (missingFields.length == 1 ? " " : "s ")
            + String.join(", ", Arrays.asList(missingFields)) + " not set");
  }

  private static String fieldOf(String parameter) {
    return parameter.endsWith(ELEMENT)
        ? parameter.substring(0, parameter.length() - ELEMENT.length())
        : parameter;
  }
}
