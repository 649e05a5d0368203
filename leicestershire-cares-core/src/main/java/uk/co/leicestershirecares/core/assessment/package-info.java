/**
 * What a policy answers about one participant on one date: the {@linkplain
 * uk.co.leicestershirecares.core.assessment.Assessment assessment}. The policies that make it are
 * in {@link uk.co.leicestershirecares.core.policy}.
 */
@CaresStyle
@CheckReturnValue
@NullMarked
package uk.co.leicestershirecares.core.assessment;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import uk.co.leicestershirecares.core.internal.CaresStyle;
