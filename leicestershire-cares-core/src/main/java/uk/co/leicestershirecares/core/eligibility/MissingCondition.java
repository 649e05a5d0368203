package uk.co.leicestershirecares.core.eligibility;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;

/**
 * A condition that failed or could not be decided, and what would change it: "turns 18 on
 * 2027-03-04", "completes UP, then may join WIRE", "record a date of birth".
 *
 * <p>The policies' missing conditions write their text the first time {@link #text()} is read.
 * Two missing conditions are equal when their rule ids and texts are, however each was made.
 * Instances are immutable and safe to share between threads.
 */
public final class MissingCondition {
  private final String ruleId;
  private final Supplier<String> writer;
  // Racy single check: a String is immutable, so a reader that sees it sees all of it, and
  // every writer writes an equal one. Benchmark: AssessmentBenchmark.reference.
  private @Nullable String text;

  // A missing condition whose text writer writes when first read; of() gives it written.
  private MissingCondition(String ruleId, Supplier<String> writer) {
    this.ruleId = ruleId;
    this.writer = writer;
  }

  /**
   * Returns a missing condition.
   *
   * @throws InvalidRecordException if an argument is null or blank
   */
  public static MissingCondition of(String ruleId, String text) {
    Checks.notNull(ruleId, "ruleId");
    Checks.notNull(text, "text");
    check(ruleId, text);
    MissingCondition written = new MissingCondition(ruleId, () -> text);
    written.text = text;
    return written;
  }

  /**
   * Returns a missing condition whose text {@code text} writes the first time it is read (at most
   * once per thread that reads it first; every call must return the same sentence). An
   * explanation engine uses it so that an answer nobody reads costs no sentence.
   *
   * @throws InvalidRecordException if an argument is null or {@code ruleId} is blank; when the
   *     text is read, if {@code text} returns null or a blank sentence
   */
  public static MissingCondition deferred(String ruleId, Supplier<String> text) {
    Checks.notNull(ruleId, "ruleId");
    Checks.notNull(text, "text");
    if (ruleId.isBlank()) {
      throw new InvalidRecordException("missing", "a missing condition needs a rule id and text");
    }
    return new MissingCondition(ruleId, text);
  }

  private static void check(String ruleId, String text) {
    if (ruleId.isBlank() || text.isBlank()) {
      throw new InvalidRecordException("missing", "a missing condition needs a rule id and text");
    }
  }

  /** Returns the id of the rule whose condition is missing, for example {@code UP.age}. */
  public String ruleId() {
    return ruleId;
  }

  /** Returns what would change the answer, in plain English. */
  public String text() {
    String written = text;
    if (written == null) {
      written = Checks.notNull(writer.get(), "text");
      check(ruleId, written);
      text = written;
    }
    return written;
  }

  /** Returns whether {@code other} is a missing condition with the same rule id and text. */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof MissingCondition missingCondition
        && ruleId.equals(missingCondition.ruleId)
        && text().equals(missingCondition.text());
  }

  /** Returns a hash of the rule id and the text. */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + ruleId.hashCode();
    h += (h << 5) + text().hashCode();
    return h;
  }

  /** Returns {@code MissingCondition[ruleId]}: the text may describe the participant. */
  @Override
  public String toString() {
    return "MissingCondition[" + ruleId + "]";
  }

  /** Whether the text has been written yet: for tests of laziness only. */
  boolean written() {
    return text != null;
  }
}
