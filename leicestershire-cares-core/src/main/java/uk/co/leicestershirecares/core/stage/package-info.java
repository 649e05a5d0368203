/**
 * The Power to Change stages and the employment pathway.
 *
 * <p>A participant's {@link uk.co.leicestershirecares.core.stage.Stage} is derived from their
 * situation and activity on a date, not stored: {@code WITHIN} while dealing with the chaos (or
 * starting out), {@code WITH} when coming together with peers, {@code TO} when acting on the world.
 * People move back as well as forward; {@link uk.co.leicestershirecares.core.stage.StageChange}
 * records a movement, forward towards {@code TO} and back towards {@code WITHIN} (the order of the
 * stages is a written decision, {@code docs/policy-decisions.md}: "The order of the stages").
 * While a crisis holds, the {@link uk.co.leicestershirecares.core.stage.EmploymentPathway} is on
 * hold.
 */
@CaresStyle
@CheckReturnValue
@NullMarked
package uk.co.leicestershirecares.core.stage;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import uk.co.leicestershirecares.core.internal.CaresStyle;
