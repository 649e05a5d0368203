package uk.co.leicestershirecares.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value.Style.ImplementationVisibility;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * The one Immutables style of the project, placed on each value package's {@code package-info}.
 *
 * <p>The abstract type is the API ({@code Participant}); the generated {@code ImmutableParticipant}
 * stays package-private. Each type's public nested {@code Builder} delegates to the generated
 * builder after checking its arguments, so a caller's {@code null} (a field, a list element, an
 * {@code Optional}) or a missing field raises {@link InvalidRecordException} naming the field,
 * never a bare {@code NullPointerException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    // Each value type's public Builder is written by hand and delegates to the generated one, so
    // that no null reaches a Guava builder or an Optional: Immutables must not try to wire it in.
    typeInnerBuilder = "GeneratedBuilderIsNotExtended",
    builder = "generatedBuilder",
    depluralize = true,
    depluralizeDictionary = {"match:matches"},
    throwForInvalidImmutableState = MissingFieldException.class,
    throwForNullPointer = MissingFieldException.class,
    defaults = @Value.Immutable(copy = false))
public @interface CaresStyle {}
