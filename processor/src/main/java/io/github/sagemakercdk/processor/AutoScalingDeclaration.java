package io.github.sagemakercdk.processor;

/**
 * One {@code @AutoScaling} of a {@code @RealtimeEndpoint} (or {@code @Endpoint}), as written.
 *
 * @param site the nested annotation itself
 */
record AutoScalingDeclaration(
    Site site,
    AnnotatedValue<Integer> minCapacity,
    AnnotatedValue<Integer> maxCapacity,
    AnnotatedValue<Double> maxRequestsPerSecond,
    AnnotatedValue<Double> safetyFactor) {}
