package io.github.sagemakercdk.rules;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Tags on every resource of a stack: SageMaker's limits on a resource's tags, the strictest of its resources. */
public final class TagRules {
  private static final Pattern TEXT = Pattern.compile(Limits.TAG_PATTERN);

  private TagRules() {}

  /** Every violation of the tags, in order: the count, then tag by tag (its {@link Location} entry is its index). */
  public static List<Violation> validate(List<Map.Entry<String, String>> tags) {
    List<Violation> violations = new ArrayList<>();
    count(tags.size()).ifPresent(violations::add);
    violations.addAll(entries(tags));
    return violations;
  }

  /** How many tags a resource takes. */
  public static Optional<Violation> count(int tags) {
    return tags > Limits.MAX_TAGS
        ? Optional.of(Rule.TAG_COUNT.violation(Location.model(Attribute.TAGS), tags))
        : Optional.empty();
  }

  /** Each tag's key and value, and no key twice; a violation's {@link Location} entry is the tag's index. */
  public static List<Violation> entries(List<Map.Entry<String, String>> tags) {
    List<Violation> violations = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < tags.size(); i++) {
      String key = tags.get(i).getKey();
      String value = tags.get(i).getValue();
      Location at = Location.entry(Attribute.TAGS, i);
      if (key.isEmpty() || key.length() > Limits.MAX_TAG_KEY_LENGTH || !TEXT.matcher(key).matches()) {
        violations.add(Rule.TAG_KEY.violation(at, key));
      } else if (key.toLowerCase(Locale.ROOT).startsWith(Limits.RESERVED_TAG_PREFIX)) {
        violations.add(Rule.TAG_RESERVED_KEY.violation(at, key));
      } else if (!keys.add(key)) {
        violations.add(Rule.TAG_DUPLICATE_KEY.violation(at, key));
      }
      if (value.length() > Limits.MAX_TAG_VALUE_LENGTH || !TEXT.matcher(value).matches()) {
        violations.add(Rule.TAG_VALUE.violation(at, value, key));
      }
    }
    return violations;
  }
}
