package uk.co.leicestershirecares.rules;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A problem in a rule file: the file (relative to the folder loaded), the line and column when the
 * compiler knows them, the rule it is in when it does not, and the message.
 */
public final class Diagnostic {
  private final String file;
  private final int line;
  private final int column;
  private final Optional<String> rule;
  private final String message;

  private Diagnostic(String file, int line, int column, @Nullable String rule, String message) {
    this.file = Objects.requireNonNull(file, "file");
    this.line = Math.max(line, 0);
    this.column = Math.max(column, 0);
    this.rule = Optional.ofNullable(rule);
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Returns a diagnostic outside any rule the compiler named; a line or column below 1 means
   * unknown.
   *
   * @throws NullPointerException if {@code file} or {@code message} is null
   */
  public static Diagnostic of(String file, int line, int column, String message) {
    return new Diagnostic(file, line, column, null, message);
  }

  /**
   * Returns a diagnostic inside the rule named {@code rule}, or outside any named rule when
   * {@code rule} is null; a line or column below 1 means unknown.
   *
   * @throws NullPointerException if {@code file} or {@code message} is null
   */
  public static Diagnostic of(
      String file, int line, int column, @Nullable String rule, String message) {
    return new Diagnostic(file, line, column, rule, message);
  }

  /** Returns the file, relative to the folder loaded; empty when the problem has no file. */
  public String file() {
    return file;
  }

  /** Returns the line (from 1), or 0 when unknown. */
  public int line() {
    return line;
  }

  /** Returns the column (from 1), or 0 when unknown. */
  public int column() {
    return column;
  }

  /** Returns the rule's name, when the problem is inside a rule the compiler named. */
  public Optional<String> rule() {
    return rule;
  }

  /** Returns the compiler's message. */
  public String message() {
    return message;
  }

  /**
   * Returns {@code file:line:column: message}, or {@code file: rule "name": message} when there is
   * no line. Control characters in the file name, the rule's name and the message (a file named
   * with a line break or a terminal escape) are written as escapes ({@code \n}; ESC as backslash, u, 001b),
   * so one diagnostic is always one line and never moves a terminal's cursor or reorders its text.
   */
  @Override
  public String toString() {
    String where = line > 0 ? file + ":" + line + (column > 0 ? ":" + column : "")
        : file + rule.map(r -> ": rule \"" + r + "\"").orElse("");
    return printable(where + ": " + message);
  }

  /**
   * Returns {@code text} with each control or invisible formatting character written as an
   * escape: {@code \n}, {@code \r}, {@code \t}, or a backslash, {@code u} and four hex digits.
   */
  static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      // As the workbench's error lines: a right-to-left override reorders a terminal line too.
      boolean control = Character.isISOControl(c) || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
      if (control && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (out != null) {
        if (!control) {
          out.append(c);
        } else if (c == '\n') {
          out.append("\\n");
        } else if (c == '\r') {
          out.append("\\r");
        } else if (c == '\t') {
          out.append("\\t");
        } else {
          out.append(String.format("\\u%04x", (int) c));
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
