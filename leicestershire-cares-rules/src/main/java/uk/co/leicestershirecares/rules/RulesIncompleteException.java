package uk.co.leicestershirecares.rules;

/**
 * The rules left a question unanswered or answered it twice: no rule decided the stage, a
 * programme or an outcome, or two rules gave different stages. The shipped rules never do this;
 * a rule folder under edit may.
 */
public final class RulesIncompleteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the question, never participant data. */
  public RulesIncompleteException(String message) {
    super(message);
  }
}
