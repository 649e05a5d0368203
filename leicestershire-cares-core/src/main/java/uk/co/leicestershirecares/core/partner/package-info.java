/**
 * Business and community partners and how they get involved: mock interviews, employability
 * sessions, work experience, jobs, volunteering, facilities, renovation, mentoring and funding.
 *
 * <p>Start from {@link uk.co.leicestershirecares.core.partner.Partner}. Money is exact: {@link
 * uk.co.leicestershirecares.core.partner.Money} counts whole pence in a {@code long}.
 */
@CaresStyle
@CheckReturnValue
@NullMarked
package uk.co.leicestershirecares.core.partner;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import uk.co.leicestershirecares.core.internal.CaresStyle;
