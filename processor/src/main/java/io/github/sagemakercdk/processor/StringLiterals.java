package io.github.sagemakercdk.processor;

import java.util.Locale;

/**
 * The Java string literals of the values generated code carries, in ASCII only: every character outside printable
 * ASCII is escaped.
 *
 * <p>JavaPoet's own literals ({@code $S}) leave U+2028 and U+2029 as they are, and its writer then breaks the line
 * there, inside the literal, so the stack does not compile; and non-ASCII text written as it is depends on the
 * encoding the compiler writes sources in (under {@code -encoding ISO-8859-1}, say, it would turn into '?').
 */
final class StringLiterals {
  private StringLiterals() {}

  /** {@code value} as a literal, quotes included; every writer emits values and ids with {@code $L} and this. */
  static String literal(String value) {
    StringBuilder literal = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        case '\b' -> literal.append("\\b");
        case '\f' -> literal.append("\\f");
        // Unicode escapes are read before the literal is, so none may stand for a quote, backslash or line end:
        // all three are handled above.
        default -> literal.append(c >= 0x20 && c < 0x7f ? String.valueOf(c)
            : String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return literal.append('"').toString();
  }
}
