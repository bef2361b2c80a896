package io.github.sagemakercdk.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders versions as people read them: runs of digits by their number, the rest as text, so that {@code 1.10.0}
 * comes after {@code 1.9.1} and {@code 1.7-1} before {@code 3.0-5}.
 */
final class VersionOrder implements Comparator<String> {
  static final VersionOrder INSTANCE = new VersionOrder();

  private VersionOrder() {}

  @Override
  public int compare(String left, String right) {
    List<String> a = runs(left);
    List<String> b = runs(right);
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int order = compareRun(a.get(i), b.get(i));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static int compareRun(String a, String b) {
    boolean numbers = Character.isDigit(a.charAt(0)) && Character.isDigit(b.charAt(0));
    if (!numbers) {
      return a.compareTo(b);
    }
    String x = a.replaceFirst("^0+(?=.)", "");
    String y = b.replaceFirst("^0+(?=.)", "");
    // Compared as digit strings: no version number is too long for it.
    return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
  }

  private static List<String> runs(String version) {
    List<String> runs = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= version.length(); i++) {
      if (i == version.length()
          || Character.isDigit(version.charAt(i)) != Character.isDigit(version.charAt(i - 1))) {
        runs.add(version.substring(start, i));
        start = i;
      }
    }
    return runs;
  }

  /**
   * Up to {@code count} of {@code known} (sorted by this order) nearest {@code version}: those just below and just
   * above where it would stand, in order.
   */
  static List<String> nearest(List<String> known, String version, int count) {
    int position = 0;
    while (position < known.size() && INSTANCE.compare(known.get(position), version) < 0) {
      position++;
    }
    int from = Math.max(0, Math.min(position - count / 2, known.size() - count));
    return known.subList(from, Math.min(known.size(), from + count));
  }
}
