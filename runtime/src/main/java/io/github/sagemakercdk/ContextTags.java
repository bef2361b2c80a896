package io.github.sagemakercdk;

import io.github.sagemakercdk.internal.RuntimeRule;
import io.github.sagemakercdk.internal.Violations;
import io.github.sagemakercdk.rules.TagRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.TagProps;
import software.amazon.awscdk.Tags;
import software.constructs.Construct;

/**
 * Stack-wide default tags from the CDK context key {@value #CONTEXT_KEY} (in {@code cdk.json}:
 * {@code "context": {"sagemaker-cdk:tags": {"cost-center": "ml-platform"}}}), applied by {@link SageMakerApp} to
 * every stack it creates. They carry a low priority, so that a tag of the same key given by the model
 * ({@code @SageMakerModel(tags = ...)}) or set by a construct itself wins.
 */
public final class ContextTags {
  public static final String CONTEXT_KEY = "sagemaker-cdk:tags";
  /** Below aws-cdk-lib's default of 100 (and the 50 of tags a construct sets in its own props). */
  static final int PRIORITY = 10;

  private final List<Map.Entry<String, String>> tags;

  private ContextTags(List<Map.Entry<String, String>> tags) {
    this.tags = tags;
  }

  /** The tags in {@code scope}'s context, checked with SageMaker's tag rules; none when the key is not set. */
  public static ContextTags of(Construct scope) {
    Object value = scope.getNode().tryGetContext(CONTEXT_KEY);
    if (value == null) {
      return new ContextTags(List.of());
    }
    String subject = "Context " + CONTEXT_KEY;
    if (!(value instanceof Map<?, ?> map)) {
      throw invalid(subject, "it is not a JSON object");
    }
    List<Map.Entry<String, String>> tags = new ArrayList<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getValue() instanceof String text)) {
        throw invalid(subject, "the value of " + entry.getKey() + " is not a string");
      }
      tags.add(Map.entry(String.valueOf(entry.getKey()), text));
    }
    tags.sort(Map.Entry.comparingByKey());
    Violations.of(TagRules.validate(tags)).throwIfAny(subject);
    return new ContextTags(List.copyOf(tags));
  }

  /** Tags every taggable resource of {@code stack}, in key order. */
  public void applyTo(Stack stack) {
    TagProps lowPriority = TagProps.builder().priority(PRIORITY).build();
    for (Map.Entry<String, String> tag : tags) {
      Tags.of(stack).add(tag.getKey(), tag.getValue(), lowPriority);
    }
  }

  /** The tags, in key order. */
  public List<Map.Entry<String, String>> tags() {
    return tags;
  }

  private static IllegalArgumentException invalid(String subject, String problem) {
    return Violations.invalid(subject, RuntimeRule.CONTEXT_TAGS, CONTEXT_KEY, problem);
  }
}
