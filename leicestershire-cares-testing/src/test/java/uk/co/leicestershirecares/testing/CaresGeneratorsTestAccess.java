package uk.co.leicestershirecares.testing;

import uk.co.leicestershirecares.core.participant.ParticipantRecord;

/** Opens {@link CaresGeneratorsTest#rebuilt} to the tests of other packages. */
public final class CaresGeneratorsTestAccess {
  private CaresGeneratorsTestAccess() {}

  /** Builds {@code record} again through every builder, field by field. */
  public static ParticipantRecord rebuilt(ParticipantRecord record) {
    return CaresGeneratorsTest.rebuilt(record);
  }
}
