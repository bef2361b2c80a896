package io.github.sagemakercdk.rules;

import java.util.Locale;

/**
 * How every message of this project is put together and escaped: the rules' {@link Rule}, the processor's
 * {@code Problem} and the runtime's {@code RuntimeRule} all print as {@code [SM-ID] what is wrong: how to fix it},
 * and each keeps to one line whatever the values it shows hold.
 */
public final class Messages {
  /** A value longer than this is cut, so that one long value does not bury the rest of the message. */
  private static final int MAX_SHOWN = 80;

  private Messages() {}

  /** The id of a catalog entry: {@code SM-} and its name with hyphens, such as {@code SM-HOSTNAME-PATTERN}. */
  public static String id(Enum<?> entry) {
    return "SM-" + entry.name().replace('_', '-');
  }

  /** The message as users see it: {@code [id] text}. */
  public static String withId(String id, String text) {
    return "[" + id + "] " + text;
  }

  /** {@code template} filled in from {@code args}; every text argument {@link #escaped}, numbers as they are. */
  public static String fill(String template, Object... args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = args[i] instanceof CharSequence text ? escaped(text) : args[i];
    }
    return String.format(Locale.ROOT, template, shown);
  }

  /**
   * {@code template} filled in from values the user wrote: each text argument {@link #shown} (escaped and cut to 80
   * characters), as the catalogs of rules show values.
   */
  public static String fillWithValues(String template, Object... args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = args[i] instanceof String text ? shown(text) : args[i];
    }
    return fill(template, shown);
  }

  /** A value the user wrote, as a message shows it: control characters escaped, cut to 80 characters. */
  public static String shown(String value) {
    return value.length() > MAX_SHOWN ? escaped(value.substring(0, MAX_SHOWN)) + "..." : escaped(value);
  }

  /** A value in double quotes, its control characters escaped. */
  public static String quoted(CharSequence value) {
    return "\"" + escaped(value) + "\"";
  }

  /** Control characters as {@code \}{@code uXXXX} escapes, so that a message stays one readable line. */
  public static String escaped(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
