package io.github.sagemakercdk.rules;

/**
 * Keeps messages readable (and on one line) whatever the offending value holds. Public for the runtime's own
 * message catalog, which shows values the same way.
 */
public final class Text {
  private static final int MAX_SHOWN = 80;

  private Text() {}

  /** {@code value} with control characters escaped, cut to 80 characters. */
  public static String shown(String value) {
    StringBuilder out = new StringBuilder();
    int end = Math.min(value.length(), MAX_SHOWN);
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return value.length() > MAX_SHOWN ? out.append("...").toString() : out.toString();
  }
}
