package uk.co.leicestershirecares.testing;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * An attempt to build something invalid, with the field the library's {@link
 * InvalidRecordException} must name. {@link #toString()} describes the input for failure reports;
 * the data is synthetic. Generate them with {@link CaresGenerators#invalidInputs()} or one kind at
 * a time from {@link InvalidInputs}.
 *
 * <p>A few inputs, made with {@link #nullContainer}, are documented to fail with a {@link
 * NullPointerException} instead: a {@code null} {@code Optional} or {@code Iterable} passed as a
 * whole to a builder method (see {@link #expectsNullPointerException()}).
 */
public final class InvalidInput {
  private final String kind;
  private final String expectedField;
  private final Optional<LocalDate> dateOfBirth;
  private final String details;
  private final Supplier<?> attempt;
  private final boolean nullPointer;

  private InvalidInput(String kind, String expectedField, @Nullable LocalDate dateOfBirth,
      String details, Supplier<?> attempt, boolean nullPointer) {
    this.nullPointer = nullPointer;
    this.kind = Objects.requireNonNull(kind);
    this.expectedField = Objects.requireNonNull(expectedField);
    this.dateOfBirth = Optional.ofNullable(dateOfBirth);
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
    return new InvalidInput(kind, expectedField, null, details, attempt, false);
  }

  /**
   * Returns an input that passes a {@code null} {@code Optional} or {@code Iterable} as a whole to
   * a generated builder method. The generated method unwraps or iterates it before any check of
   * the library's, so the documented failure is a {@link NullPointerException}, not an {@link
   * InvalidRecordException}; the build's null checker rejects such calls at compile time.
   *
   * @param kind the kind of mistake
   * @param field the field whose setter receives the {@code null}
   * @param details a description of the input, for failure reports
   * @param attempt builds the invalid value, which must throw
   * @return an invalid input
   */
  public static InvalidInput nullContainer(
      String kind, String field, String details, Supplier<?> attempt) {
    return new InvalidInput(kind, field, null, details, attempt, true);
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
    return new InvalidInput(kind, expectedField, Objects.requireNonNull(dateOfBirth), details,
        attempt, false);
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
   * Returns whether the input is documented to fail with a {@link NullPointerException} (see
   * {@link #nullContainer}) rather than an {@link InvalidRecordException}.
   */
  public boolean expectsNullPointerException() {
    return nullPointer;
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
      var unused = attempt.get(); // run for what it throws
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
    if (!(thrown.get() instanceof InvalidRecordException rejected)) {
      AssertionError error = new AssertionError("expected " + this
          + " to be rejected with an InvalidRecordException, but got " + thrown.get());
      error.initCause(thrown.get());
      throw error;
    }
    if (!namesExpectedField(rejected.field())) {
      throw new AssertionError("expected " + this + " to be rejected naming field "
          + expectedField + ", but it named " + rejected.field() + " (message: "
          + rejected.getMessage() + ")");
    }
    return rejected;
  }

  /**
   * Checks that the attempt fails as documented: with a {@link NullPointerException} if {@link
   * #expectsNullPointerException()}, otherwise as {@link #assertRejected()} checks.
   *
   * @return the exception thrown
   * @throws AssertionError if the attempt builds or fails in another way
   */
  @CanIgnoreReturnValue
  public RuntimeException assertFailsAsDocumented() {
    if (!nullPointer) {
      return assertRejected();
    }
    Optional<Throwable> thrown = attemptToBuild();
    if (thrown.isEmpty() || !(thrown.get() instanceof NullPointerException nullPointerException)) {
      throw new AssertionError(
          "expected " + this + " to throw a NullPointerException, but got " + thrown);
    }
    return nullPointerException;
  }

  @Override
  public String toString() {
    return kind + " [expects " + (nullPointer ? "NullPointerException for " : "") + "field "
        + expectedField + "]: " + details;
  }
}
