package uk.co.leicestershirecares.testing;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * An attempt to build something invalid, with the field the library's {@link
 * InvalidRecordException} must name. {@link #toString()} describes the input for failure reports;
 * the data is synthetic. Generate them with {@link CaresGenerators#invalidInputs()} or one kind at
 * a time from {@link InvalidInputs}.
 */
public final class InvalidInput {
  private final String kind;
  private final String expectedField;
  private final Optional<LocalDate> dateOfBirth;
  private final String details;
  private final Supplier<?> attempt;

  private InvalidInput(String kind, String expectedField, Optional<LocalDate> dateOfBirth,
      String details, Supplier<?> attempt) {
    this.kind = Objects.requireNonNull(kind);
    this.expectedField = Objects.requireNonNull(expectedField);
    this.dateOfBirth = Objects.requireNonNull(dateOfBirth);
    this.details = Objects.requireNonNull(details);
    this.attempt = Objects.requireNonNull(attempt);
  }

  /**
   * Returns an invalid input.
   *
   * @param kind the kind of mistake, for example {@code enrolment ends before it starts}
   * @param expectedField the field the exception must name
   * @param details a description of the input, for failure reports
   * @param attempt builds the invalid value, which must throw
   * @return an invalid input
   */
  public static InvalidInput of(
      String kind, String expectedField, String details, Supplier<?> attempt) {
    return new InvalidInput(kind, expectedField, Optional.empty(), details, attempt);
  }

  /**
   * Returns an invalid input involving a date of birth, which the library's message must never
   * echo (see {@link #dateOfBirth()}).
   *
   * @param kind the kind of mistake
   * @param expectedField the field the exception must name
   * @param dateOfBirth the date of birth involved
   * @param details a description of the input, for failure reports
   * @param attempt builds the invalid value, which must throw
   * @return an invalid input
   */
  public static InvalidInput involvingDateOfBirth(String kind, String expectedField,
      LocalDate dateOfBirth, String details, Supplier<?> attempt) {
    return new InvalidInput(kind, expectedField, Optional.of(dateOfBirth), details, attempt);
  }

  /**
   * Returns the date of birth the input involves, if any: privacy tests check that the
   * rejection's message never echoes it.
   */
  public Optional<LocalDate> dateOfBirth() {
    return dateOfBirth;
  }

  /** Returns the kind of mistake, for example {@code enrolment ends before it starts}. */
  public String kind() {
    return kind;
  }

  /**
   * Returns the field the exception must name: the exception's {@link
   * InvalidRecordException#field() field} is this path, or, for a list, this path followed by
   * {@code [} or a space (an element of it).
   */
  public String expectedField() {
    return expectedField;
  }

  /**
   * Runs the attempt and returns what it threw, or empty if it built without error.
   *
   * @return what the attempt threw
   */
  public Optional<Throwable> attemptToBuild() {
    try {
      attempt.get();
      return Optional.empty();
    } catch (RuntimeException | Error e) {
      return Optional.of(e);
    }
  }

  /**
   * Returns whether {@code field} is the {@link #expectedField()} or an element of it.
   *
   * @param field the field an exception named
   * @return whether it is the expected field
   */
  public boolean namesExpectedField(String field) {
    return field.equals(expectedField)
        || field.startsWith(expectedField + "[")
        || field.startsWith(expectedField + " ");
  }

  /**
   * Checks that the attempt throws an {@link InvalidRecordException} naming {@link
   * #expectedField()}, and returns it.
   *
   * @return the exception thrown
   * @throws AssertionError if the attempt builds, throws something else, or names another field
   */
  @CanIgnoreReturnValue
  public InvalidRecordException assertRejected() {
    Optional<Throwable> thrown = attemptToBuild();
    if (thrown.isEmpty()) {
      throw new AssertionError("expected " + this + " to be rejected, but it was built");
    }
    if (!(thrown.get() instanceof InvalidRecordException)) {
      AssertionError error = new AssertionError("expected " + this
          + " to be rejected with an InvalidRecordException, but got " + thrown.get());
      error.initCause(thrown.get());
      throw error;
    }
    InvalidRecordException rejected = (InvalidRecordException) thrown.get();
    if (!namesExpectedField(rejected.field())) {
      throw new AssertionError("expected " + this + " to be rejected naming field "
          + expectedField + ", but it named " + rejected.field() + " (message: "
          + rejected.getMessage() + ")");
    }
    return rejected;
  }

  @Override
  public String toString() {
    return kind + " [expects field " + expectedField + "]: " + details;
  }
}
