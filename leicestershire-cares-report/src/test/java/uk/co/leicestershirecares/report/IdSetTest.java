package uk.co.leicestershirecares.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link IdSet}, the compact set of participant ids a streamed report checks for repeats: it
 * answers exactly as a {@code HashSet<String>} does, through its growth and for ids whose string
 * hashes collide.
 */
final class IdSetTest {
  @Test
  void add_answersAsAHashSet_forAnyIds() {
    qt().withExamples(200)
        .forAll(SourceDSL.lists().of(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 6))
            .ofSizeBetween(0, 3000))
        .checkAssert(ids -> {
          IdSet set = new IdSet();
          Set<String> expected = new HashSet<>();
          for (String id : ids) {
            assertThat(set.add(id)).as(id).isEqualTo(expected.add(id));
          }
          assertThat(set.size()).isEqualTo(expected.size());
        });
  }

  @Test
  void idsWithTheSameStringHash_areToldApart() {
    IdSet set = new IdSet();
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());

    assertThat(set.add("Aa")).isTrue();
    assertThat(set.add("BB")).isTrue();
    assertThat(set.add("AaBB")).isTrue();
    assertThat(set.add("BBAa")).isTrue();
    assertThat(set.add("BB")).isFalse();
    assertThat(set.add("Aa")).isFalse();
  }

  @Test
  void aMillionIdsLikeAFilesAreAllKept_andEachRepeatIsFound() {
    IdSet set = new IdSet();
    for (int i = 0; i < 1_000_000; i++) {
      assertThat(set.add("P-" + i)).isTrue();
    }
    for (int i : List.of(0, 1, 999_999, 123_456)) {
      assertThat(set.add("P-" + i)).isFalse();
    }
    assertThat(set.add("P-1000000")).isTrue();
    assertThat(set.size()).isEqualTo(1_000_001);
  }
}
