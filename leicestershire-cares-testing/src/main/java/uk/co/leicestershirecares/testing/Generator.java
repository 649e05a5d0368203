package uk.co.leicestershirecares.testing;

import java.util.random.RandomGenerator;

/**
 * Produces values from a source of randomness. The same choices from {@code random} always give
 * the same value, so a seeded {@link java.util.SplittableRandom} reproduces a run, and an engine
 * that controls the choices (QuickTheories, through {@link
 * uk.co.leicestershirecares.testing.quicktheories.QuickTheoriesGenerators}) can shrink them.
 *
 * <p>Every value a generator of this kit returns is valid, whatever the choices: a generator never
 * filters or retries, so shrinking a counterexample keeps it valid. Plug one into any engine with
 * {@code random -> generator.next(random)}.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Generator<T> {
  /**
   * Returns the next value, drawing every choice from {@code random}.
   *
   * @param random the source of every choice
   * @return a valid value
   */
  T next(RandomGenerator random);
}
