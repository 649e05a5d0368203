package uk.co.leicestershirecares.core.reason;

import org.immutables.value.Value;
import uk.co.leicestershirecares.core.InvalidRecordException;

/**
 * Where a rule comes from: a source {@linkplain #document() document} (the file name of one of
 * the charity's texts in {@code docs/sources}, or a named policy decision) and the {@linkplain
 * #sentence() sentence} in it that the rule implements.
 */
@Value.Immutable
public abstract class Source {
  Source() {}

  /** Returns the document's file name, for example {@code 000_8df8b8bd680ae635.txt}. */
  @Value.Parameter
  public abstract String document();

  /** Returns the sentence the rule implements, quoted as it is written. */
  @Value.Parameter
  public abstract String sentence();

  /**
   * Returns a source.
   *
   * @throws InvalidRecordException if either argument is null or blank
   */
  public static Source of(String document, String sentence) {
    return ImmutableSource.of(document, sentence);
  }

  @Value.Check
  final void check() {
    if (document().isBlank() || sentence().isBlank()) {
      throw new InvalidRecordException("source", "a source needs a document and a sentence");
    }
  }

  /** Returns {@code document: "sentence"}. */
  @Override
  public final String toString() {
    return document() + ": \"" + sentence() + "\"";
  }
}
