package uk.co.leicestershirecares.json;

import java.util.regex.Pattern;

/** Builds JSON paths such as {@code $.participants[3].circumstances[0].to}. */
final class Paths {
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private Paths() {}

  /** Returns the path of member {@code name} of the object at {@code path}. */
  static String member(String path, String name) {
    if (PLAIN_NAME.matcher(name).matches()) {
      return path + "." + name;
    }
    return path + "[" + Messages.quote(name) + "]";
  }

  /** Returns the path of element {@code index} of the list at {@code path}. */
  static String element(String path, int index) {
    return path + "[" + index + "]";
  }

  /**
   * Returns the path of a field named by core, relative to the object at {@code path}: core's
   * {@code to} or {@code attendances[2].date} becomes {@code path.to} or {@code
   * path.attendances[2].date}.
   */
  static String relative(String path, String coreField) {
    if (coreField.isEmpty()) {
      return path;
    }
    return coreField.startsWith("[") ? path + coreField : path + "." + coreField;
  }
}
