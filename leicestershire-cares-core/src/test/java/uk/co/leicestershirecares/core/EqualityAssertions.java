package uk.co.leicestershirecares.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;

/**
 * An equality check for value types in the spirit of Guava's {@code EqualsTester}: two separate
 * builds of the same value are equal with equal hash codes, and each value differing from it in
 * one field is unequal to it.
 */
public final class EqualityAssertions {
  private EqualityAssertions() {}

  /**
   * Asserts that two values from {@code build} are equal (both ways) with equal hash codes, and
   * that each of {@code eachDifferingInOneField} is unequal to them (both ways).
   *
   * @param build builds the value afresh on each call
   * @param eachDifferingInOneField values that differ from it in exactly one field
   */
  public static <T> void assertEqualOnlyToCopies(
      Supplier<? extends T> build, List<? extends T> eachDifferingInOneField) {
    T value = build.get();
    T copy = build.get();
    assertThat(copy).as("a second build").isNotSameAs(value);
    assertThat(value).isEqualTo(copy);
    assertThat(copy).isEqualTo(value);
    assertThat(value.hashCode()).as("hash code of equal values").isEqualTo(copy.hashCode());
    assertThat(value).isNotEqualTo(null).isNotEqualTo(new Object());
    for (T other : eachDifferingInOneField) {
      assertThat(other).as("a value differing in one field").isNotEqualTo(value);
      assertThat(value).as("a value differing in one field").isNotEqualTo(other);
    }
  }
}
