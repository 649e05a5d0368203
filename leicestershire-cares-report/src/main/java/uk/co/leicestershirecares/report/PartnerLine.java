package uk.co.leicestershirecares.report;

import java.util.List;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.partner.InvolvementType;
import uk.co.leicestershirecares.core.partner.Money;

/**
 * A partner's involvement in the period: the partner, whether a member, the kinds of involvement
 * (in the order first recorded), the funding received, and the involvements counted.
 */
@Value.Immutable
public abstract class PartnerLine {
  PartnerLine() {}

  /** Returns the partner's name. */
  public abstract String partner();

  /** Returns whether the partner is a member of Leicestershire Cares. */
  public abstract boolean member();

  /** Returns the kinds of involvement in the period, each once, in the order first recorded. */
  public abstract List<InvolvementType> involvements();

  /** Returns the funding received from the partner in the period. */
  public abstract Money funding();

  /** Returns the ids of the involvements counted, such as {@code Wates/involvements[0]}. */
  public abstract List<String> sources();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PartnerLine}. A {@code null} argument or list element, and a required field
   * left unset, raise {@link InvalidRecordException} naming the field.
   */
  public static final class Builder extends ImmutablePartnerLine.Builder {
    Builder() {}
  }
}
