/**
 * A testing kit for property-based tests of code that embeds Leicestershire Cares: generators of
 * valid participant records, as-of dates biased to the policy's edges, invalid inputs with the
 * field the library must name, and assertions on assessments.
 *
 * <p>Start from {@link uk.co.leicestershirecares.testing.CaresGenerators}. Every generator is a
 * {@link uk.co.leicestershirecares.testing.Generator}, which draws from a {@link
 * java.util.random.RandomGenerator}, so any property-testing engine (or a plain seeded loop) can
 * drive it; {@link uk.co.leicestershirecares.testing.quicktheories} adapts them to QuickTheories,
 * with shrinking. Check answers with {@link uk.co.leicestershirecares.testing.PolicyAssertions}
 * (AssertJ assertions), or {@link uk.co.leicestershirecares.testing.PolicySoftAssertions} to
 * collect every failure.
 *
 * <p>All generated data is synthetic.
 */
@CheckReturnValue
@NullMarked
package uk.co.leicestershirecares.testing;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
