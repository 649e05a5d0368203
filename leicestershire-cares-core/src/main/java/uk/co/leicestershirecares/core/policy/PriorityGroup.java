package uk.co.leicestershirecares.core.policy;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.Participant;

/**
 * A priority group of an annual plan, such as "homeless", and the circumstances that place a
 * participant in it (homeless or rough sleeping).
 */
@Value.Immutable
public abstract class PriorityGroup {
  PriorityGroup() {}

  /** Returns the group's name as the plan writes it, for example "ex-offending". */
  @Value.Parameter
  public abstract String name();

  /** Returns the circumstances, any one of which places a participant in the group. */
  @Value.Parameter
  public abstract ImmutableSet<CircumstanceType> circumstances();

  /**
   * Returns a priority group.
   *
   * @throws InvalidRecordException if the name is blank or no circumstance is given
   */
  public static PriorityGroup of(String name, CircumstanceType... circumstances) {
    return ImmutablePriorityGroup.of(name, ImmutableSet.copyOf(circumstances));
  }

  /** Returns whether {@code participant} is in the group on {@code date}. */
  public final boolean includes(Participant participant, LocalDate date) {
    return circumstances().stream().anyMatch(type -> participant.hasCircumstanceOn(type, date));
  }

  @Value.Check
  final void check() {
    if (name().isBlank()) {
      throw new InvalidRecordException("name", "a priority group needs a name");
    }
    if (circumstances().isEmpty()) {
      throw new InvalidRecordException(
          "circumstances", "priority group '" + name() + "' needs at least one circumstance");
    }
  }
}
