package io.github.sagemakercdk.rules;

/**
 * What the rules need to know of a variant's managed instance scaling, in plain values; a null value is not given
 * or not known yet (a CDK token), and is not checked.
 *
 * @param minInstanceCount the fewest instances SageMaker keeps when it scales in
 * @param maxInstanceCount the most instances SageMaker provisions when it scales out
 * @param status {@code ENABLED} or {@code DISABLED}
 */
public record ManagedInstanceScalingSpec(Number minInstanceCount, Number maxInstanceCount, String status) {}
