package io.github.sagemakercdk.processor;

import io.github.sagemakercdk.rules.Limits;
import io.github.sagemakercdk.rules.Messages;
import java.util.Locale;
import java.util.Optional;

/**
 * The valid instance type a misspelt one most likely meant ({@code "ml.m5.larg"} gives {@code "ml.m5.large"}):
 * the nearest by edit distance among SageMaker's production variant instance types, when it is near enough to be
 * a typo rather than another type altogether.
 */
final class NearestInstanceType {
  /** More edits than this and a suggestion is a guess. */
  private static final int MAX_EDITS = 3;

  private NearestInstanceType() {}

  static Optional<String> of(String instanceType) {
    String written = instanceType.trim().toLowerCase(Locale.ROOT);
    String nearest = null;
    int fewest = MAX_EDITS + 1;
    // The list is sorted, so among equally near types the first alphabetically wins: the same hint every time.
    for (String candidate : Limits.PRODUCTION_VARIANT_INSTANCE_TYPES) {
      if (Math.abs(written.length() - candidate.length()) > MAX_EDITS) {
        continue; // Too far apart already, and it keeps a long value cheap.
      }
      int edits = edits(written, candidate);
      if (edits < fewest) {
        fewest = edits;
        nearest = candidate;
      }
    }
    return Optional.ofNullable(nearest);
  }

  /** The message of the rule with the suggestion after it, unless there is none or the message names it. */
  static String withSuggestion(String message, String instanceType) {
    return of(instanceType)
        .map(Messages::quoted)
        .filter(quoted -> !message.contains(quoted))
        .map(quoted -> message + " (did you mean " + quoted + "?)")
        .orElse(message);
  }

  /** Levenshtein distance. */
  private static int edits(String from, String to) {
    int[] previous = new int[to.length() + 1];
    int[] current = new int[to.length() + 1];
    for (int j = 0; j <= to.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= from.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= to.length(); j++) {
        int substitution = previous[j - 1] + (from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[to.length()];
  }
}
