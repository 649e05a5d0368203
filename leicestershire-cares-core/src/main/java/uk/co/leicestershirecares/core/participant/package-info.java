/**
 * Young people the charity works with, known only by a pseudonymous id.
 *
 * <p>Start from {@link uk.co.leicestershirecares.core.participant.ParticipantRecord}, the unit
 * every policy question reads: a {@link uk.co.leicestershirecares.core.participant.Participant}
 * (id, optional date of birth, home area, dated {@linkplain
 * uk.co.leicestershirecares.core.participant.Circumstance circumstances}) with their engagement and
 * outcomes. Ages follow birthdays exactly; see {@link
 * uk.co.leicestershirecares.core.participant.LeapDayBirthday} for people born on 29 February.
 *
 * <p>This is criminal-offence and special-category data: {@code toString()} on these types shows
 * the id and counts only, and validation messages never echo a date of birth or circumstance.
 */
@CaresStyle
@CheckReturnValue
@NullMarked
package uk.co.leicestershirecares.core.participant;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import uk.co.leicestershirecares.core.internal.CaresStyle;
