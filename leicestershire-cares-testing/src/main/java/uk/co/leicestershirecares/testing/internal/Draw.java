package uk.co.leicestershirecares.testing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import uk.co.leicestershirecares.testing.Generator;

/**
 * Choices drawn from a {@link RandomGenerator}, each with one bounded call so that an engine which
 * shrinks choices towards their lower bound shrinks towards the first option.
 */
public final class Draw {
  private Draw() {}

  /** Returns a number from {@code min} to {@code max}, both included. */
  public static int between(RandomGenerator random, int min, int max) {
    if (min >= max) {
      return min;
    }
    return random.nextInt(min, max + 1);
  }

  /** Returns a number from {@code min} to {@code max}, both included. */
  public static long between(RandomGenerator random, long min, long max) {
    if (min >= max) {
      return min;
    }
    if (max == Long.MAX_VALUE) {
      return random.nextLong(min - 1, max) + 1;
    }
    return random.nextLong(min, max + 1);
  }

  /** Returns a date from {@code first} to {@code last}, both included. */
  public static LocalDate date(RandomGenerator random, LocalDate first, LocalDate last) {
    return LocalDate.ofEpochDay(between(random, first.toEpochDay(), last.toEpochDay()));
  }

  /** Returns one of {@code items}, the first the simplest. */
  public static <T> T pick(RandomGenerator random, List<T> items) {
    return items.get(between(random, 0, items.size() - 1));
  }

  /** Returns one of the values of {@code type}. */
  public static <E extends Enum<E>> E pick(RandomGenerator random, Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[between(random, 0, values.length - 1)];
  }

  /** Returns true or false. */
  public static boolean bool(RandomGenerator random) {
    return between(random, 0, 1) == 1;
  }

  /** Returns the index of a weight, chosen in proportion to it. */
  public static int weighted(RandomGenerator random, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int roll = between(random, 0, total - 1);
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** Returns empty in {@code percentEmpty} per cent of draws, else a value of {@code items}. */
  public static <T> Optional<T> optional(
      RandomGenerator random, int percentEmpty, Generator<T> items) {
    return between(random, 0, 99) < percentEmpty ? Optional.empty()
        : Optional.of(items.next(random));
  }

  /** Returns a list of {@code min} to {@code max} values of {@code items}. */
  public static <T> List<T> list(RandomGenerator random, int min, int max, Generator<T> items) {
    int size = between(random, min, max);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(items.next(random));
    }
    return list;
  }
}
