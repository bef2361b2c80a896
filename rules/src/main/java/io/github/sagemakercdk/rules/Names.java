package io.github.sagemakercdk.rules;

import java.util.regex.Pattern;

/**
 * SageMaker's names (models, container hostnames, ...): the pattern and the length limit together. The pattern alone
 * is not enough: its runs of hyphens ({@code -*}) are unbounded, so "a", 70 hyphens, "b" matches it at 72 characters.
 */
final class Names {
  private static final Pattern NAME = Pattern.compile(Limits.NAME_PATTERN);

  private Names() {}

  static boolean valid(String name) {
    return name.length() <= Limits.NAME_MAX_LENGTH && NAME.matcher(name).matches();
  }
}
