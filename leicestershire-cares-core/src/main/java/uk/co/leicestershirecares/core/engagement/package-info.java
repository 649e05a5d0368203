/**
 * How participants engage with programmes: {@linkplain
 * uk.co.leicestershirecares.core.engagement.Referral referrals}, {@linkplain
 * uk.co.leicestershirecares.core.engagement.Enrolment enrolments} with a status, delivered
 * {@linkplain uk.co.leicestershirecares.core.engagement.Session sessions}, {@linkplain
 * uk.co.leicestershirecares.core.engagement.Attendance attendances}, {@linkplain
 * uk.co.leicestershirecares.core.engagement.WorkPlacement work placements} and {@linkplain
 * uk.co.leicestershirecares.core.engagement.MentoringMatch mentoring matches}.
 *
 * <p>These values carry no participant id: they belong to a {@link
 * uk.co.leicestershirecares.core.participant.ParticipantRecord}, except sessions, which are
 * delivered to many. Date ranges are inclusive at both ends.
 */
@CaresStyle
@CheckReturnValue
@NullMarked
package uk.co.leicestershirecares.core.engagement;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import uk.co.leicestershirecares.core.internal.CaresStyle;
