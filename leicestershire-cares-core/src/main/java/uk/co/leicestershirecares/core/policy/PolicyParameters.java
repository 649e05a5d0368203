package uk.co.leicestershirecares.core.policy;

import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
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
   * Builds a {@link PolicyParameters}. A {@code null} argument or list element, and a required
   * field left unset, raise {@link InvalidRecordException} naming the field.
   */
  public static final class Builder extends ImmutablePolicyParameters.Builder {
    Builder() {}
  }
}
