package io.github.sagemakercdk.processor;

import java.util.Locale;
import java.util.Random;

/**
 * Spells any string as a Java string literal that compiles to exactly that string, in the many ways javac
 * accepts: escapes for control characters, raw or {@code \}{@code uXXXX} non-ASCII, and (at random) unicode
 * escapes for plain letters, which javac translates before it even sees the literal.
 */
final class JavaLiterals {
  private JavaLiterals() {}

  /**
   * The literal, quotes included.
   *
   * @param asciiOnly spell every non-ASCII character as a unicode escape, for sources read in any encoding
   * @param random where the optional spellings come from; null for the one plain spelling
   */
  static String literal(String value, boolean asciiOnly, Random random) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1));
      if (pair && !asciiOnly && random != null && random.nextBoolean()) {
        out.append(c).append(value.charAt(++i)); // raw, as an editor would save it
      } else {
        out.append(character(c, asciiOnly, random));
      }
    }
    return out.append('"').toString();
  }

  private static String character(char c, boolean asciiOnly, Random random) {
    switch (c) {
      case '"': return "\\\"";
      case '\\': return "\\\\";
      case '\n': return "\\n";
      case '\r': return "\\r";
      case '\t': return random != null && random.nextInt(4) == 0 ? "\\011" : "\\t";
      case '\b': return "\\b";
      case '\f': return "\\f";
      default: break;
    }
    if (c < 0x20 || c == 0x7f) {
      // Octal here, never a unicode escape: those are translated before lexing, so the escape of a line feed
      // would end the line.
      return String.format(Locale.ROOT, "\\%03o", (int) c);
    }
    if (c > 0x7e && (asciiOnly || Character.isSurrogate(c) || Character.isISOControl(c))) {
      return unicodeEscape(c, random);
    }
    if (c < 0x80 && Character.isLetterOrDigit(c) && random != null && random.nextInt(40) == 0) {
      return unicodeEscape(c, random);
    }
    if (c == ' ' && random != null && random.nextInt(30) == 0) {
      return "\\s"; // Java 15's escape for a space
    }
    return String.valueOf(c);
  }

  /** {@code \}{@code uXXXX}, sometimes with the extra u's the language allows. */
  private static String unicodeEscape(char c, Random random) {
    String us = random != null && random.nextInt(10) == 0 ? "uuu" : "u";
    return String.format(Locale.ROOT, "\\%s%04x", us, (int) c);
  }
}
