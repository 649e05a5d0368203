/**
 * Outcomes participants reach, recorded as dated {@linkplain
 * uk.co.leicestershirecares.core.outcome.OutcomeEvent events}: a job, volunteering, a place in
 * education, a completed training (by {@linkplain
 * uk.co.leicestershirecares.core.outcome.TrainingType type}), support with job searching, housing,
 * wellbeing, progression, campaigning or an additional outcome.
 *
 * <p>Start from {@link uk.co.leicestershirecares.core.outcome.OutcomeEvent}. How an event counts
 * (ETE or not, hard or soft, which stage it evidences) is the policy's job, not the event's.
 */
@CaresStyle
@CheckReturnValue
@NullMarked
package uk.co.leicestershirecares.core.outcome;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import uk.co.leicestershirecares.core.internal.CaresStyle;
