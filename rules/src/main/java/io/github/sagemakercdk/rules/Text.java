package io.github.sagemakercdk.rules;

/** Keeps messages readable (and on one line) whatever the offending value holds. */
final class Text {
  private static final int MAX_SHOWN = 80;

  private Text() {}

  static String shown(String value) {
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
