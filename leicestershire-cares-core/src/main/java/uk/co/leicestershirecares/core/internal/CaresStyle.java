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
 * stays package-private. A type built field by field declares the "sandwich" {@code public static
 * final class Builder extends ImmutableParticipant.Builder}, so its builder's methods are the
 * generated ones. A caller's {@code null} (a field, a list element, a value for an optional field)
 * or a required field left unset raises {@link MissingFieldException}, an {@link
 * InvalidRecordException} naming the field.
 *
 * <p>Lists declared as {@code List} are JDK lists ({@code jdkOnly}): the generated code checks
 * their elements one by one with that exception. Lists declared as Guava's {@code ImmutableList}
 * (the policy's results) stay Guava's, whose builder rejects a {@code null} element with a bare
 * {@code NullPointerException}. A {@code null} {@code Optional}, list or array passed as a whole
 * also fails with a {@code NullPointerException} inside the generated code: those calls are for
 * the build's null checker to reject.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    typeInnerBuilder = "Builder",
    // Types without a public Builder (built through their own factories) keep a package-private
    // static factory under this name.
    builder = "generatedBuilder",
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"match:matches"},
    throwForInvalidImmutableState = MissingFieldException.class,
    throwForNullPointer = MissingFieldException.class,
    defaults = @Value.Immutable(copy = false))
public @interface CaresStyle {}
