package io.github.sagemakercdk.processor;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Random characters and strings from the alphabets the fuzzer needs, all drawn from one seeded {@link Random}. */
final class FuzzText {
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String DIGITS = "0123456789";
  static final String LOWER_ALNUM = LOWER + DIGITS;
  static final String ALNUM = LOWER + UPPER + DIGITS;
  static final String HEX = "0123456789abcdef";

  /** Free text for values that may hold anything: quotes, escapes, '=', controls, every plane of unicode. */
  private static final List<String> ANYTHING = List.of(
      "=", "\"", "\\", "*/", "/*", "\\u0041", "\\n", "$S", "$L", "%s", "{}", "'", "`", "#",
      "\t", "\n", "\r", "\0", "\u0001", "\u001b", "\u007f", "\u0085", "\u2028", "\u2029",
      "\u00e9", "\u00df", "\u00ff", "\u00a0", "\u00a9", "\u4e2d\u6587", "\u03a9", "\u0645\u0631\u062d\u0628\u0627",
      "\ud83d\ude00", "\ud834\udd1e", "\ufeff", "\ufffd", "\uffff", "\u200b", "e\u0301");

  private final Random random;

  FuzzText(Random random) {
    this.random = random;
  }

  Random random() {
    return random;
  }

  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  char pick(String alphabet) {
    return alphabet.charAt(random.nextInt(alphabet.length()));
  }

  @SafeVarargs
  final <T> T pick(T... options) {
    return options[random.nextInt(options.length)];
  }

  <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  String of(String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(pick(alphabet));
    }
    return out.toString();
  }

  /** Mostly short, sometimes long, now and then exactly {@code max}: where the limits are. */
  int length(int min, int typical, int max) {
    int roll = random.nextInt(20);
    if (roll == 0) {
      return max;
    }
    if (roll <= 2) {
      return between(min, max);
    }
    return between(min, Math.min(typical, max));
  }

  /** {@code text} with {@code insert} put at a random place (the ends included). */
  String insert(String text, String insert) {
    int at = random.nextInt(text.length() + 1);
    return text.substring(0, at) + insert + text.substring(at);
  }

  /** Free text of at most {@code maxBytes} UTF-8 bytes (never a lone surrogate). */
  String anything(int maxBytes) {
    int target = length(0, 24, maxBytes);
    StringBuilder out = new StringBuilder();
    int bytes = 0;
    while (true) {
      String next = random.nextInt(3) == 0 ? pick(ANYTHING) : String.valueOf((char) between(0x20, 0x7e));
      bytes += utf8(next);
      if (bytes > target) {
        return out.toString();
      }
      out.append(next);
    }
  }

  /** Free text of exactly {@code bytes} UTF-8 bytes or a little more, made of multi-byte characters when asked. */
  String atLeastBytes(int bytes, boolean multiByte) {
    StringBuilder out = new StringBuilder();
    int length = 0;
    while (length < bytes) {
      String next = multiByte ? pick("\u00e9", "\u4e2d", "\ud83d\ude00", "x") : String.valueOf(pick(ALNUM));
      out.append(next);
      length += utf8(next);
    }
    return out.toString();
  }

  static int utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
