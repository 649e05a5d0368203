package uk.co.leicestershirecares.testing.quicktheories;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import uk.co.leicestershirecares.core.participant.ParticipantRecord;
import uk.co.leicestershirecares.testing.AsOfCase;
import uk.co.leicestershirecares.testing.CaresGenerators;
import uk.co.leicestershirecares.testing.Generator;

/**
 * The kit's generators as QuickTheories {@link Gen}s:
 *
 * <pre>{@code
 * qt().forAll(QuickTheoriesGenerators.gen(CaresGenerators.cases()))
 *     .checkAssert(c -> assertThat(myService.assess(c.record(), c.asOf())).isNotNull());
 * }</pre>
 *
 * <p>Every choice a generator makes is drawn from QuickTheories' {@link RandomnessSource} as one
 * bounded value, which QuickTheories shrinks towards the lower bound (the first option, the
 * earliest date, the shortest list). Since the kit's generators map every sequence of choices to
 * a valid value, a shrunk counterexample is still valid.
 */
// QuickTheories' types are this class's API, but the module requires QuickTheories only
// statically (a user of this package requires it too): javac's "exports" lint would flag each.
@SuppressWarnings("exports")
public final class QuickTheoriesGenerators {
  private QuickTheoriesGenerators() {}

  /**
   * Returns {@code generator} as a QuickTheories generator that shrinks.
   *
   * @param generator any generator of the kit (or your own)
   * @param <T> the type of the values
   * @return the same values as a {@link Gen}
   */
  public static <T> Gen<T> gen(Generator<T> generator) {
    Objects.requireNonNull(generator, "generator");
    return source -> generator.next(new SourceRandom(source));
  }

  /**
   * Returns {@link CaresGenerators#records()} as a QuickTheories generator whose falsifying
   * examples print the whole (synthetic) record.
   *
   * @return a generator of records
   */
  public static Gen<ParticipantRecord> records() {
    return gen(CaresGenerators.records()).describedAs(CaresGenerators::describe);
  }

  /**
   * Returns {@link CaresGenerators#cases()} as a QuickTheories generator whose falsifying
   * examples print the whole (synthetic) record and its as-of date.
   *
   * @return a generator of cases
   */
  public static Gen<AsOfCase> cases() {
    return gen(CaresGenerators.cases()).describedAs(AsOfCase::toString);
  }

  /**
   * Returns a {@link RandomGenerator} whose every draw is one value taken from {@code source}, for
   * generators written against {@link RandomGenerator} directly.
   *
   * @param source QuickTheories' source of choices
   * @return a random generator backed by it
   */
  public static RandomGenerator randomOver(RandomnessSource source) {
    return new SourceRandom(source);
  }

  /** A {@link RandomGenerator} drawing each value from a {@link RandomnessSource}. */
  private static final class SourceRandom implements RandomGenerator {
    private final RandomnessSource source;

    SourceRandom(RandomnessSource source) {
      this.source = Objects.requireNonNull(source, "source");
    }

    private long draw(long min, long max) {
      return source.next(Constraint.between(min, max).withShrinkPoint(min));
    }

    @Override
    public long nextLong() {
      return source.next(Constraint.between(Long.MIN_VALUE, Long.MAX_VALUE).withShrinkPoint(0));
    }

    @Override
    public int nextInt() {
      return (int) source.next(
          Constraint.between(Integer.MIN_VALUE, Integer.MAX_VALUE).withShrinkPoint(0));
    }

    @Override
    public int nextInt(int bound) {
      if (bound <= 0) {
        throw new IllegalArgumentException("bound must be positive");
      }
      return (int) draw(0, bound - 1L);
    }

    @Override
    public int nextInt(int origin, int bound) {
      if (origin >= bound) {
        throw new IllegalArgumentException("bound must be greater than origin");
      }
      return (int) draw(origin, bound - 1L);
    }

    @Override
    public long nextLong(long bound) {
      if (bound <= 0) {
        throw new IllegalArgumentException("bound must be positive");
      }
      return draw(0, bound - 1);
    }

    @Override
    public long nextLong(long origin, long bound) {
      if (origin >= bound) {
        throw new IllegalArgumentException("bound must be greater than origin");
      }
      return draw(origin, bound - 1);
    }

    @Override
    public boolean nextBoolean() {
      return draw(0, 1) == 1;
    }

    @Override
    public double nextDouble() {
      return draw(0, (1L << 53) - 1) * 0x1.0p-53;
    }

    @Override
    public float nextFloat() {
      return draw(0, (1 << 24) - 1) * 0x1.0p-24f;
    }
  }
}
