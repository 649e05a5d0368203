/**
 * Why the policy answered as it did: every {@linkplain uk.co.leicestershirecares.core.reason.Reason
 * reason} carries a stable rule id, a plain-English sentence and the {@linkplain
 * uk.co.leicestershirecares.core.reason.Source source} — the charity's document and the sentence
 * in it — that the rule implements.
 *
 * <p>Start from {@link uk.co.leicestershirecares.core.reason.Sources}, the one place every cited
 * sentence is written down, and {@link uk.co.leicestershirecares.core.reason.Explainer}, which
 * words every reason for both engines from one message file, {@code reasons.properties}.
 */
@CaresStyle
@CheckReturnValue
@NullMarked
package uk.co.leicestershirecares.core.reason;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import uk.co.leicestershirecares.core.internal.CaresStyle;
