package uk.co.leicestershirecares.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The check the value tests share: building a value is refused, naming the field at fault. */
public final class RejectionAssertions {
  private RejectionAssertions() {}

  /**
   * Asserts that {@code build} throws an {@link InvalidRecordException} naming {@code field}, and
   * returns it for the checks particular to the test.
   */
  public static InvalidRecordException assertRejectedNaming(String field, ThrowingCallable build) {
    InvalidRecordException rejected = catchThrowableOfType(InvalidRecordException.class, build);
    assertThat(rejected).as("the value should have been refused").isNotNull();
    assertThat(rejected.field()).isEqualTo(field);
    return rejected;
  }
}
