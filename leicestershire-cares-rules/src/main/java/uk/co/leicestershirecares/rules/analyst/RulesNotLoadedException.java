package uk.co.leicestershirecares.rules.analyst;

import com.google.common.collect.ImmutableList;
import uk.co.leicestershirecares.rules.Diagnostic;

/**
 * A rule folder could not be made into a policy at all: its first load did not compile or lint
 * cleanly. {@link #diagnostics()} says why, {@code file:line:column: message} each.
 */
public final class RulesNotLoadedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<Diagnostic> diagnostics;

  /** Creates the exception with the problems found. */
  public RulesNotLoadedException(String message, ImmutableList<Diagnostic> diagnostics) {
    super(message + ": " + diagnostics);
    this.diagnostics = diagnostics;
  }

  /** Returns the problems found. */
  public ImmutableList<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
