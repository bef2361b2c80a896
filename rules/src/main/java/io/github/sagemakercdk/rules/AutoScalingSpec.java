package io.github.sagemakercdk.rules;

/**
 * What the rules need to know of the auto scaling of one instance variant, in plain values. A null value is one
 * not given or not known yet (a CDK token): it is not checked.
 *
 * @param minCapacity the fewest instances, or null for the variant's initial instance count
 * @param maxCapacity the most instances
 * @param maxRequestsPerSecond the requests per second one instance serves at most, or null when the variant does
 *     not scale on invocations
 * @param safetyFactor the share of maxRequestsPerSecond each instance is kept at, or null for
 *     {@link Limits#DEFAULT_SAFETY_FACTOR}
 */
public record AutoScalingSpec(Number minCapacity, Number maxCapacity, Number maxRequestsPerSecond,
    Number safetyFactor) {}
