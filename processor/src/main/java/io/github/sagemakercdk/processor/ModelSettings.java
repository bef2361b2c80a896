package io.github.sagemakercdk.processor;

/**
 * Where a model runs and under which identity, as its {@code @SageMakerModel} writes it: each value with its site.
 * Attributes left out hold the annotation's defaults (empty).
 *
 * @param role the existing execution role's ARN
 * @param subnets the subnet IDs
 * @param securityGroups the security group IDs
 * @param tags the tags, as written ({@code key=value})
 * @param account the account ID, {@code current}, or empty
 * @param region the region code, {@code current}, or empty
 */
record ModelSettings(
    AnnotatedValue<String> role,
    AnnotatedList subnets,
    AnnotatedList securityGroups,
    AnnotatedList tags,
    AnnotatedValue<String> account,
    AnnotatedValue<String> region) {}
