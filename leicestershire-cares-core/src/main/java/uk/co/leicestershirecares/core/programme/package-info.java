/**
 * The programmes the charity runs, as an extendable catalogue.
 *
 * <p>Start from {@link uk.co.leicestershirecares.core.programme.ProgrammeCatalogue#standard()},
 * which holds the programmes of the source documents (UP, WIRE, Leaving Care, care leaver
 * mentoring, Mind Matters, targeted youth work); add your own with {@link
 * uk.co.leicestershirecares.core.programme.ProgrammeCatalogue#with}. Records refer to programmes
 * by {@link uk.co.leicestershirecares.core.programme.ProgrammeCode}.
 */
@CaresStyle
@CheckReturnValue
@NullMarked
package uk.co.leicestershirecares.core.programme;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import uk.co.leicestershirecares.core.internal.CaresStyle;
