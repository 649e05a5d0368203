package uk.co.leicestershirecares.core.plan;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.participant.Circumstance;
import uk.co.leicestershirecares.core.participant.CircumstanceType;
import uk.co.leicestershirecares.core.participant.LeapDayBirthday;
import uk.co.leicestershirecares.core.participant.Participant;

/**
 * A priority group of an annual plan, such as "homeless", and the circumstances that place a
 * participant in it (homeless or rough sleeping).
 *
 * <p>Some circumstances place someone in a group only when they began before a birthday: the
 * 2024-25 plan's "involved in … the youth justice system" counts a conviction that began before
 * the person's 18th birthday (a conviction at 18 or later is the adult system). The analysts'
 * table writes such a member {@code CONVICTION before 18}.
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
   * Returns the circumstances that place a participant in the group only when they began before
   * the birthday given, such as a conviction before the 18th birthday.
   */
  @Value.Parameter
  public abstract ImmutableMap<CircumstanceType, Integer> beganBefore();

  /**
   * Returns a priority group.
   *
   * @throws InvalidRecordException if the name is blank or no circumstance is given
   */
  public static PriorityGroup of(String name, CircumstanceType... circumstances) {
    return ImmutablePriorityGroup.of(name, ImmutableSet.copyOf(circumstances), ImmutableMap.of());
  }

  /**
   * Returns a priority group with members that count only when they began before a birthday.
   *
   * @param circumstances circumstances that place someone in the group whenever they began
   * @param beganBefore circumstances that count only when they began before the birthday given
   *     (an age from 1 to 150)
   * @throws InvalidRecordException if the name is blank, no circumstance is given, an age is out
   *     of range or a circumstance is in both
   */
  public static PriorityGroup ofMembers(String name, Iterable<CircumstanceType> circumstances,
      Map<CircumstanceType, Integer> beganBefore) {
    return ImmutablePriorityGroup.of(name, ImmutableSet.copyOf(circumstances),
        ImmutableMap.copyOf(beganBefore));
  }

  /**
   * Returns whether {@code participant} is in the group on {@code date}: one of {@link
   * #circumstances()} is active on that day, or one of {@link #beganBefore()} is active and began
   * before its birthday. Without a date of birth no circumstance of {@link #beganBefore()} counts:
   * the birthday cannot be known.
   */
  public final boolean includes(Participant participant, LocalDate date, LeapDayBirthday leapDay) {
    for (Circumstance c : participant.circumstances()) {
      if (!c.isActiveOn(date)) {
        continue;
      }
      if (circumstances().contains(c.type())) {
        return true;
      }
      Integer age = beganBefore().get(c.type());
      if (age != null && participant.dateOfBirth().isPresent()
          && c.from().isBefore(leapDay.birthday(participant.dateOfBirth().get(), age))) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  final void check() {
    if (name().isBlank()) {
      throw new InvalidRecordException("name", "a priority group needs a name");
    }
    if (circumstances().isEmpty() && beganBefore().isEmpty()) {
      throw new InvalidRecordException(
          "circumstances", "priority group '" + name() + "' needs at least one circumstance");
    }
    for (Map.Entry<CircumstanceType, Integer> member : beganBefore().entrySet()) {
      if (member.getValue() < 1 || member.getValue() > 150) {
        throw new InvalidRecordException("beganBefore", "priority group '" + name()
            + "' counts a circumstance before a birthday from 1 to 150, not " + member.getValue());
      }
      if (circumstances().contains(member.getKey())) {
        throw new InvalidRecordException("beganBefore", "priority group '" + name()
            + "' names " + member.getKey() + " both always and before a birthday");
      }
    }
  }
}
