package uk.co.leicestershirecares.core.reason;

import org.jspecify.annotations.Nullable;
import uk.co.leicestershirecares.core.InvalidRecordException;
import uk.co.leicestershirecares.core.internal.Checks;

/**
 * One reason behind an answer: the stable {@linkplain #ruleId() id} of the rule that gave it (for
 * example {@code UP.age}), a plain-English {@linkplain #text() sentence} about this participant on
 * this date, and the {@linkplain #source() source} the rule implements.
 *
 * <p>Reasons belong to an assessment of one participant, so their text may state facts about
 * them; {@link #toString()} prints the rule id only.
 *
 * <p>The policies' reasons hold what their sentence says and write it the first time {@link
 * #text()} is read: an assessment names every condition, and most callers read a few sentences
 * or none. Two reasons are equal when their rule ids, texts and sources are, however each was
 * made. Reasons are immutable and safe to share between threads.
 */
public abstract class Reason {
  // Subclasses live in this package: the eager reason below and the policies' lazy ones.
  Reason() {}

  /** Returns the stable id of the rule, for example {@code WIRE.progression-from-UP}. */
  public abstract String ruleId();

  /** Returns the reason in plain English. */
  public abstract String text();

  /** Returns the document and sentence the rule implements. */
  public abstract Source source();

  /**
   * Returns a reason.
   *
   * @throws InvalidRecordException if an argument is null or a string is blank
   */
  public static Reason of(String ruleId, String text, Source source) {
    return new Written(Checks.notNull(ruleId, "ruleId"), Checks.notNull(text, "text"),
        Checks.notNull(source, "source"));
  }

  static void check(String ruleId, String text) {
    if (ruleId.isBlank() || text.isBlank()) {
      throw new InvalidRecordException("reason", "a reason needs a rule id and a text");
    }
  }

  /** Returns whether {@code other} is a reason with the same rule id, text and source. */
  @Override
  public final boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Reason that)) {
      return false;
    }
    return ruleId().equals(that.ruleId()) && source().equals(that.source())
        && text().equals(that.text());
  }

  /** Returns a hash of the rule id, the text and the source. */
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + ruleId().hashCode();
    h += (h << 5) + text().hashCode();
    h += (h << 5) + source().hashCode();
    return h;
  }

  /** Returns {@code Reason[ruleId]}: the text may describe the participant. */
  @Override
  public final String toString() {
    return "Reason[" + ruleId() + "]";
  }

  /** A reason whose sentence was given already written. */
  private static final class Written extends Reason {
    private final String ruleId;
    private final String text;
    private final Source source;

    Written(String ruleId, String text, Source source) {
      check(ruleId, text);
      this.ruleId = ruleId;
      this.text = text;
      this.source = source;
    }

    @Override
    public String ruleId() {
      return ruleId;
    }

    @Override
    public String text() {
      return text;
    }

    @Override
    public Source source() {
      return source;
    }
  }

  /**
   * A reason that writes its sentence when it is first read, and keeps it. Subclasses hold the
   * finding or event the sentence is about, never a half-written sentence.
   */
  abstract static class Lazy extends Reason {
    private final String ruleId;
    private final Source source;
    // Written at most once per thread that races to it: a String is immutable (its fields are
    // final), so a reader that sees the reference sees the whole sentence, and every writer
    // writes an equal one. Benchmark: AssessmentBenchmark.reference.
    private @Nullable String text;

    Lazy(String ruleId, Source source) {
      this.ruleId = ruleId;
      this.source = source;
    }

    /** Writes the sentence. */
    abstract String render();

    @Override
    public final String ruleId() {
      return ruleId;
    }

    @Override
    public final String text() {
      String written = text;
      if (written == null) {
        written = render();
        check(ruleId, written);
        text = written;
      }
      return written;
    }

    @Override
    public final Source source() {
      return source;
    }

    /** Whether the sentence has been written yet: for tests of laziness only. */
    final boolean rendered() {
      return text != null;
    }
  }
}
