/**
 * Adapts the kit's engine-neutral generators to QuickTheories, with shrinking.
 *
 * <p>Start from {@link uk.co.leicestershirecares.testing.quicktheories.QuickTheoriesGenerators}.
 * QuickTheories is an optional dependency of the kit: add {@code org.quicktheories:quicktheories}
 * to your own test dependencies to use this package.
 */
@CheckReturnValue
@NullMarked
package uk.co.leicestershirecares.testing.quicktheories;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
