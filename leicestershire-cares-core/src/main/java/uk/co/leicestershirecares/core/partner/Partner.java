package uk.co.leicestershirecares.core.partner;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Arrays;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;

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
  public abstract ImmutableList<PartnerInvolvement> involvements();

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
   * Builds a {@link Partner}. Every method rejects {@code null} (and {@code null} list elements)
   * with an {@link uk.co.leicestershirecares.core.InvalidRecordException} naming the field; {@link
   * #build()} rejects missing required fields and invalid combinations the same way.
   */
  public static final class Builder {
    private final ImmutablePartner.Builder delegate = ImmutablePartner.generatedBuilder();

    Builder() {}

    /** Sets {@link Partner#name()}. */
    @CanIgnoreReturnValue
    public Builder name(String name) {
      delegate.name(name);
      return this;
    }

    /** Sets {@link Partner#member()}. */
    @CanIgnoreReturnValue
    public Builder member(boolean member) {
      delegate.member(member);
      return this;
    }

    /** Adds one element to {@link Partner#involvements()}. */
    @CanIgnoreReturnValue
    public Builder addInvolvement(PartnerInvolvement element) {
      delegate.addInvolvement(Checks.notNull(element, "involvements"));
      return this;
    }

    /** Adds elements to {@link Partner#involvements()}. */
    @CanIgnoreReturnValue
    public Builder addInvolvements(PartnerInvolvement... elements) {
      delegate.addAllInvolvements(Checks.elements(Arrays.asList(Checks.notNull(elements, "involvements")), "involvements"));
      return this;
    }

    /** Adds elements to {@link Partner#involvements()}. */
    @CanIgnoreReturnValue
    public Builder addAllInvolvements(Iterable<? extends PartnerInvolvement> elements) {
      delegate.addAllInvolvements(Checks.elements(elements, "involvements"));
      return this;
    }

    /** Replaces the elements of {@link Partner#involvements()}. */
    @CanIgnoreReturnValue
    public Builder involvements(Iterable<? extends PartnerInvolvement> elements) {
      delegate.involvements(Checks.elements(elements, "involvements"));
      return this;
    }

    /** Sets every field from {@code instance}, replacing lists. */
    @CanIgnoreReturnValue
    public Builder from(Partner instance) {
      delegate.from(Checks.notNull(instance, "instance"));
      return this;
    }

    /**
     * Returns the built value.
     *
     * @throws uk.co.leicestershirecares.core.InvalidRecordException if a required field is unset
     *     or the value is invalid
     */
    public Partner build() {
      return delegate.build();
    }
  }
}
