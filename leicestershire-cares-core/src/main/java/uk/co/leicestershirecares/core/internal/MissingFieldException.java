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

  /**
   * Called with the name of a parameter that received {@code null}.
   *
   * @param field the parameter's name
   */
  public MissingFieldException(String field) {
    super(field, field + " is required and must not be null");
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
}
