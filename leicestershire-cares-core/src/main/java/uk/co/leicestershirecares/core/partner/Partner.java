package uk.co.leicestershirecares.core.partner;

import java.util.List;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * A business or community partner: its name, whether it is a member of Leicestershire Cares, and
 * its involvements.
 *
 * @see "seed 001_cc2b091141c814b2.txt: We have successfully worked with a range of business
 *     partners and community organisations, including funding from Hastings Direct."
 */
@Value.Immutable
public abstract class Partner {
  /** The longest name accepted. */
  public static final int MAX_NAME_LENGTH = 200;

  Partner() {}

  /** Returns the partner's name, for example "Walkers Deli". */
  public abstract String name();

  /** Returns whether the partner is a member of Leicestershire Cares. */
  public abstract boolean member();

  /** Returns the partner's involvements, in the order recorded. */
  public abstract List<PartnerInvolvement> involvements();

  /** Returns a new builder; {@code name} and {@code member} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    if (name().isBlank()) {
      throw new InvalidRecordException("name", "partner name must not be blank");
    }
    if (name().length() > MAX_NAME_LENGTH) {
      throw new InvalidRecordException("name", "partner name is longer than " + MAX_NAME_LENGTH);
    }
  }

  /**
   * Builds a {@link Partner}. A {@code null} argument or list element, and a required field left
   * unset, raise {@link InvalidRecordException} naming the field.
   */
  public static final class Builder extends ImmutablePartner.Builder {
    Builder() {}
  }
}
