package uk.co.leicestershirecares.json;

import java.util.regex.Pattern;

/** Quoting rules for the few input values a message may repeat. */
final class Messages {
  private static final int MAX_QUOTED = 64;
  private static final Pattern CODE_LIKE = Pattern.compile("[A-Za-z0-9 _.-]{1,40}");
  private static final Pattern DATE_LIKE = Pattern.compile("[0-9 ./-]{1,20}");

  private Messages() {}

  /**
   * Returns {@code text} in single quotes, cut to 64 characters, with quotes, backslashes,
   * control characters and unpaired surrogates escaped so that a message stays on one line.
   */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("'");
    int end = Math.min(text.length(), MAX_QUOTED);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < end
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        out.append(c).append(text.charAt(++i));
      } else if (c == '\'' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
          || Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (text.length() > MAX_QUOTED) {
      out.append('…');
    }
    return out.append('\'').toString();
  }

  /**
   * Returns how a message names a value that is not one of the allowed codes: the value itself
   * if it looks like a misspelt code, otherwise "the value". Never called for sensitive fields.
   */
  static String codeOrValue(String text) {
    return CODE_LIKE.matcher(text).matches() ? quote(text) : "the value";
  }

  /**
   * Returns how a message names a value that is not a date: the value itself if it is made of
   * digits and separators only, otherwise "the value". Never called for sensitive fields.
   */
  static String dateOrValue(String text) {
    return DATE_LIKE.matcher(text).matches() ? quote(text) : "the value";
  }
}
