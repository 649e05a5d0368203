package uk.co.leicestershirecares.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What the table tests share: a mistake is a shipped table edited by hand, and the problems the
 * reader must refuse it with, so each table's tests list their mistakes as parameter rows.
 */
final class TableMistakes {
  private TableMistakes() {}

  /** One parameter row: the case's name, the edited table text and its exact problems. */
  static Arguments mistake(String name, String edited, String... expected) {
    return Arguments.of(name, edited, List.of(expected));
  }

  /**
   * Checks that the edit really changed the shipped text (a replace that matches nothing would
   * test the shipped table) and that reading it reports exactly the expected problems.
   */
  static void assertRefusedWithExactly(Consumer<String> read, String shipped, String edited,
      List<String> expected) {
    assertThat(edited).as("the edit must change the shipped table").isNotEqualTo(shipped);
    assertThat(problems(read, edited)).containsExactlyElementsOf(expected);
  }

  /** The problems reading {@code text} is refused with; fails if it is not refused. */
  static List<String> problems(Consumer<String> read, String text) {
    PolicyTableException e = catchThrowableOfType(PolicyTableException.class,
        () -> read.accept(text));
    assertThat(e).as("the table should have been refused").isNotNull();
    return e.problems().stream().map(TableProblem::toString).toList();
  }
}
