package uk.co.leicestershirecares.core.report;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Arrays;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.internal.Checks;
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
  public abstract ImmutableList<InvolvementType> involvements();

  /** Returns the funding received from the partner in the period. */
  public abstract Money funding();

  /** Returns the ids of the involvements counted, such as {@code Wates/involvements[0]}. */
  public abstract ImmutableList<String> sources();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PartnerLine}. Every method rejects {@code null} (and {@code null} list elements)
   * with an {@link uk.co.leicestershirecares.core.InvalidRecordException} naming the field; {@link
   * #build()} rejects missing required fields and invalid combinations the same way.
   */
  public static final class Builder {
    private final ImmutablePartnerLine.Builder delegate = ImmutablePartnerLine.generatedBuilder();

    Builder() {}

    /** Sets {@link PartnerLine#partner()}. */
    @CanIgnoreReturnValue
    public Builder partner(String partner) {
      delegate.partner(partner);
      return this;
    }

    /** Sets {@link PartnerLine#member()}. */
    @CanIgnoreReturnValue
    public Builder member(boolean member) {
      delegate.member(member);
      return this;
    }

    /** Adds one element to {@link PartnerLine#involvements()}. */
    @CanIgnoreReturnValue
    public Builder addInvolvement(InvolvementType element) {
      delegate.addInvolvement(Checks.notNull(element, "involvements"));
      return this;
    }

    /** Adds elements to {@link PartnerLine#involvements()}. */
    @CanIgnoreReturnValue
    public Builder addInvolvements(InvolvementType... elements) {
      return addAllInvolvements(Arrays.asList(Checks.notNull(elements, "involvements")));
    }

    /** Adds elements to {@link PartnerLine#involvements()}. */
    @CanIgnoreReturnValue
    public Builder addAllInvolvements(Iterable<? extends InvolvementType> elements) {
      delegate.addAllInvolvements(Checks.elements(elements, "involvements"));
      return this;
    }

    /** Replaces the elements of {@link PartnerLine#involvements()}. */
    @CanIgnoreReturnValue
    public Builder involvements(Iterable<? extends InvolvementType> elements) {
      delegate.involvements(Checks.elements(elements, "involvements"));
      return this;
    }

    /** Sets {@link PartnerLine#funding()}. */
    @CanIgnoreReturnValue
    public Builder funding(Money funding) {
      delegate.funding(funding);
      return this;
    }

    /** Adds one element to {@link PartnerLine#sources()}. */
    @CanIgnoreReturnValue
    public Builder addSource(String element) {
      delegate.addSource(Checks.notNull(element, "sources"));
      return this;
    }

    /** Adds elements to {@link PartnerLine#sources()}. */
    @CanIgnoreReturnValue
    public Builder addSources(String... elements) {
      return addAllSources(Arrays.asList(Checks.notNull(elements, "sources")));
    }

    /** Adds elements to {@link PartnerLine#sources()}. */
    @CanIgnoreReturnValue
    public Builder addAllSources(Iterable<? extends String> elements) {
      delegate.addAllSources(Checks.elements(elements, "sources"));
      return this;
    }

    /** Replaces the elements of {@link PartnerLine#sources()}. */
    @CanIgnoreReturnValue
    public Builder sources(Iterable<? extends String> elements) {
      delegate.sources(Checks.elements(elements, "sources"));
      return this;
    }

    /** Sets every field from {@code instance}, replacing lists. */
    @CanIgnoreReturnValue
    public Builder from(PartnerLine instance) {
      delegate.from(Checks.notNull(instance, "instance"));
      return this;
    }

    /**
     * Returns the built value.
     *
     * @throws uk.co.leicestershirecares.core.InvalidRecordException if a required field is unset
     *     or the value is invalid
     */
    public PartnerLine build() {
      return delegate.build();
    }
  }
}
