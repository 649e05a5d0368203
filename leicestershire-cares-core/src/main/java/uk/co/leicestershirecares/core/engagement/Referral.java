package uk.co.leicestershirecares.core.engagement;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.programme.ProgrammeCode;

/** A referral of the record's participant to a programme, on a date, from a source. */
@Value.Immutable
public abstract class Referral {
  Referral() {}

  /** Returns the programme referred to. */
  public abstract ProgrammeCode programme();

  /** Returns the day of the referral. */
  public abstract LocalDate date();

  /** Returns who made the referral. */
  public abstract ReferralSource source();

  /** Returns a referral. */
  public static Referral of(ProgrammeCode programme, LocalDate date, ReferralSource source) {
    return builder().programme(programme).date(date).source(source).build();
  }

  /** Returns a new builder; every field is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Referral}. A {@code null} argument or list element, and a required field left
   * unset, raise {@link InvalidRecordException} naming the field.
   */
  public static final class Builder extends ImmutableReferral.Builder {
    Builder() {}
  }
}
