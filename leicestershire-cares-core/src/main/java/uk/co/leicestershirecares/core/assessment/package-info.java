/**
 * The policy: given a participant record and a date, the {@linkplain
 * uk.co.leicestershirecares.core.assessment.Assessment assessment} — plan year, Power to Change
 * stage, employment pathway, one eligibility decision per programme, and the classification of
 * every outcome — each with reasons that cite their source.
 *
 * <p>Start from {@link uk.co.leicestershirecares.core.assessment.ReferencePolicy#withDefaults()},
 * the plain-Java reference every other implementation of {@link
 * uk.co.leicestershirecares.core.assessment.Policy} (such as the Drools rules) must agree with.
 */
@CaresStyle
@CheckReturnValue
package uk.co.leicestershirecares.core.assessment;

import com.google.errorprone.annotations.CheckReturnValue;
import uk.co.leicestershirecares.core.internal.CaresStyle;
