package uk.co.leicestershirecares.core.policy;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;
import uk.co.leicestershirecares.core.participant.LeapDayBirthday;

/**
 * The named settings of the policy: the places where the charity's texts leave a rule open, and
 * the values this project chose (see {@code docs/policy-decisions.md}). Every setting has a
 * documented default; {@link #defaults()} returns them all.
 *
 * <pre>{@code
 * PolicyParameters strict = PolicyParameters.builder()
 *     .upCompletersNeedConviction(true)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class PolicyParameters {
  private static final PolicyParameters DEFAULTS = builder().build();

  PolicyParameters() {}

  /** Returns every setting at its default. */
  public static PolicyParameters defaults() {
    return DEFAULTS;
  }

  /** Returns a new builder, every setting at its default until set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Which day is the birthday of someone born on 29 February: by default 1 March. */
  @Value.Default
  public LeapDayBirthday leapDayBirthday() {
    return LeapDayBirthday.DEFAULT;
  }

  /**
   * Whether someone who completed UP also needs a conviction to join WIRE: by default {@code
   * false}, as seed 000 writes it ("After successfully completing the project, candidates can join
   * the WIRE Project").
   */
  @Value.Default
  public boolean upCompletersNeedConviction() {
    return false;
  }

  /**
   * Builds a {@link PolicyParameters}. Every method rejects {@code null} (and {@code null} list elements)
   * with an {@link uk.co.leicestershirecares.core.InvalidRecordException} naming the field; {@link
   * #build()} rejects missing required fields and invalid combinations the same way.
   */
  public static final class Builder {
    private final ImmutablePolicyParameters.Builder delegate = ImmutablePolicyParameters.generatedBuilder();

    Builder() {}

    /** Sets {@link PolicyParameters#leapDayBirthday()}. */
    @CanIgnoreReturnValue
    public Builder leapDayBirthday(LeapDayBirthday leapDayBirthday) {
      delegate.leapDayBirthday(leapDayBirthday);
      return this;
    }

    /** Sets {@link PolicyParameters#upCompletersNeedConviction()}. */
    @CanIgnoreReturnValue
    public Builder upCompletersNeedConviction(boolean upCompletersNeedConviction) {
      delegate.upCompletersNeedConviction(upCompletersNeedConviction);
      return this;
    }

    /** Sets every field from {@code instance}, replacing lists. */
    @CanIgnoreReturnValue
    public Builder from(PolicyParameters instance) {
      delegate.from(Checks.notNull(instance, "instance"));
      return this;
    }

    /**
     * Returns the built value.
     *
     * @throws uk.co.leicestershirecares.core.InvalidRecordException if a required field is unset
     *     or the value is invalid
     */
    public PolicyParameters build() {
      return delegate.build();
    }
  }
}
