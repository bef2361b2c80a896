package io.github.sagemakercdk.internal;

import io.github.sagemakercdk.rules.ImageRegistry;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnMapping;
import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

/**
 * The registry account an AWS-published image is pulled from in a stack: a literal when the stack's region is
 * known, else a CloudFormation mapping by region, one per registry and stack, holding the regions of the
 * partitions cdk.json targets ({@code @aws-cdk/core:target-partitions}, every partition when it is not set).
 */
public final class RegistryAccounts {
  /** The context key aws-cdk-lib reads for the partitions an app deploys to. */
  public static final String TARGET_PARTITIONS = "@aws-cdk/core:target-partitions";
  private static final String VALUE = "value";

  private RegistryAccounts() {}

  /**
   * The account for {@code stack}'s region; when the region is known and the registry has no account there, the
   * exception {@code notThere} builds.
   *
   * @param mappingId the mapping's logical ID, the same for every image of this registry in the stack
   * @param subject names the image in an error
   */
  public static String account(Stack stack, ImageRegistry registry, String mappingId,
      Supplier<RuntimeException> notThere, Supplier<String> subject) {
    String region = stack.getRegion();
    if (!Tokens.isUnresolved(region)) {
      return registry.account(region).orElseThrow(notThere);
    }
    IConstruct existing = stack.getNode().tryFindChild(mappingId);
    CfnMapping mapping = existing instanceof CfnMapping found ? found : newMapping(stack, registry, mappingId, subject);
    return mapping.findInMap(Aws.REGION, VALUE);
  }

  private static CfnMapping newMapping(Stack stack, ImageRegistry registry, String mappingId,
      Supplier<String> subject) {
    List<String> partitions = targetPartitions(stack);
    SortedMap<String, String> accounts = registry.inPartitions(partitions);
    if (accounts.isEmpty()) {
      throw Violations.invalid(subject.get(), RuntimeRule.IMAGE_PARTITIONS, String.join(", ", partitions),
          TARGET_PARTITIONS);
    }
    Map<String, Map<String, Object>> byRegion = new TreeMap<>();
    accounts.forEach((region, account) -> byRegion.put(region, Map.of(VALUE, account)));
    return CfnMapping.Builder.create(stack, mappingId).mapping(byRegion).build();
  }

  /** The partitions of {@code @aws-cdk/core:target-partitions}; null when the context does not say. */
  private static List<String> targetPartitions(Stack stack) {
    Object value = stack.getNode().tryGetContext(TARGET_PARTITIONS);
    if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      return list.stream().map(String.class::cast).toList();
    }
    return null;
  }
}
