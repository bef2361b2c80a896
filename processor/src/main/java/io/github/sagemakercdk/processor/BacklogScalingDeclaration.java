package io.github.sagemakercdk.processor;

/**
 * One {@code @BacklogScaling} of an {@code @AsyncEndpoint}, as written.
 *
 * @param site the nested annotation itself
 */
record BacklogScalingDeclaration(
    Site site,
    AnnotatedValue<Integer> minCapacity,
    AnnotatedValue<Integer> maxCapacity,
    AnnotatedValue<Double> targetBacklogPerInstance) {}
