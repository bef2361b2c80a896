package io.github.sagemakercdk.rules;

import java.util.List;

/**
 * What the rules need to know of an endpoint config, in plain values.
 *
 * @param endpointConfigName the physical name, or null when CloudFormation names it
 * @param instanceVariants the instance production variants, in the order they were added
 * @param serverlessVariants the serverless production variants (at most one is allowed)
 */
public record EndpointConfigSpec(String endpointConfigName, List<InstanceVariantSpec> instanceVariants,
    List<ServerlessVariantSpec> serverlessVariants) {
  public EndpointConfigSpec {
    instanceVariants = List.copyOf(instanceVariants);
    serverlessVariants = List.copyOf(serverlessVariants);
  }
}
