/**
 * The policy: given a participant record and a date, the {@linkplain
 * uk.co.leicestershirecares.core.assessment.Assessment assessment} (plan year, Power to Change
 * stage, employment pathway, one eligibility decision per programme, and the classification of
 * every outcome), each with reasons that cite their source.
 *
 * <p>Start from {@link uk.co.leicestershirecares.core.policy.ReferencePolicy#withDefaults()}, the
 * plain-Java reference every other implementation of {@link
 * uk.co.leicestershirecares.core.policy.Policy} (such as the Drools rules) must agree with. The
 * named {@linkplain uk.co.leicestershirecares.core.policy.PolicyParameters parameters} fill in
 * where the charity's texts leave a rule open; the calendar and the annual plans are in {@link
 * uk.co.leicestershirecares.core.plan}.
 */
@CaresStyle
@CheckReturnValue
@NullMarked
package uk.co.leicestershirecares.core.policy;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import uk.co.leicestershirecares.core.internal.CaresStyle;
