package uk.co.leicestershirecares.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Covers {@link EnrolmentStatus#isSuccessfulCompletion()}. */
final class EnrolmentStatusTest {
  @Test
  void isSuccessfulCompletion_holdsForCompletedAndProgressedOnly() {
    assertThat(Arrays.stream(EnrolmentStatus.values())
            .filter(EnrolmentStatus::isSuccessfulCompletion))
        .containsExactly(EnrolmentStatus.COMPLETED, EnrolmentStatus.PROGRESSED);
  }
}
