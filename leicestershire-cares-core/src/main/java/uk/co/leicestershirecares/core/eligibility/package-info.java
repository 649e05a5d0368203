/**
 * Eligibility answers: never a bare boolean.
 *
 * <p>An {@link uk.co.leicestershirecares.core.eligibility.EligibilityDecision} names the
 * programme, the date asked about, the plan year whose rules applied, the {@linkplain
 * uk.co.leicestershirecares.core.eligibility.EligibilityOutcome outcome}, every reason, and
 * {@linkplain uk.co.leicestershirecares.core.eligibility.MissingCondition what is missing}: each
 * failed condition and what would change it.
 */
@CaresStyle
@CheckReturnValue
@NullMarked
package uk.co.leicestershirecares.core.eligibility;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import uk.co.leicestershirecares.core.internal.CaresStyle;
